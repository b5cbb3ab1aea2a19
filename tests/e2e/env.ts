// Where things are: the repo, the built extension, the captured pages, the browsers. Every path can be
// overridden by an env var so CI and contributors with other layouts don't need to edit code.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** dist/ with chrome/ and firefox/ inside (E2E_DIST lets a probe extension stand in while debugging). */
export const DIST = path.resolve(process.env.E2E_DIST ?? path.join(REPO, 'dist'));

/** Real amazon.com captures (tests/fixtures/captures; E2E_CAPTURES points elsewhere). */
export const CAPTURES = path.resolve(process.env.E2E_CAPTURES ?? path.join(REPO, 'tests/fixtures/captures'));

/** Our own sign-in pages (tests/pages/**.html), each declaring its cause and URL in <meta> tags. */
export const OWN_PAGES = path.join(REPO, 'tests/pages');

/** Screenshots of failed scenarios (artifacts/ is git-ignored). */
export const ARTIFACTS = path.resolve(process.env.E2E_ARTIFACTS ?? path.join(REPO, 'artifacts/e2e'));

export type BrowserName = 'chromium' | 'firefox';

const BROWSERS: Record<BrowserName, { env: string; label: string; candidates: string[] }> = {
  chromium: { env: 'CHROMIUM_PATH', label: 'Chromium', candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser'] },
  firefox: { env: 'FIREFOX_PATH', label: 'Firefox', candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'] },
};

/** An error whose message is the whole story: the stack would only bury the one line that matters. */
export class SetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SetupError';
    this.stack = `${this.name}: ${message}`;
  }
}

/** The browser binary, or a SetupError telling exactly how to get one. */
export function browserPath(name: BrowserName): string {
  const b = BROWSERS[name];
  const override = process.env[b.env];
  const found = override ? (existsSync(override) ? override : undefined) : b.candidates.find((c) => existsSync(c));
  if (found) return found;
  const where = override ?? b.candidates[0];
  throw new SetupError(`${b.label} not found at ${where}: apt-get install chromium firefox-esr, or set ${b.env}`);
}

/** The unpacked extension for this browser, or a SetupError saying to build it. */
export function extensionDir(name: BrowserName): string {
  const dir = path.join(DIST, name === 'chromium' ? 'chrome' : 'firefox');
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new SetupError(`No built extension at ${dir}: run npm run build first (or set E2E_DIST)`);
  }
  return dir;
}

/** Milliseconds to wait before asserting that something did NOT happen (no banner, empty badge). */
export const SETTLE_MS = Number(process.env.E2E_SETTLE_MS ?? 800);

/** The built manifest of the extension in dir (host permissions, gecko id, page paths). */
export interface BuiltManifest {
  host_permissions?: string[];
  options_ui?: { page?: string };
  action?: { default_popup?: string };
  background?: { service_worker?: string; scripts?: string[] };
  content_scripts?: { js?: string[] }[];
  browser_specific_settings?: { gecko?: { id?: string } };
}

/** Every file the manifest names is there (a build in progress leaves some out). */
function complete(dir: string): boolean {
  if (!existsSync(path.join(dir, 'manifest.json'))) return false;
  const m = readManifest(dir);
  const files = [
    m.background?.service_worker,
    ...(m.background?.scripts ?? []),
    ...(m.content_scripts ?? []).flatMap((c) => c.js ?? []),
    m.action?.default_popup,
    m.options_ui?.page,
  ];
  return files.every((f) => !f || existsSync(path.join(dir, f.split('?')[0]!)));
}

/**
 * A private copy of the built extension for one browser. Several people run npm test in one working
 * tree; a rebuild (which empties dist/) during our run must not change the extension under test.
 */
export async function extensionCopy(
  name: BrowserName,
  extraFiles: Readonly<Record<string, string>> = {},
): Promise<{ dir: string; dispose(): void }> {
  const source = extensionDir(name);
  for (let attempt = 0; ; attempt++) {
    const dir = mkdtempSync(path.join(tmpdir(), `e2e-ext-${name}-`));
    try {
      cpSync(source, dir, { recursive: true });
      for (const [file, text] of Object.entries(extraFiles)) writeFileSync(path.join(dir, file), text);
      if (complete(dir)) return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
    } catch {
      // dist/ changed while we copied: try again below.
    }
    rmSync(dir, { recursive: true, force: true });
    if (attempt === 20) throw new SetupError(`${source} stays incomplete (a build running?): run npm run build`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
export function readManifest(dir: string): BuiltManifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as BuiltManifest;
}
