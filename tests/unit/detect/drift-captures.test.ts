// Amazon's redesigns (drift/mutations.ts) simulated on every real capture: no mutation may name a
// different cause or raise one on a clean page; at least 95 % keep their cause; the rest fall back to
// unknown-error with Amazon's words, or to the step's own cause. npm run bench:detect prints the figures.
import { describe } from 'vitest';
import { expectDriftHolds } from './drift/expect-drift';
import { captureCases } from './drift/run';

describe('drift: simulated redesigns of the real captures', () => {
  expectDriftHolds(captureCases(), false);
});
