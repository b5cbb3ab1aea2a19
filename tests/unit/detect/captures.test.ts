// The real captured amazon.com pages, each at the URL it came from, with the cause a person on that
// page has. Clean pages (which still ship hidden alert boxes and the cookie warning) give no cause.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/detect/detect';
import { loadCapture, withLayout } from './load-page';

const COM = 'https://www.amazon.com';
const CASES: [file: string, url: string, cause: string | null, step: string][] = [
  ['signin.html', `${COM}/ap/signin?openid.assoc_handle=usflex`, null, 'email'],
  ['signin-claim-username.html', `${COM}/ax/claim?policy_handle=Retail-Checkout`, null, 'claim'],
  ['signin-claim-password.html', `${COM}/ap/signin`, null, 'password'],
  ['orders-2024-signin_0.html', 'https://www.amazon.ca/ap/signin', null, 'password'],
  ['post-signin-invalid-email.html', `${COM}/ap/signin`, 'account-not-found', 'password'],
  ['post-signin-invalid-password.html', `${COM}/ap/signin`, 'wrong-password', 'password'],
  ['post-signin-intent.html', `${COM}/ax/claim/intent`, 'account-not-found', 'intent'],
  ['post-signin-mfa.html', `${COM}/ap/mfa`, 'two-step-verification', 'mfa'],
  ['post-signin-new-otp.html', `${COM}/ap/mfa/new-otp`, 'two-step-verification', 'mfa-device'],
  ['post-signin-mfa-invalid-otp.html', `${COM}/ap/signin`, 'code-rejected', 'mfa'],
  ['new-otp-failed.html', `${COM}/ap/mfa/new-otp`, 'code-limit', 'mfa-device'],
  ['post-signin-captcha-1.html', `${COM}/ap/cvf/request?arb=1`, 'captcha', 'captcha'],
  ['post-signin-captcha-invalid.html', `${COM}/ap/cvf/verify`, 'captcha', 'captcha'],
  ['post-signin-captcha-2.html', `${COM}/errors/validateCaptcha`, 'captcha', 'robot-check'],
  ['post-signin-captcha-3.html', `${COM}/errors/validateCaptcha`, 'captcha', 'robot-check'],
  ['post-signin-captcha-4.html', `${COM}/errors/validateCaptcha`, 'captcha', 'robot-check'],
  ['captcha-field-keywords.html', `${COM}/errors/validateCaptcha`, 'captcha', 'robot-check'],
  ['waf-challenge.html', `${COM}/ap/signin`, 'captcha', 'waf-challenge'],
  ['post-signin-js-bot-challenge.html', `${COM}/ap/signin`, 'captcha', 'waf-challenge'],
  ['post-signin-captcha-otp.html', `${COM}/ap/cvf/approval/verifyOtp`, 'verification-code', 'verification'],
];

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
