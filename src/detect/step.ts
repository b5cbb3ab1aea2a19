// Layer 2: which step of the sign-in flow this page is, from structural ids, form actions and hidden
// inputs — never from text, which changes with the language.
import type { Step } from './types';

const has = (doc: Document, selector: string) => doc.querySelector(selector) !== null;

function appAction(doc: Document): string {
  // Values are short constants (SIGNIN_MFA…); never upper-case a page-sized attribute.
  return (doc.querySelector<HTMLInputElement>('input[name="appAction"]')?.value ?? '').slice(0, 64).toUpperCase();
}

/** A field the person can type into (not a hidden carrier of the claim). */
function hasVisibleField(doc: Document, selector: string): boolean {
  const field = doc.querySelector<HTMLInputElement>(selector);
  return !!field && field.type !== 'hidden' && !field.closest('.aok-hidden, [hidden]');
}

/** `waf`: the gate found an AWS WAF challenge on the page. */
export function identifyStep(doc: Document, url: URL, waf: boolean): Step {
  const path = url.pathname.toLowerCase().replace(/^\/-\/[a-z_]+/, '');
  const action = appAction(doc);
  if (path.startsWith('/ax/aaut/') || waf) return 'waf-challenge';
  if (path.startsWith('/errors/validatecaptcha') || has(doc, 'form[action*="validateCaptcha" i], #captchacharacters')) {
    return 'robot-check';
  }
  if (has(doc, '#intent-confirmation-container, form#intent-confirmation-form')) return 'intent';
  if (
    has(
      doc,
      'input[name="cvf_captcha_input"], form.cvf-widget-form-captcha, #cvf-aamation-challenge-form, #auth-captcha-image, #auth-captcha-guess, #ap_captcha_img',
    )
  ) {
    return 'captcha';
  }
  if (has(doc, 'form#auth-mfa-form, #auth-mfa-otpcode') || action === 'SIGNIN_MFA') return 'mfa';
  if (has(doc, 'form#auth-select-device-form') || action === 'MFA_NEW_OTP') return 'mfa-device';
  if (
    has(
      doc,
      'form#verification-code-form, form[name="claimspicker"], #cvf-input-code, form.cvf-widget-form input[name="code"]',
    )
  ) {
    return 'verification';
  }
  if (has(doc, 'form#pollingForm, input[name="transactionApprovalStatus"]')) return 'approval';
  if (path.startsWith('/ap/forgotpassword') || has(doc, 'form[name="forgotPassword"]')) return 'forgot-password';
  if (path.startsWith('/ap/register')) return 'register';
  if (has(doc, '#auth-account-fixup-phone-form')) return 'account-fixup';
  if (action === 'SIGNIN_CLAIM_COLLECT' || has(doc, '#ap_email_login')) return 'claim';
  if (hasVisibleField(doc, '#ap_password')) return 'password';
  if (hasVisibleField(doc, '#ap_email')) return 'email';
  return 'other';
}
