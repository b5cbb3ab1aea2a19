// The page structure for the maintainers' report, read off our own pages: what it holds (ids, classes,
// names, masked words) and what it never holds (typed values, hidden input values, the query, names).
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/detect/detect';
import { pageStructure, STRUCTURE_LIMITS } from '../../../src/detect/page-structure';
import { parseMessage } from '../../../src/messages';
import { parsePageStructure } from '../../../src/structure-check';
import { loadOwnPage, ownPages, type OwnPage } from '../detect/load-page';

const PAGES = ownPages();
const byFile = (file: string): OwnPage => PAGES.find((p) => p.file === file)!;

function structureOf(page: OwnPage, prepare?: (doc: Document) => void) {
  const doc = loadOwnPage(page);
  prepare?.(doc);
  const diagnosis = detect(doc, page.url, { cookiesEnabled: true });
  return { doc, diagnosis, structure: pageStructure(doc, page.url, diagnosis) };
}

const TYPED = ['typed-secret@example.org', 'Hunter2-typed-password', '08011112222'];

function typeIntoEveryField(doc: Document): void {
  const fields = doc.querySelectorAll<HTMLInputElement>(
    'input:not([type=hidden]):not([type=submit]):not([type=checkbox])',
  );
  fields.forEach((field, i) => {
    field.value = TYPED[i % TYPED.length]!;
  });
}

describe('pageStructure', () => {
  it("an unknown error naming the person: its words masked, the page's form and hidden input names kept", () => {
    const page = byFile('unknown-error-personal.ja.html');
    const { structure } = structureOf(page, typeIntoEveryField);
    expect(structure).toMatchObject({
      store: 'jp',
      host: 'www.amazon.co.jp',
      step: 'password',
      cause: 'unknown-error',
      appAction: 'SIGNIN_PWD_COLLECT',
    });
    expect(structure.path).toBe('/ap/signin/[number]');
    const box = structure.alerts.find((a) => a.id === 'auth-error-message-box');
    expect(box?.classes).toContain('a-alert-error');
    expect(box?.text).toContain('[name]様');
    expect(box?.text).toContain('[email]');
    expect(box?.text).toContain('[number]');
    const form = structure.forms.find((f) => f.name === 'signIn');
    expect(form?.action).toBe('/ap/signin');
    expect(form?.hiddenInputs).toEqual(
      expect.arrayContaining(['appActionToken', 'appAction', 'email', 'workflowState']),
    );
    const json = JSON.stringify(structure);
    for (const secret of [
      ...TYPED,
      '山田',
      '花子',
      'hanako',
      '090',
      '1234',
      '5678',
      '４５６７',
      'ape:',
      'EXAMPLEtoken',
    ]) {
      expect(json, secret).not.toContain(secret);
    }
  });

  it.each(PAGES.filter((p) => p.step !== 'not-signin').map((p) => [p.file, p] as const))(
    '%s: no typed value, no hidden value, no query in the structure; it passes its own validation',
    (_f, page) => {
      const { doc, structure } = structureOf(page, typeIntoEveryField);
      const json = JSON.stringify(structure);
      for (const secret of TYPED) expect(json).not.toContain(secret);
      // appAction is the one hidden value the report carries on purpose (a constant naming the step).
      for (const input of Array.from(
        doc.querySelectorAll<HTMLInputElement>('input[type=hidden]:not([name=appAction])'),
      )) {
        if (input.value.length >= 6) expect(json).not.toContain(input.value);
      }
      expect(json).not.toContain('?');
      expect(parsePageStructure(JSON.parse(json))).toEqual(structure);
    },
  );

  it('lists only shown alert boxes: informational notes are listed (with their kind), hidden boxes are not', () => {
    const { structure } = structureOf(byFile('register-clean.ja.html'));
    expect(structure.alerts.map((a) => [a.id, a.kind])).toEqual([['auth-password-requirement-info', 'info']]);
  });

  it('stays within its limits on a page with hundreds of forms, alerts and hidden inputs', () => {
    const page = byFile('signin-clean.en.html');
    const { structure } = structureOf(page, (doc) => {
      const many = '<form class="f"><input type="hidden" name="n" value="v">'.repeat(1);
      for (let i = 0; i < 300; i++) {
        doc.body.insertAdjacentHTML(
          'beforeend',
          `${many.replace('name="n"', `name="n${i}"`)}</form><div class="a-alert a-alert-error" id="x${i}"><p>${'word '.repeat(400)}</p></div>`,
        );
      }
    });
    expect(structure.forms.length).toBeLessThanOrEqual(STRUCTURE_LIMITS.forms);
    expect(structure.alerts.length).toBeLessThanOrEqual(STRUCTURE_LIMITS.alerts);
    expect(structure.forms.flatMap((f) => f.hiddenInputs).length).toBeLessThanOrEqual(STRUCTURE_LIMITS.hiddenInputs);
    expect(parsePageStructure(structure)).toEqual(structure);
  });
});

describe('the structure in the diagnosis message', () => {
  const page = byFile('unknown-error.en.html');
  const { diagnosis, structure } = structureOf(page);

  it('is accepted when valid, and may be null or absent', () => {
    for (const s of [structure, null, undefined]) {
      const result = parseMessage({ type: 'cs-bg-diagnosis', diagnosis, structure: s });
      expect(result.ok).toBe(true);
    }
  });

  it.each([
    ['an unknown key', { ...structure, values: ['x'] }],
    ['a field value smuggled into an alert', { ...structure, alerts: [{ ...structure.alerts[0], value: 'typed' }] }],
    ['an oversized text', { ...structure, alerts: [{ ...structure.alerts[0], text: 'x'.repeat(5000) }] }],
    ['too many forms', { ...structure, forms: Array(50).fill(structure.forms[0]) }],
    ['a wrong kind', { ...structure, alerts: [{ ...structure.alerts[0], kind: 'danger' }] }],
    ['an unknown store', { ...structure, store: 'moon' }],
    ['not an object', 'structure'],
  ])('is refused with %s', (_name, bad) => {
    expect(parseMessage({ type: 'cs-bg-diagnosis', diagnosis, structure: bad }).ok).toBe(false);
  });
});
