// Every cause, in priority order: the first rule that matches names the cause. Add a cause by adding
// its file, one line here and its guidance in src/guidance.ts.
import type { CauseRule } from '../types';
import { accountLocked } from './account-locked';
import { accountNotFound } from './account-not-found';
import { alreadyRegistered } from './already-registered';
import { approvalRequired } from './approval-required';
import { captcha } from './captcha';
import { codeLimit } from './code-limit';
import { codeRejected } from './code-rejected';
import { cookiesDisabled } from './cookies-disabled';
import { identifierInvalid } from './identifier-invalid';
import { newPasswordInvalid } from './new-password-invalid';
import { passkeyError } from './passkey-error';
import { tooManyAttempts } from './too-many-attempts';
import { twoStepVerification } from './two-step-verification';
import { unknownError } from './unknown-error';
import { verificationCode } from './verification-code';
import { wrongPassword } from './wrong-password';
import { wrongStoreAccount } from './wrong-store-account';

export const CAUSES: readonly CauseRule[] = [
  cookiesDisabled, // nothing works without cookies
  accountLocked, // only customer service can help, whatever else shows
  wrongStoreAccount, // a door's refusal of another store's account, before the rules that read its box
  tooManyAttempts,
  codeLimit,
  codeRejected,
  identifierInvalid, // a malformed address, before any rule that reads an error box by its place
  newPasswordInvalid, // a refused new password (registration, reset), before the boxes around it
  accountNotFound,
  alreadyRegistered, // registration's server message, once the field errors are ruled out
  wrongPassword, // the root cause even when a captcha follows it
  passkeyError,
  captcha,
  approvalRequired,
  verificationCode,
  twoStepVerification,
  unknownError, // last: anything shown that no rule knows
];
