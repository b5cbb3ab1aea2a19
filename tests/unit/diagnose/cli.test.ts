// @vitest-environment node
// npm run diagnose, as a maintainer runs it: the real command line in a child process. The default
// engine (jsdom) on every capture and both output forms; every kind of bad input gets one line on
// stderr and a non-zero exit. (The real-browser engines are run by tests/e2e/diagnose.e2e.test.ts.)
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleTs } from '../../../scripts/run-ts.mjs';
import { CAPTURES } from '../../fixtures/captures/index';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const capture = (file: string) => path.join('tests/fixtures/captures', file);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

// Bundled once, as `npm run diagnose` bundles it, then run as often as the tests need.
let bundle = '';
beforeAll(async () => {
  bundle = await bundleTs('scripts/diagnose/main.ts');
}, 60_000);
afterAll(() => rmSync(bundle, { force: true }));

function diagnose(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bundle, ...args],
      { cwd: repo, env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const jsonLines = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('npm run diagnose (jsdom)', { timeout: 120_000 }, () => {
  it('names, for every capture saved from /ap/signin, the cause the e2e suite expects', async () => {
    const run = await diagnose([
      '--json',
      '--url',
      'https://www.amazon.com/ap/signin',
      ...CAPTURES.map((c) => capture(c.file)),
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = jsonLines(run.stdout);
    expect(lines.map((l) => [path.basename(String(l.file)), l.cause])).toEqual(CAPTURES.map((c) => [c.file, c.cause]));
    for (const line of lines) {
      expect(line).toMatchObject({ engine: 'jsdom', url: 'https://www.amazon.com/ap/signin' });
      expect(Object.keys(line)).toEqual(expect.arrayContaining(['cause', 'step', 'marketplace', 'alerts', 'rule']));
      expect(line).not.toHaveProperty('banner'); // only a real engine can say
    }
  });

  it("says which alert and phrase decided, and the shown alerts with Amazon's words", async () => {
    const run = await diagnose([
      '--json',
      '--url',
      'https://www.amazon.com/ap/signin',
      capture('post-signin-invalid-password.html'),
    ]);
    const [line] = jsonLines(run.stdout);
    expect(line).toMatchObject({
      cause: 'wrong-password',
      step: 'password',
      marketplace: 'us',
      alerts: [
        {
          kind: 'error',
          id: 'auth-error-message-box',
          heading: 'There was a problem',
          text: 'Your password is incorrect',
        },
      ],
      rule: {
        id: 'wrong-password',
        by: 'phrase',
        phrase: 'yourpasswordisincorrect', // as matched: folded (no spaces or punctuation)
        lang: 'en',
        alertId: 'auth-error-message-box',
      },
    });
  });

  it('prints a block a person reads, with the rule decided by structure where no phrase was needed', async () => {
    const run = await diagnose([
      '--url',
      'https://www.amazon.com/ap/mfa',
      capture('post-signin-mfa.html'),
      capture('signin.html'),
    ]);
    expect(run.code).toBe(0);
    const [mfa, clean] = run.stdout.trim().split('\n\n');
    expect(mfa).toContain('cause   two-step-verification');
    expect(mfa).toContain('store   amazon.com (us)');
    expect(mfa).toMatch(/rule {4}two-step-verification, by structure: step mfa/);
    expect(clean).toContain('cause   none: nothing wrong on this page');
    expect(clean).toContain('alerts  no alert box shown');
  });

  it('gives cause null and no step for a page outside the sign-in paths', async () => {
    const run = await diagnose([
      '--json',
      '--url',
      'https://www.amazon.co.jp/gp/cart',
      capture('post-signin-invalid-password.html'),
    ]);
    expect(jsonLines(run.stdout)[0]).toMatchObject({ cause: null, step: null, marketplace: 'jp', rule: null });
  });
});

describe('npm run diagnose: bad input gets one line and a non-zero exit', { timeout: 120_000 }, () => {
  const url = ['--url', 'https://www.amazon.com/ap/signin'];
  it.each([
    ['a missing file', [...url, 'tests/fixtures/captures/nope.html'], /nope\.html: no such file/],
    ['a binary file', [...url, 'icons/icon-48.png'], /is a binary file, not a saved HTML page/],
    ['a text file that is no page', [...url, 'tests/fixtures/captures/LICENSE'], /does not look like an HTML page/],
    ['a folder', [...url, 'tests/fixtures'], /is a folder, not a saved page/],
    [
      'a URL of another site',
      ['--url', 'https://www.example.org/ap/signin', capture('signin.html')],
      /is not an Amazon store/,
    ],
    ['something that is no URL', ['--url', 'amazon', capture('signin.html')], /is not a URL/],
    ['no --url', [capture('signin.html')], /--url is required/],
    ['no file', [...url], /no page given/],
    ['an unknown engine', ['--engine', 'lynx', ...url, capture('signin.html')], /unknown engine "lynx"/],
    ['an unknown option', ['--verbose', ...url, capture('signin.html')], /unknown option --verbose/],
  ])('%s', async (_what, args, message) => {
    const run = await diagnose(args);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a browser engine that is not installed', async () => {
    const run = await diagnose(['--engine', 'chromium', ...url, capture('signin.html')], {
      CHROMIUM_PATH: '/nonexistent/chromium',
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr.trim()).toMatch(/^diagnose: Chromium not found at \/nonexistent\/chromium/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });
});
