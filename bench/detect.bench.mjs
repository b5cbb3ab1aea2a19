#!/usr/bin/env node
// Detection speed: median and p95 of detect() on the real captures, our own pages (tests/pages) and
// oversized documents. Speed is measured here, never asserted in tests.
//
//   node bench/detect.bench.mjs [--runs N] [--filter TEXT]      (npm run bench:detect)
//
// Then the drift figures: every capture and page under simulated redesigns (tests/unit/detect/drift),
// how many keep their cause, fall back (unknown-error or the step's cause), are lost or go wrong.
// `--filter drift` prints only those.
//
// Runs in jsdom, whose selector engine is far slower than a browser's: read the numbers as an upper
// bound and for comparing detector versions, not as what a person's browser spends.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CAPTURES_DIR = process.env.CAPTURES_DIR ?? path.join(repo, 'tests/fixtures/captures');
const PAGES_DIR = path.join(repo, 'tests/pages');

const args = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const RUNS = Number(arg('--runs', '30'));
const FILTER = arg('--filter', '');

// The detector exactly as the extension bundles it (one ESM bundle, imported from memory).
const bundle = await build({
  entryPoints: [path.join(repo, 'src/detect/detect.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  write: false,
  logLevel: 'error',
});
const { detect } = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);
// Our pages pull their shared chrome from tests/pages/_partials: read them through the tests' renderer.
const renderer = await build({
  entryPoints: [path.join(repo, 'tests/pages/render.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const { renderPage } = await import(
  `data:text/javascript;base64,${Buffer.from(renderer.outputFiles[0].text).toString('base64')}`
);

const drift = await build({
  entryPoints: [path.join(repo, 'tests/unit/detect/drift/run.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  external: ['jsdom', 'parse5'],
  // The loader finds the repo and jsdom from its own place; the bundle is imported from memory.
  define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.join(repo, 'tests/unit/detect/load-page.ts')).href) },
  write: false,
  logLevel: 'error',
});
const { runDrift, formatDrift } = await import(
  `data:text/javascript;base64,${Buffer.from(drift.outputFiles[0].text).toString('base64')}`
);

const COM = 'https://www.amazon.com';
/** Each capture at the URL it was captured from (as in tests/unit/detect/captures.test.ts). */
const CAPTURE_URLS = {
  'signin.html': `${COM}/ap/signin?openid.assoc_handle=usflex`,
  'signin-claim-username.html': `${COM}/ax/claim?policy_handle=Retail-Checkout`,
  'signin-claim-password.html': `${COM}/ap/signin`,
  'orders-2024-signin_0.html': 'https://www.amazon.ca/ap/signin',
  'post-signin-invalid-email.html': `${COM}/ap/signin`,
  'post-signin-invalid-password.html': `${COM}/ap/signin`,
  'post-signin-intent.html': `${COM}/ax/claim/intent`,
  'post-signin-mfa.html': `${COM}/ap/mfa`,
  'post-signin-new-otp.html': `${COM}/ap/mfa/new-otp`,
  'post-signin-mfa-invalid-otp.html': `${COM}/ap/signin`,
  'new-otp-failed.html': `${COM}/ap/mfa/new-otp`,
  'post-signin-captcha-1.html': `${COM}/ap/cvf/request?arb=1`,
  'post-signin-captcha-invalid.html': `${COM}/ap/cvf/verify`,
  'post-signin-captcha-2.html': `${COM}/errors/validateCaptcha`,
  'post-signin-captcha-3.html': `${COM}/errors/validateCaptcha`,
  'post-signin-captcha-4.html': `${COM}/errors/validateCaptcha`,
  'captcha-field-keywords.html': `${COM}/errors/validateCaptcha`,
  'waf-challenge.html': `${COM}/ap/signin`,
  'post-signin-js-bot-challenge.html': `${COM}/ap/signin`,
  'post-signin-captcha-otp.html': `${COM}/ap/cvf/approval/verifyOtp`,
};

const doc = (html, url) => new JSDOM(html, { url }).window.document;
const metaOf = (html, name) =>
  html.match(new RegExp(`<meta name="${name}" content="([^"]*)"`))?.[1]?.replaceAll('&amp;', '&');

/** @type {{group: string, name: string, url: string, make: () => Document, runs?: number, cookiesEnabled?: boolean}[]} */
const cases = [];
for (const [file, url] of Object.entries(CAPTURE_URLS)) {
  const html = (() => {
    try {
      return readFileSync(path.join(CAPTURES_DIR, file), 'utf8');
    } catch {
      return null;
    }
  })();
  if (html) cases.push({ group: 'capture', name: file, url, make: () => doc(html, url) });
}
for (const file of readdirSync(PAGES_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const html = renderPage(path.join(PAGES_DIR, file));
  const url = metaOf(html, 'served-at');
  if (url)
    cases.push({
      group: 'page',
      name: file,
      url,
      make: () => doc(html, url),
      cookiesEnabled: metaOf(html, 'env-cookies') !== 'blocked',
    });
}

const SIGNIN = 'https://www.amazon.co.jp/ap/signin';
const FORM =
  '<form name="signIn"><input type="hidden" name="appAction" value="SIGNIN_PWD_COLLECT"><input type="password" id="ap_password" name="password"></form>';
const errorBox = (words) =>
  `<div id="auth-error-message-box" class="a-box a-alert a-alert-error" role="alert"><div class="a-box-inner a-alert-container"><h4 class="a-alert-heading">問題が発生しました。</h4><div class="a-alert-content"><ul><li><span class="a-list-item">${words}</span></li></ul></div></div></div>`;
const oversized = [
  [
    '50,000 nodes',
    () =>
      `${FORM}${Array.from({ length: 10_100 }, (_, i) => `<div class="a-section"><span>テキスト ${i}</span><p>Your password is incorrect?</p></div>`).join('')}${errorBox('Your password is incorrect')}`,
  ],
  [
    '5 MB text node in an alert',
    () => `${FORM}${errorBox(`パスワードが正しくありません ${'あ'.repeat(5 * 1024 * 1024)}`)}`,
  ],
  [
    '10,000 shown alert boxes',
    () =>
      `${FORM}${Array.from({ length: 10_000 }, (_, i) => `<div class="a-box a-alert a-alert-error"><h4 class="a-alert-heading">問題 ${i}</h4>エラー ${i}</div>`).join('')}`,
  ],
  [
    '10,000 hidden alert boxes',
    () =>
      `${FORM}${Array.from({ length: 10_000 }, (_, i) => `<div class="a-box a-alert a-alert-error aok-hidden">エラー ${i}</div>`).join('')}`,
  ],
];
for (const [name, body] of oversized) {
  const html = `<!doctype html><html lang="ja"><body>${body()}</body></html>`;
  cases.push({
    group: 'oversized',
    name,
    url: SIGNIN,
    make: () => doc(html, SIGNIN),
    runs: Math.max(3, Math.ceil(RUNS / 6)),
  });
}

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (i - lo);
}

const fmt = (ms) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(9);
const rows = [];
const selected =
  FILTER === 'drift' ? [] : cases.filter((c) => !FILTER || c.name.includes(FILTER) || c.group === FILTER);
// Warm the JIT on every page first, so the first documents measured are not penalised.
for (const c of selected.filter((c) => c.group !== 'oversized'))
  detect(c.make(), c.url, { cookiesEnabled: c.cookiesEnabled ?? true });

console.log(`detect() in jsdom, node ${process.version}, ${RUNS} runs per page (oversized: fewer), after warm-up\n`);
console.log(
  `${'group'.padEnd(10)} ${'document'.padEnd(40)} ${'cause'.padEnd(22)} ${'nodes'.padStart(7)} ${'median ms'.padStart(9)} ${'p95 ms'.padStart(9)}`,
);
for (const c of selected) {
  const d = c.make();
  const env = { cookiesEnabled: c.cookiesEnabled ?? true };
  const runs = c.runs ?? RUNS;
  let nodes = 0;
  const walker = d.createTreeWalker(d, 0xffffffff);
  while (walker.nextNode()) nodes++;
  let result = null;
  for (let i = 0; i < 2; i++) result = detect(d, c.url, env);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    detect(d, c.url, env);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const row = {
    ...c,
    cause: result === null ? '(not sign-in)' : (result.cause ?? 'none'),
    nodes,
    median: quantile(times, 0.5),
    p95: quantile(times, 0.95),
  };
  rows.push(row);
  console.log(
    `${c.group.padEnd(10)} ${c.name.slice(0, 40).padEnd(40)} ${row.cause.padEnd(22)} ${String(nodes).padStart(7)} ${fmt(row.median)} ${fmt(row.p95)}`,
  );
}

console.log('\nper group: median of medians / worst p95 (ms)');
for (const group of ['capture', 'page', 'oversized']) {
  const g = rows.filter((r) => r.group === group);
  if (g.length === 0) continue;
  const medians = g.map((r) => r.median).sort((a, b) => a - b);
  console.log(
    `  ${group.padEnd(10)} ${fmt(quantile(medians, 0.5))} / ${fmt(Math.max(...g.map((r) => r.p95)))}   (${g.length} documents)`,
  );
}

if (!FILTER || FILTER === 'drift') {
  const t0 = performance.now();
  const results = runDrift();
  console.log(
    `\ndrift: simulated redesigns on every capture and page (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  );
  console.log(formatDrift(results));
}
