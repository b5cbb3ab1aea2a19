// Statistics for the benchmark: medians and 95th percentiles (interpolated between ranks), and
// bootstrap intervals over matched rounds, so that "within the noise" is a statement with its uncertainty.
export function quantile(values: readonly number[], q: number): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);
export const p95 = (values: readonly number[]) => quantile(values, 0.95);

/** A small seeded generator (mulberry32): the same run gives the same interval. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Bootstrap 95 % interval of a statistic of matched rounds (the loads of one round measured together):
 * rounds are resampled whole, so each keeps its pairing and the machine's drift cancels within it.
 */
export function bootstrapRounds(
  rounds: number,
  statistic: (indices: readonly number[]) => number,
  resamples = 2000,
): [number, number] {
  const next = random(11);
  const values = Array.from({ length: resamples }, () =>
    statistic(Array.from({ length: rounds }, () => Math.floor(next() * rounds))),
  );
  return [quantile(values, 0.025), quantile(values, 0.975)];
}

/** Median over the given rounds of a / b, round by round. */
export const medianOfRatios = (a: readonly number[], b: readonly number[], rounds: readonly number[]) =>
  median(rounds.map((i) => a[i]! / b[i]!));
