// Simulated Amazon redesigns, applied to a loaded page in place: what Amazon has changed before (the
// 2025 claim page restyled every alert) and what it could change any day without the page saying
// anything different to a person. Each mutation keeps what a person sees: the same message, shown or
// hidden as before. The detector must never turn one into a different cause (drift.test.ts).
import { wordingMutations } from './wording';

export type MutationKind = 'ids' | 'classes' | 'wording' | 'hidden' | 'inputs' | 'redesign' | 'layout';

export interface Mutation {
  kind: MutationKind;
  name: string;
  /** Changes doc; false when there was nothing to change (the pair is then not counted). */
  apply(doc: Document): boolean;
  /** The page needs a browser's layout check (its hiding lives in a stylesheet only). */
  needsLayout?: boolean;
}

/** Where today's pages put their messages (the knowledge the mutations undo). */
const MESSAGE_BOXES =
  '.a-alert, .a-alert-inline, .cvf-widget-alert, [role="alert"], #message_error, #message_warning, #ap_error_page_message';
const ICONS = '.a-icon-alert, .a-icon-error, .a-icon-warning, .a-icon-info';
const REFERENCES = ['for', 'aria-describedby', 'aria-labelledby', 'aria-controls'];

const all = (root: ParentNode, selector: string) => Array.from(root.querySelectorAll(selector));
/** Outermost message boxes only (a box nested in a box is rewritten with its outer one). */
const boxes = (doc: Document) => all(doc, MESSAGE_BOXES).filter((el) => !el.parentElement?.closest(MESSAGE_BOXES));

/** Renames ids (and every reference to them, as a redesign would) in the elements chosen. */
function renameIds(doc: Document, elements: Element[], rename: (id: string) => string): boolean {
  const renamed = new Map<string, string>();
  for (const el of elements) {
    if (!el.id) continue;
    renamed.set(el.id, rename(el.id));
    el.id = rename(el.id);
  }
  for (const attr of REFERENCES) {
    for (const el of all(doc, `[${attr}]`)) {
      const ids = (el.getAttribute(attr) ?? '').split(/\s+/);
      el.setAttribute(attr, ids.map((id) => renamed.get(id) ?? id).join(' '));
    }
  }
  return renamed.size > 0;
}

const inMessageBoxes = (doc: Document) => boxes(doc).flatMap((box) => [box, ...all(box, '[id]')]);
const formParts = (doc: Document) => all(doc, 'form[id], input[id], select[id], button[id], textarea[id]');

/** Rewrites class tokens (a token mapped to '' is dropped) on every element of the page. */
function rewriteClasses(doc: Document, rewrite: (token: string) => string): boolean {
  let changed = false;
  for (const el of all(doc, '[class]')) {
    const before = Array.from(el.classList);
    const after = before.map(rewrite).filter(Boolean);
    if (after.join(' ') === before.join(' ')) continue;
    el.setAttribute('class', after.join(' '));
    changed = true;
  }
  return changed;
}

const isAlertClass = (t: string) => t.startsWith('a-alert') || t === 'cvf-widget-alert';
const dropAlertClasses = (doc: Document) => rewriteClasses(doc, (t) => (isAlertClass(t) ? '' : t));

function dropAttributes(doc: Document, names: string[]): boolean {
  const els = all(doc, names.map((n) => `[${n}]`).join(','));
  for (const el of els) for (const n of names) el.removeAttribute(n);
  return els.length > 0;
}

function removeAll(doc: Document, selector: string): boolean {
  const els = all(doc, selector);
  for (const el of els) el.remove();
  return els.length > 0;
}

/** Every element Amazon hides with aok-hidden, hidden some other way instead. */
function rehide(doc: Document, hide: (el: Element) => void): boolean {
  const els = all(doc, '.aok-hidden');
  for (const el of els) {
    el.classList.remove('aok-hidden');
    hide(el);
  }
  return els.length > 0;
}

/** The 2025 claim page's style for a server message: an inline alert with an icon and one line of
 *  text, no heading, no list. */
function claimStyle(doc: Document): boolean {
  const servers = boxes(doc).filter((b) => b.classList.contains('a-alert') && !b.classList.contains('a-alert-inline'));
  for (const box of servers) {
    const severity = ['error', 'warning', 'info', 'success'].find((s) => box.classList.contains(`a-alert-${s}`));
    for (const t of Array.from(box.classList)) if (isAlertClass(t)) box.classList.remove(t);
    box.classList.add('a-alert-inline', `a-alert-inline-${severity ?? 'info'}`);
    const content = box.querySelector('.a-alert-content');
    const words = Array.from(box.querySelectorAll('li'))
      .map((li) => li.textContent?.trim())
      .join(' ');
    if (content && words) content.textContent = words;
    for (const h of all(box, '.a-alert-heading')) h.remove();
  }
  return servers.length > 0;
}

/** A field's message as an accessible form library writes it: the field marked invalid and described
 *  by a plain element carrying the words (no alert class, role, icon or telling id). Shown messages
 *  only; hidden ones stay as they were. */
