// Shared set-up for background tests: a fresh background module graph on a fake browser, as a
// browser would start it (again) after stopping the worker.
import { vi } from 'vitest';
import type { CauseId } from '../../../src/detect/types';
import { tabIdOfKey } from '../../../src/background/tab-state-key';
import type { FakeBrowser } from '../fake-browser';

export const JP_SIGNIN = 'https://www.amazon.co.jp/ap/signin?openid.assoc_handle=jpflex';
export const US_SIGNIN = 'https://www.amazon.com/ap/signin';

/** Loads src/background/index.ts anew (new module instances, like a restarted worker) on `fake`. */
export async function startBackground(fake: FakeBrowser): Promise<void> {
  vi.resetModules();
  const { setBrowserForTesting } = await import('../../../src/browser');
  setBrowserForTesting(fake.browser, fake.userAgent);
  await import('../../../src/background/index');
}

export function diagnosisMessage(cause: CauseId | null, extra: Record<string, unknown> = {}) {
  return {
    type: 'cs-bg-diagnosis',
    diagnosis: {
      cause,
      step: 'password',
      marketplace: 'jp',
      alert: cause ? { heading: 'There was a problem', text: 'Your password is incorrect' } : null,
      hints: [],
      ...extra,
    },
  };
}

/** Lets fire-and-forget event handlers (tabs.onUpdated, storage.onChanged) finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/** How many tabs have a state in storage.session (other session keys, like the injection marker, aside). */
export function tabStateCount(fake: FakeBrowser): number {
  return [...fake.storage.session.data.keys()].filter((key) => tabIdOfKey(key) !== null).length;
}
