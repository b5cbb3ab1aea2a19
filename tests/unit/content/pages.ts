// Small hand-made sign-in pages in Amazon's markup (ids and classes as in docs/AMAZON-SIGNIN.md).

export const CLAIM_URL = 'https://www.amazon.co.jp/ax/claim?arb=1';
export const SIGNIN_URL = 'https://www.amazon.co.jp/ap/signin';

/** 2025 claim page with its client-side alert still hidden (aok-hidden), as Amazon ships it. */
export const CLAIM_PAGE = `
<div id="a-page"><form id="ap_login_form" name="signIn" action="/ax/claim?arb=1">
  <input type="hidden" name="appAction" value="SIGNIN_CLAIM_COLLECT">
  <input id="ap_email_login" name="email" type="email">
  <div id="invalid-email-alert" class="a-box a-alert-inline a-alert-inline-error aok-hidden" role="alert">
    <div class="a-box-inner a-alert-container"><div class="a-alert-content">Invalid email address</div></div>
  </div>
  <input id="continue" type="submit">
</form></div>`;

/** Password page re-rendered with Amazon's error box. */
export function passwordPage(alertText: string): string {
  const box = document.createElement('div');
  box.innerHTML = `
<div id="a-page"><form name="signIn" action="/ap/signin">
  <input type="hidden" name="appAction" value="SIGNIN_PWD_COLLECT">
  <div id="auth-error-message-box" class="a-box a-alert a-alert-error auth-server-side-message-box" role="alert">
    <div class="a-box-inner a-alert-container"><h4 class="a-alert-heading">問題が発生しました。</h4>
      <div class="a-alert-content"><ul class="a-unordered-list a-nostyle a-vertical"><li><span class="a-list-item"></span></li></ul></div>
    </div>
  </div>
  <input id="ap_password" name="password" type="password">
  <input id="signInSubmit" type="submit">
</form></div>`;
  box.querySelector('.a-list-item')!.textContent = alertText;
  return box.innerHTML;
}
