// Layer 3: the alerts really shown. Amazon ships hidden alert boxes in every page (passkey errors,
// claim-page alerts, inline field errors, the cookie warning), so presence means nothing: an alert
// counts only if neither it nor an ancestor is hidden, and — in a real browser with Amazon's
// stylesheet — only if the browser says it is visible.
import { collapse, isHiddenByMarkup, MAX_TEXT, normalize, shownText } from './text';
import type { AlertKind, ShownAlert } from './types';

/** Known alert containers, old and new designs. Read only these, never the whole page. */
const ALERT_SELECTOR = [
  '.a-alert', // AUI boxes: #auth-error-message-box, #auth-warning-message-box, robot-check info, #alert-0
  '.a-alert-inline', // inline alerts: claim page, CVF
  '.cvf-widget-alert',
  '#message_error',
  '#message_warning',
  '#ap_error_page_message',
].join(',');

/** Client-side "this field is empty" prompts and boxes handled elsewhere: never a sign-in problem. */
const IGNORED_IDS = new Set([
  'auth-cookie-warning-message', // decided from the browser's real cookie state instead
  'auth-js-alert-box', // "JavaScript is disabled", inside <noscript>
  'auth-email-missing-alert',
  'auth-password-missing-alert',
  'auth-guess-missing-alert',
  'auth-captcha-guess-missing-alert',
  'empty-claim-alert',
  'auth-fullname-missing-alert',
  // registration's empty-field prompts (name, furigana, password again)
  'auth-customerName-missing-alert',
  'auth-pronunciation-missing-alert',
  'auth-passwordCheck-missing-alert',
]);

/** At most this many shown alerts are read from a page, however many it carries. */
export const MAX_ALERTS = 30;

/** Severity by AUI class: `a-alert-<kind>` on boxes, `a-alert-inline-<kind>` on inline alerts. */
const SEVERITIES: ReadonlyArray<readonly [string, AlertKind]> = [
  ['error', 'error'],
  ['warning', 'warning'],
  ['info', 'info'],
  ['success', 'info'],
];

function kindOf(el: Element): AlertKind {
  if (el.id === 'message_error' || el.id === 'ap_error_page_message') return 'error';
  if (el.id === 'message_warning') return 'warning';
  const c = el.classList;
  for (const [name, kind] of SEVERITIES) {
    if (c.contains(`a-alert-${name}`) || c.contains(`a-alert-inline-${name}`)) return kind;
  }
  // An inline alert that names no severity is read as a problem; a bare box as a note.
  return c.contains('a-alert-inline') || c.contains('cvf-widget-alert') ? 'inline' : 'info';
}

/** Inline field errors (`auth-inlined-error-message`) are styled hidden until the field group is marked in error. */
function isDormantInline(el: Element): boolean {
  return el.classList.contains('auth-inlined-error-message') && !el.closest('.a-form-error');
}

/** Elements a browser never renders, whatever their classes say (a <script> client template can carry alert classes). */
const NOT_RENDERED = new Set(['NOSCRIPT', 'TEMPLATE', 'SCRIPT', 'STYLE', 'HEAD', 'TITLE']);

export function isShown(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (NOT_RENDERED.has(e.tagName.toUpperCase()) || isHiddenByMarkup(e)) return false;
  }
  // Real browsers apply Amazon's stylesheet; jsdom has no layout and no checkVisibility.
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
}

function idOf(el: Element): string {
  return el.id || el.parentElement?.closest('[id]')?.id || '';
}

function read(el: Element): ShownAlert | undefined {
  const headingEl = el.querySelector('.a-alert-heading, h4');
  const heading = headingEl && !isHiddenByMarkup(headingEl) ? shownText(headingEl) : '';
  const contentEl = el.querySelector('.a-alert-content') ?? el;
  let text = shownText(contentEl);
  if (contentEl === el && heading && text.startsWith(heading)) text = collapse(text.slice(heading.length));
  if (!heading && !text) return undefined;
  return {
    id: idOf(el),
    kind: kindOf(el),
    heading,
    text,
    normalized: normalize(`${heading} ${text}`).slice(0, MAX_TEXT * 2),
  };
}

/** The shown alert boxes with what they say, in page order (at most MAX_ALERTS). */
export function collectShownAlertBoxes(doc: Document): { el: Element; alert: ShownAlert }[] {
  const found: { el: Element; alert: ShownAlert }[] = [];
  for (const el of Array.from(doc.querySelectorAll(ALERT_SELECTOR)).slice(0, MAX_ALERTS * 4)) {
    if (found.length >= MAX_ALERTS) break;
    if (IGNORED_IDS.has(el.id) || isDormantInline(el)) continue;
    // Nested matches (a box inside a box) are read once, through the outer one.
    if (found.some((outer) => outer.el.contains(el))) continue;
    if (!isShown(el)) continue;
    const alert = read(el);
    if (alert) found.push({ el, alert });
  }
  return found;
}

export function collectShownAlerts(doc: Document): ShownAlert[] {
  return collectShownAlertBoxes(doc).map((box) => box.alert);
}
