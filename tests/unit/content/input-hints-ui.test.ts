import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HINT_TAG, inputHints } from '../../../content-scripts/input-hints-ui';
import { createShadowHost } from '../../../content-scripts/shadow';
import { captureShadowRoots, dispatchTrusted } from './helpers';

const TEXTS = {
  extShortName: 'Sign-in Helper',
  inputHintSpaceEdge: 'Space at the start or end.',
  inputHintSpaceInner: 'Space inside.',
  inputHintFullWidth: 'Full-width characters.',
  inputHintTypo: 'Did you mean:',
  inputHintCarrierMail: 'Carrier mail may be gone.',
  inputHintCapsLock: 'Caps Lock is on.',
  inputHintIme: 'IME is on.',
};

let roots: Map<Element, ShadowRoot>;
let ui: ReturnType<typeof inputHints>;

beforeEach(() => {
  document.body.innerHTML = `<form name="signIn">
    <input id="ap_email" name="email" type="text"><span id="after-email"></span>
    <input id="ap_password" name="password" type="password"><span id="after-password"></span>
    <input id="other" name="guess" type="text">
  </form>`;
  roots = captureShadowRoots();
  ui = inputHints(document, createShadowHost);
  ui.update({ texts: TEXTS, language: 'en' });
});

afterEach(() => {
  ui.dispose();
  vi.restoreAllMocks();
});

const email = () => document.getElementById('ap_email') as HTMLInputElement;
const password = () => document.getElementById('ap_password') as HTMLInputElement;

function type(field: HTMLInputElement, value: string, trusted = true): void {
  field.value = value;
  const event = new InputEvent('input', { bubbles: true });
  if (trusted) dispatchTrusted(field, event);
  else field.dispatchEvent(event);
}

/** The hint shown right after a field, or null. */
function hintAfter(field: HTMLInputElement): string | null {
  const next = field.nextElementSibling;
  return next?.localName === HINT_TAG ? (roots.get(next)!.textContent ?? '') : null;
}

describe('input hints', () => {
  it('shows a hint right after the identifier field while typing, and removes it when fixed', () => {
    type(email(), ' taro@example.org');
    expect(hintAfter(email())).toContain('Space at the start or end.');
    expect(hintAfter(email())).toContain('Sign-in Helper');
    expect(roots.get(email().nextElementSibling!)!.querySelector('[role="status"]')).not.toBeNull();
    type(email(), 'taro@example.org');
    expect(hintAfter(email())).toBeNull();
    expect(document.querySelector(HINT_TAG)).toBeNull();
  });

  it('suggests the domain, and never repeats what was typed', () => {
    type(email(), 'secretname@gmial.com');
    const text = hintAfter(email())!;
    expect(text).toContain('Did you mean: @gmail.com');
    expect(text).not.toContain('secretname');
  });

  it('waits until the field is left before suggesting for a domain still being typed', () => {
    type(email(), 'taro@gmail.co');
    expect(hintAfter(email())).toBeNull();
    dispatchTrusted(email(), new FocusEvent('focusout', { bubbles: true }));
    expect(hintAfter(email())).toContain('@gmail.com');
  });

  it('names carrier mail', () => {
    type(email(), 'taro@docomo.ne.jp');
    expect(hintAfter(email())).toContain('Carrier mail may be gone.');
  });

  it('ignores forged input events and fields that are not Amazon sign-in fields', () => {
    type(email(), ' taro@gmial.com', false);
    expect(hintAfter(email())).toBeNull();
    const other = document.getElementById('other') as HTMLInputElement;
    type(other, ' taro@gmial.com');
    expect(other.nextElementSibling?.localName).not.toBe(HINT_TAG);
  });

  it('covers fields added after start (listeners on the document)', () => {
    const late = document.createElement('input');
    late.id = 'ap_email_login';
    late.name = 'email';
    late.type = 'tel';
    document.body.append(late);
    type(late, '０９０１２３４５６７８');
    expect(hintAfter(late)).toContain('Full-width characters.');
  });

  it('warns about Caps Lock in the password field and clears when it is off', () => {
    password().value = 'ABC';
    dispatchTrusted(password(), new KeyboardEvent('keydown', { key: 'A', bubbles: true, modifierCapsLock: true }));
    expect(hintAfter(password())).toContain('Caps Lock is on.');
    dispatchTrusted(
      password(),
      new KeyboardEvent('keyup', { key: 'CapsLock', bubbles: true, modifierCapsLock: false }),
    );
    expect(hintAfter(password())).toBeNull();
  });

  it('warns about IME composition and full-width characters in the password', () => {
    dispatchTrusted(password(), new CompositionEvent('compositionstart', { bubbles: true }));
    expect(hintAfter(password())).toContain('IME is on.');
    dispatchTrusted(password(), new CompositionEvent('compositionend', { bubbles: true }));
    expect(hintAfter(password())).toBeNull();
    type(password(), 'ｐａｓｓ');
    expect(hintAfter(password())).toContain('IME is on.');
    dispatchTrusted(password(), new FocusEvent('focusout', { bubbles: true }));
    expect(hintAfter(password())).toBeNull();
  });

  it('turning hints off takes every hint down and stops new ones', () => {
    type(email(), ' taro@gmial.com');
    type(password(), 'ｐａｓｓ');
    expect(document.querySelectorAll(HINT_TAG)).toHaveLength(2);
    ui.update(null);
    expect(document.querySelectorAll(HINT_TAG)).toHaveLength(0);
    type(email(), ' taro@gmial.com');
    expect(document.querySelectorAll(HINT_TAG)).toHaveLength(0);
  });
});
