// The content script's first look before the load event (first-look.ts): every page whose problem is
// in the HTML as parsed is a 'problem' (its banner comes at once, not after the images), on real
// captures and our ja/en pages alike; a clean form page is 'clean' (nothing more before its load
// event); a page not laid out yet is 'not-laid-out'.
import { describe, expect, it } from 'vitest';
import { firstLook } from '../../../content-scripts/first-look';
import { CAPTURES } from '../../fixtures/captures/index';
import { loadCapture, loadOwnPage, ownPages, pageFromHtml, readOwnPage, withLayout } from '../detect/load-page';

const windowOf = (doc: Document) => doc.defaultView as Window & typeof globalThis;

function cookiesOff(doc: Document): Document {
  Object.defineProperty(windowOf(doc).navigator, 'cookieEnabled', { configurable: true, get: () => false });
  return doc;
}

/** Every page that shows its problem in its HTML (late pages put theirs in with a script after load). */
const problemPages = [
  ...CAPTURES.filter((c) => c.cause).map((c) => ({ name: c.file, load: () => loadCapture(c.file, c.url) })),
  ...ownPages()
    .filter((p) => p.cause && p.lateMs === null)
    .map((p) => ({ name: p.file, load: () => (p.cookiesBlocked ? cookiesOff : (d: Document) => d)(loadOwnPage(p)) })),
];

describe('firstLook', () => {
  it.each(problemPages)('$name: a problem in the HTML is seen at once', ({ load }) => {
    expect(firstLook(windowOf(withLayout(load())))).toBe('problem');
  });

  it.each(['wrong-password.ja.html', 'wrong-password.en.html'])('%s without a stylesheet’s layout too', (file) => {
    expect(firstLook(windowOf(loadOwnPage(readOwnPage(file))))).toBe('problem');
  });

  // Our pages: the captures' cookie warning is hidden by Amazon's stylesheet, which jsdom doesn't have.
  it.each(['password-clean.ja.html', 'claim-clean.ja.html', 'register-clean.en.html'])(
    '%s: a clean form page is clean (the rest waits for its load event)',
    (file) => {
      expect(firstLook(windowOf(withLayout(loadOwnPage(readOwnPage(file)))))).toBe('clean');
    },
  );

  it('a late error (shown by the page’s script after load) is not seen in the HTML as parsed', () => {
    const late = ownPages().find((p) => p.lateMs !== null);
    expect(late).toBeDefined();
    expect(firstLook(windowOf(withLayout(loadOwnPage(late!))))).toBe('clean');
  });

  it('a clean page with cookies off is a problem (the browser’s state is the cause)', () => {
    expect(firstLook(windowOf(cookiesOff(withLayout(loadOwnPage(readOwnPage('password-clean.ja.html'))))))).toBe(
      'problem',
    );
  });

  it('a page that is not a sign-in page is clean', () => {
    expect(firstLook(windowOf(withLayout(loadOwnPage(readOwnPage('product.ja.html')))))).toBe('clean');
  });

  it('before the first layout (no layout box for the body) it can’t tell yet', () => {
    const doc = loadOwnPage(readOwnPage('wrong-password.ja.html'));
    Object.defineProperty(windowOf(doc).Element.prototype, 'checkVisibility', {
      configurable: true,
      value: () => false,
    });
    expect(firstLook(windowOf(doc))).toBe('not-laid-out');
    const empty = pageFromHtml('<html><head></head></html>', 'https://www.amazon.co.jp/ap/signin');
    empty.body?.remove();
    expect(firstLook(windowOf(empty))).toBe('not-laid-out');
  });
});
