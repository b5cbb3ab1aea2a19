// Node's side of the WebKit harness: serves the pages on their real hostnames (the e2e suite's fake
// Amazon and CONNECT proxy), writes a job file, runs `xvfb-run -a gjs tests/webkit/runner.js` once for
// all jobs and reads its JSON results. diagnoseInWebKit() is what `npm run diagnose -- --engine webkit`
// and tests/webkit/webkit.test.ts call.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect } from 'node:tls';
import type { Diagnosis } from '../../src/detect/types';
import { REPO, SetupError } from '../e2e/env';
import { startProxy } from '../e2e/proxy';
import { type FakeAmazon, type Route, startFakeAmazon } from '../e2e/server';

/** The GJS runner's folder, found from the repo (in a bundle, import.meta.url is the bundle's). */
const HARNESS = path.join(REPO, 'tests/webkit');

/** The built extension the harness runs: WEBKIT_DIST, else the Safari build, else dist/chrome (same bundles). */
export const WEBKIT_DIST = path.resolve(
  process.env.WEBKIT_DIST ??
    (existsSync(path.join(REPO, 'dist/safari/manifest.json'))
      ? path.join(REPO, 'dist/safari')
      : path.join(REPO, 'dist/chrome')),
);

export type Size = readonly [width: number, height: number];
/** The iPhone sizes the harness checks by default: SE (375×667) and 12–15 (390×844). The first is loaded. */
export const PHONES: readonly Size[] = [
  [390, 844],
  [375, 667],
];

export interface WebKitJob {
  url: string;
  /** What to serve at url: a file (tests/pages are rendered with their partials) or inline HTML. */
  file?: string;
  html?: string;
  /** Window sizes: the page loads at the first; the others are checked for horizontal scroll after. */
  sizes?: readonly Size[];
  /** Focus this field and type the text (WebKit's InsertText editing command: trusted input events). */
  type?: { selector: string; text: string };
  /** Wait for an input hint (after typing) instead of only the banner. */
  expectHint?: boolean;
  /** How long a page with no banner is watched before it counts as "no banner" (default WEBKIT_SETTLE_MS). */
  waitMs?: number;
  /** Load it in a context that refuses every cookie (pages declaring env-cookies=blocked). */
  blockCookies?: boolean;
  /** An async function body run in the content script's isolated world once settled (it sees the page's
   * DOM, not its scripts); its JSON-able return value is the result's `evaluated`. */
  evaluate?: string;
  /** Save a PNG of the view here once settled (at the first size). */
  snapshot?: string;
  /**
   * The manifest does not inject content.js (the page was open before the extension came, or its
   * access was withheld): once loaded, the popup asks the background for the tab (ui-bg-get-tab) this
   * many times, which diagnoses it on demand through scripting.executeScript. Its last answer is the
   * result's `popupState`. In a tab of its own.
   */
  popupAsks?: number;
  /** Page zoom, standing in for a device pixel ratio: sizes stay CSS pixels, the window and the
   * snapshot are `zoom` times larger (an App Store iPhone screenshot: 430×932 at 3 → 1290×2796). */
  zoom?: number;
}

export interface LayoutShift {
  frame: number;
  dy: number;
  dx: number;
  /** Our banner or hint host appeared, moved or changed height between the two frames. */
  oursChanged: boolean;
}

