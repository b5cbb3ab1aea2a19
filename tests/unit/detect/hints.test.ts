// Hints narrowed to the store and page, and each cause's one fix button.
import { describe, expect, it } from 'vitest';
import { CAUSE_IDS } from '../../../src/detect/types';
import { GUIDANCE } from '../../../src/guidance';
import { detect } from '../../../src/detect/detect';
import { pageFromHtml } from './load-page';

const ERROR_PAGE = (claim: string) => `
  <form name="signIn"><input type="hidden" name="appAction" value="SIGNIN_PWD_COLLECT">
    <span id="auth-email-claim">${claim}</span><input type="password" id="ap_password"></form>
  <div id="auth-error-message-box" class="a-box a-alert a-alert-error"><div class="a-box-inner">
    <h4 class="a-alert-heading">There was a problem</h4>
    <div class="a-alert-content">We cannot find an account with that email address</div></div></div>`;

function hintsOn(url: string, claim: string) {
  return detect(pageFromHtml(ERROR_PAGE(claim), url), url, { cookiesEnabled: true })?.hints ?? [];
}

describe('diagnosis hints', () => {
  it('keeps the carrier-mail hint on amazon.co.jp', () => {
    expect(hintsOn('https://www.amazon.co.jp/ap/signin', 'taro@example.jp')).toContain('carrier-mail');
  });

  it('drops it on other stores unless the page shows a carrier address', () => {
    expect(hintsOn('https://www.amazon.com/ap/signin', 'taro@example.com')).not.toContain('carrier-mail');
    expect(hintsOn('https://www.amazon.com/ap/signin', 'taro@docomo.ne.jp')).toContain('carrier-mail');
  });

  it('names the store and the sister store for account-not-found', () => {
    expect(hintsOn('https://www.amazon.com/ap/signin', 'taro@example.com')).toEqual(
      expect.arrayContaining(['marketplace', 'sister-store']),
    );
  });
});

describe('cause guidance', () => {
  it.each(Object.entries(GUIDANCE))('%s: the fix button is one of its actions', (_id, g) => {
    if (g.primary !== null) expect(g.actions).toContain(g.primary);
  });

  it('offers a one-click fix only where one page or click fixes it', () => {
    const withoutButton = CAUSE_IDS.filter((id) => GUIDANCE[id].primary === null);
    expect(withoutButton.sort()).toEqual([
      'approval-required',
      'captcha',
      'code-limit',
      'code-rejected',
      'identifier-invalid',
      'new-password-invalid',
      'passkey-error',
      'verification-code',
    ]);
  });
});
