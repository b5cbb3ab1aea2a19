// The popup on a sign-in tab the background knows nothing of: the extension was just installed, the
// content script was blocked or crashed, or this background's state is gone. The tab is diagnosed
// then and there: content.js is injected (a copy already running reports again instead, instance.ts)
// and the popup gets the diagnosis it sends. activeTab makes this work on a store whose access the
// person withheld, once they clicked the toolbar button.
import { getBrowser } from '../browser';
import { isSignInPage } from '../site-access';
import { injectInto } from './inject';

/** How long the popup waits for the page's report: the script starts a task after the page's load. */
const REPORT_WAIT_MS = 4000;

const waiting = new Map<number, Set<() => void>>();

/** A diagnosis from this tab was stored: whoever waits for one may read it now. */
export function diagnosisStored(tabId: number): void {
  const waiters = waiting.get(tabId);
  waiting.delete(tabId);
  for (const resolve of waiters ?? []) resolve();
}

function nextDiagnosis(tabId: number): { arrived: Promise<boolean>; cancel(): void } {
  let done: (value: boolean) => void = () => {};
  const arrived = new Promise<boolean>((resolve) => (done = resolve));
  const waiter = () => done(true);
  const set = waiting.get(tabId) ?? new Set();
  set.add(waiter);
  waiting.set(tabId, set);
  const cancel = () => {
    set.delete(waiter);
    if (!set.size && waiting.get(tabId) === set) waiting.delete(tabId);
    done(false);
  };
  setTimeout(cancel, REPORT_WAIT_MS);
  return { arrived, cancel };
}

/** Diagnoses a sign-in tab now; false when it is none, we may not see it, or it did not report in time. */
export async function diagnoseOnDemand(tabId: number): Promise<boolean> {
  let url: string | undefined;
  try {
    url = (await getBrowser().tabs.get(tabId)).url;
  } catch {
    return false;
  }
  if (!isSignInPage(url)) return false;
  const next = nextDiagnosis(tabId);
  if (!(await injectInto(tabId))) next.cancel();
  return next.arrived;
}