function fieldDescribed(doc: Document): boolean {
  // Shown error messages only: not the hidden ones, not the dormant "field is empty" prompts (shown only
  // under a form group in error), not the notes.
  const inline = boxes(doc).filter(
    (b) =>
      b.matches('.a-alert-inline-error') &&
      !b.closest('.aok-hidden, [hidden]') &&
      (!b.matches('.auth-inlined-error-message') || !!b.closest('.a-form-error')),
  );
  let changed = false;
  for (const [i, box] of inline.entries()) {
    // The field of the message's own group: the nearest container around it that holds a field.
    let group = box.parentElement;
    while (group && !group.querySelector('input:not([type="hidden"])')) group = group.parentElement;
    const field = group?.querySelector('input:not([type="hidden"])');
    if (!field) continue;
    const message = doc.createElement('div');
    message.id = `ax-field-message-${i}`;
    message.textContent = box.textContent;
    box.replaceWith(message);
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', message.id);
    changed = true;
  }
  return changed;
}

/** Message boxes moved next to the form (Amazon has put them above, inside and below it). */
function moveBoxes(doc: Document): boolean {
  const form = doc.querySelector('form');
  // Only boxes that sit in the page as such: one inside a hidden dialog stays there, hidden.
  const moved = boxes(doc).filter(
    (b) =>
      form &&
      !b.contains(form) &&
      !form.contains(b) &&
      !b.parentElement?.closest('.aok-hidden, [hidden], [style*="none"], noscript'),
  );
  for (const box of moved) form?.prepend(box);
  return moved.length > 0;
}

/** Headings become bold lines and lists plain paragraphs. */
function flatten(doc: Document): boolean {
  let changed = false;
  for (const box of boxes(doc)) {
    for (const h of all(box, 'h1, h2, h3, h4, h5, h6')) {
      const b = doc.createElement('div');
      b.className = `${h.className} a-text-bold`.trim();
      b.append(...Array.from(h.childNodes));
      h.replaceWith(b);
      changed = true;
    }
    for (const li of all(box, 'li')) {
      const p = doc.createElement('p');
      p.append(...Array.from(li.childNodes));
      li.closest('ul, ol')?.before(p);
      changed = true;
    }
    for (const list of all(box, 'ul, ol')) list.remove();
  }
  return changed;
}

/** Each box wrapped in new containers (a new design system's web component). */
function wrap(doc: Document): boolean {
  const found = boxes(doc);
  for (const box of found) {
    const outer = doc.createElement('amzn-message');
    const inner = doc.createElement('div');
    box.before(outer);
    outer.append(inner);
    inner.append(box);
  }
  return found.length > 0;
}

export const MUTATIONS: readonly Mutation[] = [
  { kind: 'ids', name: 'message ids suffixed', apply: (d) => renameIds(d, inMessageBoxes(d), (id) => `${id}-v2`) },
  {
    kind: 'ids',
    name: 'message ids in a new scheme',
    apply: (d) =>
      renameIds(d, inMessageBoxes(d), (id) =>
        id
          .replace(/^auth-/, 'ap-')
          .replace(/-alert$/, '-msg')
          .replace(/-/g, '_'),
      ),
  },
  { kind: 'ids', name: 'form and field ids renamed', apply: (d) => renameIds(d, formParts(d), (id) => `ax-${id}`) },
  {
    kind: 'classes',
    name: 'alert classes renamed',
    apply: (d) => rewriteClasses(d, (t) => (isAlertClass(t) ? t.replace('alert', 'message') : t)),
  },
  { kind: 'classes', name: 'alert classes removed', apply: dropAlertClasses },
  {
    kind: 'classes',
    name: 'alert classes and icons removed',
    apply: (d) => [dropAlertClasses(d), removeAll(d, ICONS)].some(Boolean),
  },
  {
    kind: 'classes',
    name: 'alert classes and roles removed',
    apply: (d) => [dropAlertClasses(d), dropAttributes(d, ['role', 'aria-live'])].some(Boolean),
  },
  {
    kind: 'classes',
    name: 'classes, roles and icons removed',
    apply: (d) => [dropAlertClasses(d), dropAttributes(d, ['role', 'aria-live']), removeAll(d, ICONS)].some(Boolean),
  },
  ...wordingMutations,
  { kind: 'hidden', name: 'hidden attribute', apply: (d) => rehide(d, (el) => el.setAttribute('hidden', '')) },
  {
    kind: 'hidden',
    name: 'inline style',
    apply: (d) => rehide(d, (el) => el.setAttribute('style', 'display: none')),
  },
  { kind: 'hidden', name: 'aria-hidden', apply: (d) => rehide(d, (el) => el.setAttribute('aria-hidden', 'true')) },
  { kind: 'hidden', name: 'a-hidden class', apply: (d) => rehide(d, (el) => el.classList.add('a-hidden')) },
  {
    kind: 'hidden',
    name: 'a new class in the stylesheet',
    needsLayout: true,
    apply: (d) => {
      const style = d.createElement('style');
      style.textContent = '.ax-offscreen-2026 { display: none }';
      d.head.append(style);
      return rehide(d, (el) => el.classList.add('ax-offscreen-2026'));
    },
  },
  { kind: 'inputs', name: 'hidden inputs gone', apply: (d) => removeAll(d, 'input[type="hidden"]') },
  { kind: 'redesign', name: '2025 claim-page style', apply: claimStyle },
  { kind: 'redesign', name: 'field messages by aria-describedby', apply: fieldDescribed },
  { kind: 'layout', name: 'boxes moved into the form', apply: moveBoxes },
  { kind: 'layout', name: 'headings and lists flattened', apply: flatten },
  { kind: 'layout', name: 'boxes wrapped in new containers', apply: wrap },
];
