// The real captured amazon.com pages, each at the URL it came from, with the cause a person on that
// page has. Clean pages (which still ship hidden alert boxes and the cookie warning) give no cause.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/detect/detect';
import { CAPTURES } from '../../fixtures/captures/index';
import { loadCapture, withLayout } from './load-page';

const COM = 'https://www.amazon.com';
const CASES = CAPTURES.map((c) => [c.file, c.url, c.cause, c.step] as const);

describe('real captures', () => {
  it.each(CASES)('%s → %s', (file, url, cause, step) => {
    const result = detect(loadCapture(file, url), url, { cookiesEnabled: true });
    expect(result).not.toBeNull();
    expect(result?.cause ?? null).toBe(cause);
    expect(result?.step).toBe(step);
    expect(result?.marketplace).toBe(url.includes('amazon.ca') ? 'ca' : 'us');
  });

  it("carries Amazon's own words for the wrong password", () => {
    const url = `${COM}/ap/signin`;
    const result = detect(loadCapture('post-signin-invalid-password.html', url), url, { cookiesEnabled: true });
    expect(result?.alert).toEqual({ heading: 'There was a problem', text: 'Your password is incorrect' });
  });

  it('turns a clean sign-in page into cookies-disabled only when the browser refuses cookies', () => {
    const url = `${COM}/ap/signin`;
    const result = detect(loadCapture('signin.html', url), url, { cookiesEnabled: false });
    expect(result?.cause).toBe('cookies-disabled');
    expect(result?.alert?.heading).toBe('Please Enable Cookies to Continue');
  });

  it.each(CASES.filter(([, , cause]) => cause === null))(
    "%s stays clean with a layout but before Amazon's stylesheet applies (the cookie box looks visible then)",
    (file, url) => {
      const doc = withLayout(loadCapture(file, url));
      expect(doc.getElementById('auth-cookie-warning-message')?.checkVisibility() ?? true).toBe(true);
      expect(detect(doc, url, { cookiesEnabled: true })?.cause).toBeNull();
    },
  );

  it('says nothing about the same page served outside a sign-in path', () => {
    const url = `${COM}/dp/B000000000`;
    expect(detect(loadCapture('post-signin-invalid-password.html', url), url, { cookiesEnabled: true })).toBeNull();
  });
});
