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

/** Boxes that are never a sign-in problem, by the words their ids are made of (so a renamed id still
 *  counts): the cookie warning (decided from the browser's real cookie state instead; also known by
 *  its help link), "JavaScript is disabled" in <noscript>, and the client-side "this field is empty"
 *  prompts (auth-email-missing-alert, empty-claim-alert, registration's name and furigana…). */
const IGNORED_ID = /cookie|missing|js.alert|empty.claim/i;
const isIgnored = (el: Element) => IGNORED_ID.test(idOf(el));

/** What a message is, whatever its classes are called: ARIA alert semantics, Amazon's error and
 *  warning icons, a field's own message (its id, or the aria-describedby of a field marked invalid),
 *  and the heading of a heading + list box. Read after the known containers. */
const MESSAGE_SIGNS =
  '[role=alert],[aria-live],[class*=icon-alert],[class*=icon-error],[class*=icon-warning],[id$=-alert],[id$=_alert],[aria-invalid=true][aria-describedby],h4';
/** Amazon's form and its controls: a message holds none; the banner covers none (banner-place.ts). */
export const FORM_CONTROLS = 'form,input:not([type=hidden]),select,textarea,button';

/** At most this many shown alerts are read from a page, however many it carries. */
export const MAX_ALERTS = 30;

/** Severity from the first word for one in the box's classes, id or role (`a-alert-error`,
 *  `#message_warning`, `auth-info-message-box`, `role=status`), so renamed classes keep it. */
const SEVERITY = /error|warn|info|success|status|note/;

function kindOf(el: Element, unnamed: AlertKind, inner?: Element | null): AlertKind {
  let names = '';
  // A box found by its icon: the words on the elements from the box down to the icon.
  for (let e: Element | null = inner ?? el; e && el.contains(e); e = e.parentElement) {
    names = `${e.getAttribute('class')} ${e.id} ${e.getAttribute('role')} ${names}`;
  }
  const word = names.toLowerCase().match(SEVERITY)?.[0];
  return word === 'error' ? 'error' : word === 'warn' ? 'warning' : word ? 'info' : unnamed;
}

/** An inline alert that names no severity is read as a problem; a bare known box as a note. */
const unnamedKind = (el: Element): AlertKind => (el.matches('.a-alert-inline,.cvf-widget-alert') ? 'inline' : 'info');

/** Inline field errors (`auth-inlined-error-message`) are styled hidden until the field group is marked in error. */
function isDormantInline(el: Element): boolean {
  return el.classList.contains('auth-inlined-error-message') && !el.closest('.a-form-error');
}

/** Elements a browser never renders, whatever their classes say (a <script> client template can carry alert classes). */
const NOT_RENDERED = new Set(['NOSCRIPT', 'TEMPLATE', 'SCRIPT', 'STYLE', 'HEAD', 'TITLE']);

function shownByMarkup(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (NOT_RENDERED.has(e.tagName.toUpperCase()) || isHiddenByMarkup(e)) return false;
  }
  return true;
}

/** Real browsers apply Amazon's stylesheet; jsdom has no layout and no checkVisibility. */
export function laidOut(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
}

export const isShown = (el: Element): boolean => shownByMarkup(el) && laidOut(el);

function idOf(el: Element): string {
  return el.id || el.parentElement?.closest('[id]')?.id || '';
}

/** Shown as far as el goes: neither it nor anything between it and el is hidden. */
function shownWithin(node: Element, el: Element): boolean {
  for (let e: Element | null = node; e && e !== el; e = e.parentElement) if (isHiddenByMarkup(e)) return false;
  return true;
}

function read(el: Element, kind: AlertKind): ShownAlert | undefined {
  const headingEl = el.querySelector('.a-alert-heading, h4');
  const heading = headingEl && shownWithin(headingEl, el) ? shownText(headingEl) : '';
  const contentEl = el.querySelector('.a-alert-content') ?? el;
  let text = shownWithin(contentEl, el) ? shownText(contentEl) : '';
  if (contentEl === el && heading && text.startsWith(heading)) text = collapse(text.slice(heading.length));
  if (!heading && !text) return undefined;
  return {
    id: idOf(el),
    kind,
    heading,
    text,
    normalized: normalize(`${heading} ${text}`).slice(0, MAX_TEXT * 2),
  };
}

/** The element a sign stands for: a field's described-by message, or the box around an icon or heading
 *  (climbing from the icon or heading to the first element with an id or role, while it is its parent's only child). */
function boxOf(sign: Element, doc: Document): Element | null {
  if (sign.hasAttribute('aria-invalid'))
    return doc.getElementById(sign.getAttribute('aria-describedby')!.split(' ')[0]!);
  if (!sign.matches('i,h4')) return sign;
  let box = sign.parentElement;
  for (
    let i = 0;
    i < 2 && box && !box.id && !box.hasAttribute('role') && box.parentElement?.childElementCount === 1;
    i++
  ) {
    box = box.parentElement;
  }
  // A heading counts only in a heading + list (or paragraph) box near a form or a button.
  const near = box?.parentElement?.parentElement?.parentElement;
  return sign.tagName === 'H4' && !(box?.querySelector('li,p') && near?.querySelector('form,button,.a-button'))
    ? null
    : box;
}

/** The shown alert boxes with what they say, in page order (at most MAX_ALERTS): the known containers
 *  first, then messages found by what they are; a box found both ways, or nested in one, is read once. */
export function collectShownAlertBoxes(doc: Document): { el: Element; alert: ShownAlert }[] {
  const found: { el: Element; alert: ShownAlert }[] = [];
  const known = Array.from(doc.querySelectorAll(ALERT_SELECTOR)).slice(0, MAX_ALERTS * 4);
  const signs = Array.from(doc.querySelectorAll(MESSAGE_SIGNS)).slice(0, MAX_ALERTS * 4);
  for (const [i, candidate] of [...known, ...signs].entries()) {
    if (found.length >= MAX_ALERTS) break;
    // A sign inside hidden markup stands for nothing, even where its box climbs out of it (an icon
    // alone in a <noscript> would otherwise stand for the body around it).
    if (i >= known.length && !shownByMarkup(candidate)) continue;
    const el = i < known.length ? candidate : boxOf(candidate, doc);
    if (!el || !shownByMarkup(el) || isDormantInline(el) || isIgnored(el)) continue;
    if (found.some((f) => f.el.contains(el) || el.contains(f.el))) continue;
    // A sign around a form (a live region holding the whole page) is no message.
    if (i >= known.length && el.querySelector(FORM_CONTROLS)) continue;
    const unnamed = i < known.length ? unnamedKind(el) : el.getAttribute('aria-live') === 'polite' ? 'info' : 'inline';
    const alert = read(el, kindOf(el, unnamed, el.contains(candidate) ? candidate : el));
    // The cookie warning, whatever its id, is a warning with Amazon's cookie help link (looked for only
    // in boxes that are not errors). Layout is read last, only for a box with words in it.
    if (!alert || (alert.kind !== 'error' && el.querySelector('a[href*="cookie_error"]'))) continue;
    if (laidOut(el)) found.push({ el, alert });
  }
  return found;
}

export function collectShownAlerts(doc: Document): ShownAlert[] {
  return collectShownAlertBoxes(doc).map((box) => box.alert);
}
