// npm run diagnose with a real engine: each page served on its real hostname and opened in the
// browser with the built extension. The JSON line carries the cause the content script reported and
// whether the banner appeared; the same pages give the same causes as the jsdom engine.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleTs } from '../../scripts/run-ts.mjs';
import { webkitMissing } from '../webkit/run';
import { browserPath, REPO } from './env';

let bundle = '';
beforeAll(async () => {
  bundle = await bundleTs('scripts/diagnose/main.ts');
}, 60_000);
afterAll(() => rmSync(bundle, { force: true }));

function diagnoseJson(args: string[]): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bundle, '--json', ...args], { cwd: REPO }, (error, stdout, stderr) => {
      if (error) reject(new Error(`diagnose failed: ${stderr.trim()}`));
      else
        resolve(
          stdout
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line)),
        );
    });
  });
}

describe.each(['chromium', 'firefox', 'webkit'] as const)(
  'npm run diagnose --engine %s',
  { timeout: 180_000 },
  (engine) => {
    // A missing browser fails here, in one line.
    if (engine === 'webkit') {
      const missing = webkitMissing();
      if (missing) throw new Error(missing);
    } else browserPath(engine);

    it('reports the cause and the banner for captures saved from one address', async () => {
      const lines = await diagnoseJson([
        '--engine',
        engine,
        '--url',
        'https://www.amazon.com/ap/signin',
        'tests/fixtures/captures/post-signin-invalid-password.html',
        'tests/fixtures/captures/signin.html',
      ]);
      expect(lines).toMatchObject([
        {
          engine,
          cause: 'wrong-password',
          banner: true,
          step: 'password',
          marketplace: 'us',
          alert: { heading: 'There was a problem', text: 'Your password is incorrect' },
          alerts: [{ kind: 'error', id: 'auth-error-message-box' }],
          rule: { id: 'wrong-password', by: 'phrase', alertId: 'auth-error-message-box' },
        },
        { engine, cause: null, banner: false, step: 'email', alerts: [], rule: null },
      ]);
    });

    it('reads a Japanese page on amazon.co.jp', async () => {
      const [line] = await diagnoseJson([
        '--engine',
        engine,
        '--url',
        'https://www.amazon.co.jp/ap/signin',
        'tests/pages/account-not-found.ja.html',
      ]);
      expect(line).toMatchObject({ engine, cause: 'account-not-found', banner: true, marketplace: 'jp' });
      expect(line?.rule).toMatchObject({ id: 'account-not-found', lang: 'ja' });
    });
  },
);
