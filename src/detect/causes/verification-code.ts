// "Verification needed": Amazon sends a code to the registered e-mail or phone when something about
// the sign-in is new (device, place, activity). Nothing is wrong; the code is the way through.
import type { CauseRule } from '../types';

export const verificationCode: CauseRule = {
  id: 'verification-code',
  matches: (ctx) => ctx.step === 'verification',
};
