// Shared vocabulary of the detector. Cause ids are a public contract (docs/TEST-CONTRACT.md): never
// rename one.
import type { ServiceId } from '../doors';
import type { Marketplace, MarketplaceId } from '../marketplaces';

export const CAUSE_IDS = [
  'account-not-found',
  'identifier-invalid',
  'wrong-password',
  'too-many-attempts',
  'captcha',
  'verification-code',
  'two-step-verification',
  'code-rejected',
  'code-limit',
  'approval-required',
  'cookies-disabled',
  'account-locked',
  'passkey-error',
  'already-registered',
  'new-password-invalid',
  'wrong-store-account',
  'unknown-error',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

export function isCauseId(value: unknown): value is CauseId {
  return typeof value === 'string' && (CAUSE_IDS as readonly string[]).includes(value);
}

/** Where in Amazon's sign-in flow the page is, read from ids and hidden inputs. */
export const STEPS = [
  'claim', // 2025 unified "sign in or create account" page (/ax/claim)
  'email', // classic e-mail page (/ap/signin, SIGNIN_PWD_COLLECT without a visible password field)
  'password', // password page
  'intent', // "Looks like you're new to Amazon"
  'captcha', // image captcha or puzzle inside the sign-in flow (/ap/signin, /ap/cvf)
  'robot-check', // /errors/validateCaptcha
  'waf-challenge', // AWS WAF / ACIC challenge
  'mfa', // two-step verification code entry
  'mfa-device', // choose where the two-step code is sent
  'verification', // CVF "verification needed" / code entry
  'approval', // approve the notification
  'forgot-password', // password assistance / forced reset
  'register', // create account
  'account-fixup', // "keep hackers out" add-phone page
  'other', // any other page behind the gate
] as const;
export type Step = (typeof STEPS)[number];

export function isStep(value: unknown): value is Step {
  return typeof value === 'string' && (STEPS as readonly string[]).includes(value);
}

/** Cross-cutting hints shown with a cause (src/guidance.ts). Input hints are computed while typing, never here. */
export const HINT_IDS = ['marketplace', 'sister-store', 'carrier-mail', 'another-device', 'input'] as const;
export type HintId = (typeof HINT_IDS)[number];

/** The alert's severity, from its container's classes: 'inline' is an inline alert that names none.
 *  'info' (a-alert-info, a-alert-inline-info, success boxes) is a note, never a problem. */
export type AlertKind = 'error' | 'warning' | 'info' | 'inline';

/** An alert that is really shown on the page, with Amazon's own words. */
export interface ShownAlert {
  /** id of the alert box, or of the nearest ancestor with an id ('' if none). */
  id: string;
  kind: AlertKind;
  heading: string;
  text: string;
  /** heading + text, NFKC-normalised, lower-cased, whitespace collapsed: for matching only. */
  normalized: string;
}

/** Phrases per language, already folded (text.ts fold()); matched against fold(ShownAlert.normalized). */
export type PhraseTable = Partial<Record<string, readonly string[]>>;

export interface DetectionContext {
  doc: Document;
  url: URL;
  step: Step;
  marketplace: Marketplace;
  /** The sign-in door the page is (src/doors.ts), or null on a store's own sign-in. */
  door: DoorOfPage | null;
  /** Shown errors and warnings: the only alerts that can make a diagnosis. */
  alerts: readonly ShownAlert[];
  /** Shown informational notes (kind 'info'): never a diagnosis, only Amazon's words on a page whose
   *  step alone decides the cause (the robot check's note). */
  notes: readonly ShownAlert[];
  /** The browser's real cookie state (navigator.cookieEnabled), never the page's warning box alone. */
  cookiesEnabled: boolean;
}

/** The actions a cause can offer (src/guidance.ts); their labels and links: src/actions.ts. */
export const ACTION_IDS = [
  'forgot-password',
  'sign-in',
  'store-account',
  'sister-sign-in',
  'login-security',
  'two-step-settings',
  'two-step-help',
  'two-step-recovery',
  'contact-us',
  'other-signin-issues',
  'account-status',
  'cookie-help',
  'clear-cookies',
  'copy-report',
] as const;
export type ActionId = (typeof ACTION_IDS)[number];

/** One cause's detection rule, in one file under causes/ (what the UI says about it: src/guidance.ts). */
export interface CauseRule {
  id: CauseId;
  /** Decide from the step and the alerts' containers first, text second. Must not throw. */
  matches(ctx: DetectionContext): boolean;
  /** Which shown alert carries Amazon's words for this cause (default: the first shown alert). */
  alert?(ctx: DetectionContext): ShownAlert | undefined;
}

export interface Diagnosis {
  /** null when the sign-in page shows no problem. */
  cause: CauseId | null;
  step: Step;
  marketplace: Marketplace['id'];
  /** Amazon's own alert heading and text, exactly as shown (trimmed, whitespace collapsed). */
  alert: { heading: string; text: string } | null;
  hints: HintId[];
  /** On a sign-in door only: its service and the stores whose account it could be (one when told). */
  door?: DoorOfPage;
}

export interface DoorOfPage {
  service: ServiceId;
  /** The door's host (src/doors.ts), whose sign-in cookie clearing clears. */
  host: string;
  /** In the store table's order; `marketplace` is the first. */
  stores: MarketplaceId[];
}