export interface WebKitResult {
  url: string;
  loaded: boolean;
  error?: string;
  /** data-signin-helper-cause of the banner host, null when there is none (the test contract). */
  cause: string | null;
  /** The host is there with rendered content in its closed shadow root and a box of its own. */
  banner: boolean;
  bannerText: string | null;
  /** The host's shadow root is closed: host.shadowRoot is null, only the harness's hook holds it. */
  bannerRootClosed: boolean | null;
  bannerBox: { top: number; left: number; width: number; height: number; right: number; bottom: number } | null;
  bannerInsideViewport: boolean | null;
  bannerStyles: 'adopted' | 'style' | 'none' | null;
  /** navigator.cookieEnabled in the page (false in the cookie-blocking tab). */
  cookieEnabled: boolean;
  hint: { items: string[]; suggestion: string; afterField: boolean } | null;
  /** Frames sampled from document start; shifts of the first field of Amazon's form between frames. */
  layout: {
    api: boolean;
    entries: { value: number; ours: boolean }[];
    frames: number;
    firstWithBanner: number | null;
    shifts: LayoutShift[];
  };
  /** What the content script sent (message types) and the keys of each reply. */
  messages: {
    sent: string[];
    replies: (string | null)[];
    failed: string[];
    /** The content script's last diagnosis (cause, step, marketplace, alert, hints); absent: none sent. */
    diagnosis?: Diagnosis;
  };
  /** The toolbar badge text the background set for the tab. */
  badge: string;
  /** At each size: the document's scroll width, and the page's own with our elements hidden. */
  scroll: {
    width: number;
    height: number;
    innerWidth: number;
    scrollWidth: number;
    pageScrollWidth: number;
    wide: string[];
  }[];
  snapshot?: string;
  evaluated?: unknown;
  /** The background's answer to the popup's ui-bg-get-tab (jobs with popupAsks). */
  popupState?: { diagnosis: Diagnosis | null; marketplace: string | null } | null;
  /** The files the background injected into the tab during this job (scripting.executeScript), in
   *  order: content.js into a tab the content script never reached, rules-and-ui.js where content.js
   *  asks for it (UI_DELIVERY 'inject': Safari). */
  injected?: string[];
}

export interface WebKitOptions {
  /** Routes served besides the jobs' own (e.g. the e2e route table). */
  routes?: Route[];
  dist?: string;
  /** The browser's UI language, which the extension's "auto" language follows (default ja-JP: an iPhone in Japan). */
  uiLanguage?: string;
  /** Pages loaded at once, each in a window of its own (default WEBKIT_CONCURRENCY or 3). */
  concurrency?: number;
}

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/** One line saying what to install, or nothing when gjs, WebKitGTK 4.1 and xvfb-run are all there. */
export function webkitMissing(): string | null {
  const install = 'apt-get install gjs gir1.2-webkit2-4.1 xvfb xauth';
  for (const tool of ['xvfb-run', 'gjs', 'xauth']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      return `WebKit: ${tool} not found: ${install}`;
    }
  }
  try {
    execFileSync('gjs', ['-c', "imports.gi.versions.WebKit2 = '4.1'; imports.gi.WebKit2;"], { stdio: 'ignore' });
  } catch {
    return `WebKit: WebKitGTK's GObject bindings (WebKit2 4.1) missing: ${install}`;
  }
  return null;
}

/** The server's own certificate, as the browser will see it: the only one the harness accepts. */
function serverCertificate(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(
      { host: '127.0.0.1', port, servername: 'www.amazon.co.jp', rejectUnauthorized: false },
      () => {
        const der = socket.getPeerCertificate().raw;
        socket.end();
        const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
        resolve(`-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`);
      },
    );
    socket.on('error', reject);
  });
}

/** Tab windows sit side by side on Xvfb's screen (runner.js): it is made wide enough for all of them. */
function runGjs(jobFile: string, screen: Size): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      'xvfb-run',
      ['-a', '-s', `-screen 0 ${screen[0]}x${screen[1]}x24`, 'gjs', '-m', path.join(HARNESS, 'runner.js'), jobFile],
      {
        maxBuffer: 64 * 1024 * 1024,
        timeout: env('WEBKIT_RUN_TIMEOUT_MS', 600_000),
        // Xvfb has no GL: without this WebKit's accelerated compositing leaves animation frames (and
        // so the harness's per-frame layout samples) to run a few times a second at most.
        env: { ...process.env, WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`the WebKit runner failed (${error.message.split('\n')[0]}):\n${stderr}`));
        else resolve({ stdout, stderr });
      },
    );
  });
}

