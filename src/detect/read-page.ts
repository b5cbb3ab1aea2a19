// The detector's first three layers: gate, step and the alerts really shown. This is what the content
// script runs on every change (it is injected into every sign-in page, so it stays small); the cause
// rules that read it (decide.ts) come with the lazily loaded UI bundle.
import { collectShownAlerts, isShown } from './alerts';
import { doorOfAccount } from '../door-store';
import { gate } from './gate';
import { identifyStep } from './step';
import type { DetectionContext, Diagnosis, Step } from './types';

export interface DetectionEnv {
  /** navigator.cookieEnabled of the page's browser. */
  cookiesEnabled: boolean;
}

function toUrl(url: string | URL): URL | undefined {
  try {
    return new URL(String(url));
  } catch {
    return undefined;
  }
}

/** The detector's view of the page, or null if it is not an Amazon sign-in page. */
export function readPage(doc: Document, address: string | URL, env: DetectionEnv): DetectionContext | null {
  const url = toUrl(address);
  const gated = url && gate(doc, url);
  if (!url || !gated) return null;
  const shownAlerts = collectShownAlerts(doc);
  return {
    doc,
    url,
    step: identifyStep(doc, url, gated.waf),
    marketplace: gated.account.marketplace,
    door: doorOfAccount(gated.account),
    alerts: shownAlerts.filter((a) => a.kind !== 'info'),
    notes: shownAlerts.filter((a) => a.kind === 'info'),
    cookiesEnabled: env.cookiesEnabled,
  };
}

/** Steps where no rule names a cause unless an error or warning is shown (or cookies are off). Every
 *  other step may decide a cause by itself (a captcha, a code page, a locked account's interstitial,
 *  password assistance reached by too many attempts), so the rules are loaded at once there. */
const QUIET_STEPS: ReadonlySet<Step> = new Set(['claim', 'email', 'password', 'register', 'account-fixup']);

/** Amazon's own cookie warning, laid out as visible (it is in every page's HTML, hidden). */
function cookieWarningShown(doc: Document): boolean {
  const box = doc.getElementById('auth-cookie-warning-message');
  return !!box && isShown(box);
}

/**
 * The page certainly has no cause: no rule can match it. Conservative (a unit test checks it against
 * every capture and test page): when it says false, the rules decide.
 */
export function certainlyClean(ctx: DetectionContext): boolean {
  return QUIET_STEPS.has(ctx.step) && !ctx.alerts.length && ctx.cookiesEnabled && !cookieWarningShown(ctx.doc);
}

/** What the detector says about a page without a cause: the same as decide() (a unit test checks it). */
export function cleanDiagnosis(ctx: DetectionContext): Diagnosis {
  return withDoor({ cause: null, step: ctx.step, marketplace: ctx.marketplace.id, alert: null, hints: [] }, ctx);
}

/** The door a diagnosis was made on, where the page is one (absent on a store's own sign-in). */
export function withDoor(diagnosis: Diagnosis, ctx: Pick<DetectionContext, 'door'>): Diagnosis {
  return ctx.door ? { ...diagnosis, door: { ...ctx.door, stores: [...ctx.door.stores] } } : diagnosis;
}
