// What the extension says about each cause: message keys and actions, one entry per cause, apart from
// the rules that find it (src/detect/causes/). The popup, the options and the background read this
// table without bundling a single phrase table; the Record type makes the compiler ask for every cause.
import type { ActionId, CauseId, HintId } from './detect/types';

/** Keys into _locales/<lang>/messages.json for one cause: everything the UI says about it. */
export interface Guidance {
  headline: string;
  why: string;
  steps: readonly string[];
  actions: readonly ActionId[];
  /** The banner's one fix button, or null when the fix is steps to follow (the banner then offers them). */
  primary: ActionId | null;
  hints: readonly HintId[];
}

/** A cause's keys from its message prefix: <prefix>Headline, <prefix>Why, <prefix>Step1..N. */
function guidance(
  prefix: string,
  stepCount: number,
  actions: readonly ActionId[],
  hints: readonly HintId[] = [],
  /** Defaults to the first action; null where no single page or click fixes it (a captcha, a code). */
  primary: ActionId | null = actions[0] ?? null,
): Guidance {
  return {
    headline: `${prefix}Headline`,
    why: `${prefix}Why`,
    steps: Array.from({ length: stepCount }, (_, i) => `${prefix}Step${i + 1}`),
    actions,
    primary,
    hints,
  };
}

export const GUIDANCE: Readonly<Record<CauseId, Guidance>> = {
  'account-not-found': guidance(
    'accountNotFound',
    6,
    ['sister-sign-in', 'forgot-password', 'sign-in', 'contact-us'],
    ['marketplace', 'sister-store', 'carrier-mail', 'another-device'],
  ),
  'identifier-invalid': guidance('identifierInvalid', 4, ['sister-sign-in'], ['input', 'carrier-mail'], null),
  'wrong-password': guidance(
    'wrongPassword',
    7,
    ['forgot-password', 'clear-cookies'],
    ['marketplace', 'input', 'another-device'],
  ),
  'too-many-attempts': guidance('tooManyAttempts', 5, ['forgot-password', 'clear-cookies'], ['another-device']),
  captcha: guidance('captcha', 5, ['clear-cookies', 'other-signin-issues'], ['another-device'], null),
  'verification-code': guidance('verificationCode', 5, ['contact-us', 'login-security'], ['carrier-mail'], null),
  'two-step-verification': guidance(
    'twoStepVerification',
    4,
    ['two-step-help', 'two-step-recovery'],
    ['another-device'],
  ),
  'code-rejected': guidance('codeRejected', 4, ['two-step-help', 'contact-us'], [], null),
  'code-limit': guidance('codeLimit', 3, ['two-step-recovery', 'contact-us'], ['another-device'], null),
  'approval-required': guidance('approvalRequired', 5, ['login-security', 'contact-us'], ['another-device'], null),
  'cookies-disabled': guidance('cookiesDisabled', 5, ['cookie-help', 'clear-cookies', 'other-signin-issues']),
  'account-locked': guidance('accountLocked', 5, ['contact-us', 'account-status', 'copy-report']),
  'passkey-error': guidance('passkeyError', 4, ['forgot-password'], [], null),
  'already-registered': guidance(
    'alreadyRegistered',
    4,
    ['sign-in', 'forgot-password'],
    ['marketplace', 'another-device'],
  ),
  'new-password-invalid': guidance('newPasswordInvalid', 4, [], ['input'], null),
  // One step to the right account: that store's sign-in, where the account can also be created.
  'wrong-store-account': guidance('wrongStoreAccount', 3, ['store-account', 'clear-cookies', 'contact-us']),
  'unknown-error': guidance(
    'unknownError',
    5,
    ['clear-cookies', 'other-signin-issues', 'contact-us'],
    ['marketplace', 'another-device'],
  ),
};

/** What this browser's sessions say about the cause (src/signed-in.ts): a sign-in on another store,
 *  a session on this one, or nothing that matters. */
export type SessionAdvice = 'elsewhere' | 'here' | null;

/** The one fix drawn as the main button, in the banner and the popup alike. */
export interface PrimaryFix {
  action: ActionId | null;
  /** The fix comes from the sessions, not from the cause: 'sign-in' opens the store with the session,
   *  'clear-cookies' is offered as signing out of this one. */
  fromSession: boolean;
}

/** A session elsewhere makes "sign in on that store" the button; one here, "sign out of this one"
 *  (clearing its cookies); otherwise the cause's own primary action. */
export function primaryFix(cause: CauseId, session: SessionAdvice): PrimaryFix {
  if (session === 'elsewhere') return { action: 'sign-in', fromSession: true };
  if (session === 'here') return { action: 'clear-cookies', fromSession: true };
  return { action: GUIDANCE[cause].primary, fromSession: false };
}
