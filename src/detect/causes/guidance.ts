// Builds a cause's guidance keys from its message prefix: <prefix>Headline, <prefix>Why,
// <prefix>Step1..N — the names every locale file uses.
import type { ActionId, Guidance, HintId } from '../types';

export function guidance(
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
