// Every scenario, in the order they run in each browser.
import type { Scenarios } from '../suite';
import { smoke } from './smoke';

export const SCENARIOS: readonly Scenarios[] = [smoke];
