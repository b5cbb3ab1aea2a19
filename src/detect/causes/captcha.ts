// Amazon wants proof of a person: the image captcha on the password page, the CVF puzzle, the robot
// check, or the AWS WAF challenge. The step alone decides; the text only supplies Amazon's words.
import type { CauseRule } from '../types';

const CAPTCHA_STEPS = new Set(['captcha', 'robot-check', 'waf-challenge']);

export const captcha: CauseRule = {
  id: 'captcha',
  matches: (ctx) => CAPTCHA_STEPS.has(ctx.step),
};