/** The hosts the proxy lets through: those of the pages asked for, and nothing else. */
const hostsOf = (urls: string[]) => [...new Set(urls.map((u) => new URL(u).hostname))];

/**
 * Where each job's page is served. Jobs bringing their own file or HTML at a URL another such job
 * already uses (`npm run diagnose --url U a.html b.html`) get a `webkit-job=<n>` query parameter, so
 * each is served its own page; results report the URL asked for.
 */
function servedAt(jobs: WebKitJob[]): string[] {
  const taken = new Set<string>();
  return jobs.map((j, i) => {
    if (!(j.file || j.html) || !taken.has(j.url)) {
      taken.add(j.url);
      return j.url;
    }
    const u = new URL(j.url);
    u.searchParams.append('webkit-job', String(i));
    return u.href;
  });
}

/** Loads each job's page in WebKit with the extension and reports what it did, in job order. */
export async function diagnoseInWebKit(jobs: WebKitJob[], options: WebKitOptions = {}): Promise<WebKitResult[]> {
  const missing = webkitMissing();
  if (missing) throw new SetupError(missing);
  const dist = path.resolve(options.dist ?? WEBKIT_DIST);
  if (!existsSync(path.join(dist, 'manifest.json')))
    throw new SetupError(`No built extension at ${dist}: run npm run build first (or set WEBKIT_DIST)`);
  const served = servedAt(jobs);
  const routes = [
    ...(options.routes ?? []),
    ...jobs.flatMap((j, i) => (j.file || j.html ? [{ url: served[i]!, file: j.file, html: j.html }] : [])),
  ];
  let server: FakeAmazon | undefined;
  let proxy: Awaited<ReturnType<typeof startProxy>> | undefined;
  const dir = mkdtempSync(path.join(tmpdir(), 'webkit-run-'));
  try {
    server = await startFakeAmazon(routes);
    proxy = await startProxy(hostsOf([...routes.map((r) => r.url), ...jobs.map((j) => j.url)]), server.port);
    // Window sizes in screen pixels: a zoomed job's window is `zoom` times its CSS size.
    const sizes = jobs.flatMap((j) =>
      (j.sizes ?? PHONES).map(([w, h]): Size => [w * (j.zoom ?? 1), h * (j.zoom ?? 1)]),
    );
    const tabSpacing = Math.max(...sizes.map(([w]) => w)) + 10;
    const concurrency = options.concurrency ?? env('WEBKIT_CONCURRENCY', 3);
    const input = {
      harnessDir: HARNESS,
      tabSpacing,
      debug: !!process.env.WEBKIT_DEBUG,
      dist,
      extensionId: 'signin-helper-webkit-harness',
      proxy: `http://127.0.0.1:${proxy.port}`,
      certificatePem: await serverCertificate(server.port),
      uiLanguage: options.uiLanguage ?? 'ja-JP',
      concurrency,
      settleMs: env('WEBKIT_SETTLE_MS', 1200),
      timeoutMs: env('WEBKIT_TIMEOUT_MS', 15_000),
      typePauseMs: 500,
      out: path.join(dir, 'results.json'),
      jobs: jobs.map((j, i) => ({ ...j, url: served[i], file: undefined, html: undefined, sizes: j.sizes ?? PHONES })),
    };
    const jobFile = path.join(dir, 'jobs.json');
    writeFileSync(jobFile, JSON.stringify(input));
    // One window per tab plus the cookie-blocking and the on-demand tab, side by side.
    const out = await runGjs(jobFile, [(concurrency + 2) * tabSpacing, Math.max(...sizes.map(([, h]) => h)) + 50]);
    if (process.env.WEBKIT_DEBUG) console.log(out.stdout, out.stderr);
    const results = JSON.parse(readFileSync(input.out, 'utf8')) as WebKitResult[];
    return results.map((r, i) => ({ ...r, url: jobs[i]!.url }));
  } finally {
    await proxy?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
