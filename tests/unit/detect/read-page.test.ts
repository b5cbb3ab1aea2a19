// The content script reads the page (gate, step, shown alerts) without the cause rules, which come
// with the lazily loaded UI bundle; it reports a page as clean on its own only when certainlyClean()
// says no rule can match. Checked here against the rules themselves on every real capture and every
// page of ours, with and without a stylesheet's layout, cookies on and off.
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/detect/decide';
import { certainlyClean, cleanDiagnosis, readPage } from '../../../src/detect/read-page';
import { CAPTURES } from '../../fixtures/captures/index';
import { loadCapture, loadOwnPage, ownPages, pageFromHtml, withLayout } from './load-page';

const pages = [
  ...CAPTURES.map((c) => ({ name: c.file, url: c.url, load: () => loadCapture(c.file, c.url) })),
  ...ownPages().map((p) => ({ name: p.file, url: p.url, load: () => loadOwnPage(p) })),
];
const variants = [
  { layout: false, cookiesEnabled: true },
  { layout: true, cookiesEnabled: true },
  { layout: true, cookiesEnabled: false },
];

describe('certainlyClean: the content script says "no problem" only where no rule names a cause', () => {
  const verdicts = { clean: 0, rules: 0 };
  it.each(pages)('$name', ({ load, url }) => {
    for (const { layout, cookiesEnabled } of variants) {
      const context = readPage(layout ? withLayout(load()) : load(), url, { cookiesEnabled });
      if (!context) continue;
      const { diagnosis } = decide(context);
      if (certainlyClean(context)) {
        verdicts.clean++;
        expect(diagnosis).toEqual(cleanDiagnosis(context));
      } else {
        verdicts.rules++;
      }
    }
  });

  it('both verdicts occur (the check above is not vacuous)', () => {
    expect(verdicts.clean).toBeGreaterThan(10);
    expect(verdicts.rules).toBeGreaterThan(20);
  });

  it('leaves to the rules a page whose cause is in its heading or its address, not in an alert box', () => {
    const locked = pageFromHtml(
      '<h1>Your account has been locked</h1><p>Contact customer service.</p>',
      'https://www.amazon.com/ap/signin',
    );
    const lockedContext = readPage(locked, 'https://www.amazon.com/ap/signin', { cookiesEnabled: true })!;
    expect(certainlyClean(lockedContext)).toBe(false);
    expect(decide(lockedContext).diagnosis.cause).toBe('account-locked');

    const url = 'https://www.amazon.com/ap/forgotpassword?failedSignInCount=5';
    const reset = pageFromHtml('<form name="forgotPassword"><input name="email"></form>', url);
    const resetContext = readPage(reset, url, { cookiesEnabled: true })!;
    expect(certainlyClean(resetContext)).toBe(false);
    expect(decide(resetContext).diagnosis.cause).toBe('too-many-attempts');
  });

  it('is not an Amazon sign-in page: nothing to read', () => {
    const doc = pageFromHtml('<p>x</p>', 'https://www.amazon.com/gp/cart');
    expect(readPage(doc, 'https://www.amazon.com/gp/cart', { cookiesEnabled: true })).toBeNull();
    expect(readPage(doc, 'not a url', { cookiesEnabled: true })).toBeNull();
  });
});
