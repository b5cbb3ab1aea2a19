// Command line of npm run diagnose. Every mistake is a UsageError: one line, no stack.
import { signInAccountOfUrl } from '../../src/door-store';

export const ENGINES = ['jsdom', 'chromium', 'firefox', 'webkit'] as const;
export type Engine = (typeof ENGINES)[number];

export interface DiagnoseArgs {
  engine: Engine;
  json: boolean;
  url: string;
  files: string[];
}

export const USAGE = 'usage: npm run diagnose -- [--engine jsdom|chromium|firefox|webkit] [--json] --url URL FILE…';

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): DiagnoseArgs {
  let engine: Engine = 'jsdom';
  let json = false;
  let url: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value. ${USAGE}`);
      return next;
    };
    if (arg === '--json') json = true;
    else if (arg === '--engine') {
      const name = value();
      if (!(ENGINES as readonly string[]).includes(name)) {
        throw new UsageError(`unknown engine "${name}": use one of ${ENGINES.join(', ')}`);
      }
      engine = name as Engine;
    } else if (arg === '--url') url = value();
    else if (arg === '--help' || arg === '-h') throw new UsageError(USAGE);
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}. ${USAGE}`);
    else files.push(arg);
  }
  if (!url) throw new UsageError(`--url is required: the address the page was saved from. ${USAGE}`);
  if (files.length === 0) throw new UsageError(`no page given: name one or more saved .html files. ${USAGE}`);
  return { engine, json, url: storeUrl(url), files };
}

/** The address must be an Amazon store's or a sign-in door's: the answer depends on the host and the path. */
function storeUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--url ${url} is not a URL (e.g. https://www.amazon.co.jp/ap/signin)`);
  }
  if (!/^https?:$/.test(parsed.protocol) || !signInAccountOfUrl(parsed)) {
    throw new UsageError(`--url ${url} is not an Amazon store or sign-in door (e.g. https://www.amazon.com/ap/signin)`);
  }
  return parsed.href;
}
