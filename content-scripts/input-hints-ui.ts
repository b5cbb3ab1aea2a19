// Input hints while typing: a short line right after Amazon's identifier or password field (in flow,
// never over it), in its own closed shadow root. Field values are read only inside the event handler,
// handed to the pure checks in src/input-hints.ts, and dropped: never kept, logged or sent.
// Part of the lazily loaded UI bundle (rules-and-ui.js); the host elements come from the content script.
import { h, render } from 'preact';
import { INPUT_HINT_TEXT_KEYS } from '../src/content-texts';
import { checkIdentifier, checkPassword, type InputHintId, type KeyState } from '../src/input-hints';
import { htmlLang, type Language, textDirection } from '../src/languages';
import { fieldOf } from './fields';
import { guard } from './guard';
import type { ShadowHost } from './shadow';

export const HINT_TAG = 'signin-helper-hint';

const HINT_CSS = `
:host { all: initial; display: block; contain: content; }
.h { box-sizing: border-box; max-width: 100%; margin: 4px 0 8px; padding: 6px 10px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", Meiryo, sans-serif;
  color: #0f1111; background: #fff8e5; border-inline-start: 3px solid #c77700; text-align: start; overflow-wrap: anywhere; }
@media (prefers-color-scheme: dark) { .h { color: #f3f3f3; background: #2b2417; border-color: #f0a634; } }
.n { font-size: 11px; font-weight: 600; }
ul { margin: 0; padding: 0; list-style: none; }
`;

export interface HintTexts {
  texts: Readonly<Record<string, string>>;
  language: Language;
}

const EVENTS = ['input', 'keydown', 'keyup', 'compositionstart', 'compositionend', 'focusout'] as const;

/** Makes a host element with a closed shadow root (the content script's, so it knows its own nodes). */
export type CreateHost = (doc: Document, tag: string, css: string) => ShadowHost;

export function inputHints(doc: Document, createHost: CreateHost) {
  let settings: HintTexts | null = null;
  /** Hint hosts by field, and the fields that have one (to take them all down when turned off). */
  const hosts = new Map<HTMLInputElement, ShadowHost>();
  /** Caps Lock and IME state per password field: key state, never what was typed. */
  const keys = new WeakMap<HTMLInputElement, KeyState>();

  function hide(field: HTMLInputElement): void {
    const shown = hosts.get(field);
    if (!shown) return;
    render(null, shown.mount);
    shown.host.remove();
    hosts.delete(field);
  }

  function show(field: HTMLInputElement, hints: InputHintId[], suggestion: string | null): void {
    if (!settings || hints.length === 0) return hide(field);
    const { texts, language } = settings;
    let shown = hosts.get(field);
    if (!shown) {
      shown = createHost(doc, HINT_TAG, HINT_CSS);
      hosts.set(field, shown);
    }
    if (shown.host.previousSibling !== field) field.after(shown.host);
    const items = hints.map((id) =>
      h(
        'li',
        { key: id },
        texts[INPUT_HINT_TEXT_KEYS[id]] ?? '',
        id === 'domain-typo' && suggestion ? h('b', null, ` @${suggestion}`) : null,
      ),
    );
    render(
      h(
        'div',
        { class: 'h', role: 'status', lang: htmlLang(language), dir: textDirection(language) },
        h('div', { class: 'n' }, texts.extShortName ?? ''),
        h('ul', null, items),
      ),
      shown.mount,
    );
  }

  function keyState(field: HTMLInputElement): KeyState {
    let state = keys.get(field);
    if (!state) keys.set(field, (state = { capsLock: false, composing: false }));
    return state;
  }

  /** The identifier's checks; `typing` holds back a domain suggestion that may still be typed out. */
  function checkIdentifierField(field: HTMLInputElement, typing: boolean): void {
    const { hints, suggestion } = checkIdentifier(field.value, typing);
    show(field, hints, suggestion);
  }

  const onEvent = guard((event: Event) => {
    if (!settings || !event.isTrusted) return;
    const found = fieldOf(event.target);
    if (!found) return;
    const { field, kind } = found;
    const type = event.type;
    if (kind === 'identifier') {
      if (type !== 'input' && type !== 'focusout') return;
      // type=email fields trim their value (HTML value sanitisation): edge spaces never reach Amazon
      // there, so they are only reported for text and tel fields, where they do.
      // While typing, "gmail.co" may still become "gmail.com": suggest that only once the field is left.
      return checkIdentifierField(field, type === 'input');
    }
    if (type === 'focusout') return hide(field);
    const state = keyState(field);
    if (type === 'keydown' || type === 'keyup') {
      const key = event as KeyboardEvent;
      state.capsLock = key.getModifierState('CapsLock');
      // 229: the key went to an IME (some engines leave isComposing false on keydown).
      if (key.isComposing || key.keyCode === 229) state.composing = true;
    } else if (type === 'compositionstart') state.composing = true;
    else if (type === 'compositionend') state.composing = false;
    else state.composing = (event as InputEvent).isComposing === true;
    show(field, checkPassword(field.value, state), null);
  });

  for (const type of EVENTS) doc.addEventListener(type, onEvent, { capture: true, passive: true });

  return {
    /** An event that arrived before this UI was loaded (the one that asked for it): handled as if just seen. */
    handle: onEvent,
    /** Text typed into the field while this UI was loading, checked as if just typed. */
    catchUp: guard((target: EventTarget | null) => {
      const found = fieldOf(target);
      if (!settings || !found?.field.value) return;
      if (found.kind === 'identifier') checkIdentifierField(found.field, true);
      else show(found.field, checkPassword(found.field.value, keyState(found.field)), null);
    }),
    /** null turns the hints off and takes down every hint shown. */
    update(next: HintTexts | null): void {
      settings = next;
      if (!next) for (const field of [...hosts.keys()]) hide(field);
    },
    dispose(): void {
      for (const type of EVENTS) doc.removeEventListener(type, onEvent, { capture: true });
      this.update(null);
    },
  };
}
