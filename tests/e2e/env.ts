// Where things are: the repo, the built extension, the captured pages, the browsers. Every path can be
// overridden by an env var so CI and contributors with other layouts don't need to edit code.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** dist/ with chrome/ and firefox/ inside (E2E_DIST lets a probe extension stand in while debugging). */
export const DIST = path.resolve(process.env.E2E_DIST ?? path.join(REPO, 'dist'));

/** Real amazon.com captures; kept outside the repo (licence and size), referenced at runtime. */
export const CAPTURES = path.resolve(
  process.env.E2E_CAPTURES ?? path.join(REPO, '../shared/fixtures/amazon-orders-captures'),
);

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
  throw new SetupError(
    `${b.label} not found at ${where}: apt-get install chromium firefox-esr, or set ${b.env}`,
  );
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
  browser_specific_settings?: { gecko?: { id?: string } };
}
export function readManifest(dir: string): BuiltManifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as BuiltManifest;
}
