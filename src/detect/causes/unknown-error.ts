// Any other error or warning Amazon shows on a sign-in page: no guess, just Amazon's own words and
// the general checklist. Informational notes are not in ctx.alerts, so they never land here.
import type { CauseRule, DetectionContext } from '../types';

const problem = (ctx: DetectionContext) => ctx.alerts[0];

export const unknownError: CauseRule = {
  id: 'unknown-error',
  matches: (ctx) => !!problem(ctx),
  alert: problem,
};
