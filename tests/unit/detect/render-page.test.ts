// The include mechanism our own pages are assembled with (tests/pages/render.ts): what it expands, and
// that every way of getting it wrong fails loudly instead of serving a page without its chrome.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PARTIALS_DIR, renderPage } from '../../pages/render';
import { PAGES_DIR } from './load-page';

let dir = '';
/** A throwaway pages folder: the page is index.html, the partials go to _partials/<name>.html. */
function site(page: string, partials: Record<string, string>): string {
  dir = mkdtempSync(path.join(tmpdir(), 'render-page-'));
  mkdirSync(path.join(dir, PARTIALS_DIR));
  for (const [name, text] of Object.entries(partials))
    writeFileSync(path.join(dir, PARTIALS_DIR, `${name}.html`), text);
  writeFileSync(path.join(dir, 'index.html'), page);
  return path.join(dir, 'index.html');
}
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('renderPage', () => {
  it('replaces a directive line by the partial, indented like the directive, nested partials too', () => {
    const page = site('<body>\n  <!-- include: outer -->\n</body>\n', {
      outer: '<div id="a">\n  <!-- include: inner.ja -->\n\n</div>\n',
      'inner.ja': '<p class="aok-hidden">x</p>\n',
    });
    expect(renderPage(page)).toBe('<body>\n  <div id="a">\n    <p class="aok-hidden">x</p>\n\n  </div>\n</body>\n');
  });

  it('leaves a page without directives untouched', () => {
    const html = '<!doctype html>\n<p><!-- unverified --> text</p>\n';
    expect(renderPage(site(html, {}))).toBe(html);
  });

  it('fails on a missing partial, naming the page and the partial', () => {
    expect(() => renderPage(site('<!-- include: nowhere.ja -->\n', {}))).toThrow(
      /index\.html: no partial "nowhere\.ja"/,
    );
  });

  it('fails on a missing partial included by a partial, naming the chain', () => {
    expect(() => renderPage(site('<!-- include: a -->\n', { a: '<!-- include: b -->\n' }))).toThrow(
      /index\.html → a: no partial "b"/,
    );
  });

  it('fails on a cycle', () => {
    expect(() =>
      renderPage(site('<!-- include: a -->\n', { a: '<!-- include: b -->\n', b: '<!-- include: a -->\n' })),
    ).toThrow(/cycle/);
  });

  it('fails past the depth bound', () => {
    const partials = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [`p${i}`, `<!-- include: p${i + 1} -->\n`]),
    );
    partials.p6 = '<p>deep</p>\n';
    expect(() => renderPage(site('<!-- include: p0 -->\n', partials))).toThrow(/deeper than/);
  });

  it("fills a partial's {{placeholders}} from the directive's key=value parameters, passing them on to nested partials", () => {
    const page = site('<body>\n  <!-- include: form.ja email=hanako@example.jp failed=1 -->\n</body>\n', {
      'form.ja':
        '<span>{{email}}</span>\n<a href="/ap/signin?failedSignInCount={{failed}}&amp;x={{failed}}">x</a>\n<!-- include: hidden email={{email}} -->\n',
      hidden: '<input type="hidden" name="email" value="{{email}}" />\n',
    });
    expect(renderPage(page)).toBe(
      '<body>\n  <span>hanako@example.jp</span>\n  <a href="/ap/signin?failedSignInCount=1&amp;x=1">x</a>\n  <input type="hidden" name="email" value="hanako@example.jp" />\n</body>\n',
    );
  });

  it('leaves {{…}} in the page itself alone (only partials take parameters)', () => {
    const html = '<p>{{email}}</p>\n';
    expect(renderPage(site(html, {}))).toBe(html);
  });

  it('fails on a missing parameter, naming the page, the partial and the parameter', () => {
    expect(() =>
      renderPage(site('<!-- include: form email=a@b.jp -->\n', { form: '<p>{{email}} {{failed}}</p>\n' })),
    ).toThrow(/index\.html: missing parameter "failed" for partial "form"/);
  });

  it('fails on an unknown parameter, naming the page, the partial and the parameter', () => {
    expect(() =>
      renderPage(site('<!-- include: form email=a@b.jp mail=x -->\n', { form: '<p>{{email}}</p>\n' })),
    ).toThrow(/index\.html: unknown parameter "mail" for partial "form"/);
    expect(() => renderPage(site('<!-- include: plain x=1 -->\n', { plain: '<p>no placeholders</p>\n' }))).toThrow(
      /index\.html: unknown parameter "x" for partial "plain"/,
    );
  });

  it('fails on a missing parameter of a nested partial, naming the chain', () => {
    expect(() =>
      renderPage(site('<!-- include: a -->\n', { a: '<!-- include: b -->\n', b: '<p>{{email}}</p>\n' })),
    ).toThrow(/index\.html → a: missing parameter "email" for partial "b"/);
  });

  it('fails on a parameter given twice', () => {
    expect(() => renderPage(site('<!-- include: form email=a email=b -->\n', { form: '<p>{{email}}</p>\n' }))).toThrow(
      /given twice/,
    );
  });

  it.each([
    ['mid-line', '<div><!-- include: a --></div>\n'],
    ['a path', '<!-- include: ../a -->\n'],
    ['no name', '<!-- include: -->\n'],
    ['a value with a space', '<!-- include: a email="a b" -->\n'],
    ['a parameter without a value', '<!-- include: a email -->\n'],
    ['a parameter with an empty value', '<!-- include: a email= -->\n'],
  ])('fails on a directive that is %s', (_what, page) => {
    expect(() => renderPage(site(page, { a: '<p>a</p>\n' }))).toThrow(/malformed include directive/);
  });
});

describe('the partials of tests/pages', () => {
  const partialsDir = path.join(PAGES_DIR, PARTIALS_DIR);
  const names = readdirSync(partialsDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -'.html'.length));
  const sources = [
    ...readdirSync(PAGES_DIR)
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(path.join(PAGES_DIR, f), 'utf8')),
    ...names.map((n) => readFileSync(path.join(partialsDir, `${n}.html`), 'utf8')),
  ];
  const used = (name: string) =>
    sources.some((s) =>
      new RegExp(`<!--[ \\t]*include:[ \\t]*${name.replaceAll('.', '\\.')}(?:[ \\t][^>]*)?-->`).test(s),
    );

  it.each(names)('%s is included somewhere (no dead partials)', (name) => {
    expect(used(name)).toBe(true);
  });

  // The point of the partials: a page that pastes one back in (ignoring indentation) fails here.
  const lines = (text: string) => text.split('\n').map((l) => l.trim());
  const pages = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'));
  it.each(names)('no page pastes %s instead of including it', (name) => {
    // A {{placeholder}} matches any value, so a pasted parameterised form is caught too.
    const partial = lines(readFileSync(path.join(partialsDir, `${name}.html`), 'utf8'))
      .filter((l) => l !== '')
      .map(
        (l) =>
          new RegExp(
            `^${l
              .split(/\{\{[A-Za-z][A-Za-z0-9_]*\}\}/)
              .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              .join('\\S+')}$`,
          ),
      );
    for (const file of pages) {
      const page = lines(readFileSync(path.join(PAGES_DIR, file), 'utf8')).filter((l) => l !== '');
      const at = page.findIndex((_, i) => partial.every((l, j) => l.test(page[i + j] ?? '')));
      expect(at, `${file} repeats ${name}`).toBe(-1);
    }
  });
});
