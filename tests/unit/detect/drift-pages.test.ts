// Amazon's redesigns (drift/mutations.ts) simulated on every page of ours (tests/pages, ja and en):
// the same assertions as drift-captures.test.ts; between them every mutation must change some page.
import { describe } from 'vitest';
import { expectDriftHolds } from './drift/expect-drift';
import { pageCases } from './drift/run';

describe('drift: simulated redesigns of our pages', () => {
  expectDriftHolds(pageCases(), true);
});
