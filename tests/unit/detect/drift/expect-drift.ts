// The drift assertions, shared by the two drift test files (captures and our pages run in parallel).
import { expect, it } from 'vitest';
import { MUTATIONS } from './mutations';
import { type DriftCase, type DriftResult, driftSummary, formatDrift, runDrift } from './run';

const describeResult = (r: DriftResult) =>
  `${r.page} / ${r.mutation.name}: expected ${r.expected ?? 'none'}, got ${r.got ?? 'none'}`;

/** The share of (page, mutation) pairs that must keep their cause. */
export const KEPT_AT_LEAST = 0.95;

export function expectDriftHolds(cases: DriftCase[], everyMutationApplies: boolean): void {
  const results = runDrift(cases);

  if (everyMutationApplies) {
    it('every mutation changes some page', () => {
      for (const m of MUTATIONS)
        expect(
          results.some((r) => r.mutation === m),
          m.name,
        ).toBe(true);
    });
  }

  it('never names a different cause, nor one on a clean page', () => {
    expect(results.filter((r) => r.outcome === 'wrong').map(describeResult)).toEqual([]);
  });

  it('never loses the cause altogether: the rest fall back to unknown-error or the step', () => {
    expect(results.filter((r) => r.outcome === 'lost').map(describeResult)).toEqual([]);
  });

  it(`keeps the cause in at least ${KEPT_AT_LEAST * 100} % of the pairs`, () => {
    const total = driftSummary(results).byKind.at(-1);
    expect(total?.total ?? 0).toBeGreaterThan(0);
    expect(total?.kept ?? 0, formatDrift(results)).toBeGreaterThanOrEqual(KEPT_AT_LEAST * (total?.total ?? 0));
  });
}
