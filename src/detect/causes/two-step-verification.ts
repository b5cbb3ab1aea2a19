// The account has two-step verification on: the code comes from the authenticator app, SMS or a call.
import type { CauseRule } from '../types';

export const twoStepVerification: CauseRule = {
  id: 'two-step-verification',
  matches: (ctx) => ctx.step === 'mfa' || ctx.step === 'mfa-device',
};
