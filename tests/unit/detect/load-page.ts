// Loads an HTML page into its own jsdom document at the URL it was served from. Scripts never run
// unless a test asks for it (the "error inserted after load" page).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCauseId, type CauseId } from '../../../src/detect/types';
import { renderPage } from '../../pages/render';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The real captures (tests/fixtures/captures, with their origin and licence); never shipped. */
export const CAPTURES_DIR = process.env.CAPTURES_DIR ?? path.join(repo, 'tests/fixtures/captures');
export const PAGES_DIR = path.join(repo, 'tests/pages');

// jsdom ships no type declarations and @types/jsdom is not installed: type the little we use here, locally,
// so nothing global is declared.
interface CookieJar {
  setCookieSync(...args: unknown[]): unknown;
}
interface JsdomOptions {
  url?: string;
  runScripts?: 'dangerously' | 'outside-only';
  cookieJar?: CookieJar;
}
interface Jsdom {
  window: Window & typeof globalThis;
}
const jsdom = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string, options?: JsdomOptions) => Jsdom;
  CookieJar: new () => CookieJar;
};

export interface LoadOptions {
  runScripts?: 'dangerously';
  /** The page's scripts run in a browser that drops every cookie but keeps navigator.cookieEnabled
   *  true (what Chromium does with "block all cookies"). */
  refuseCookies?: boolean;
}

export function pageFromHtml(html: string, url: string, options: LoadOptions = {}): Document {
  const cookieJar = new jsdom.CookieJar();
  if (options.refuseCookies) cookieJar.setCookieSync = () => undefined;
  return new jsdom.JSDOM(html, { url, cookieJar, ...(options.runScripts ? { runScripts: options.runScripts } : {}) })
    .window.document;
}

/** Gives a jsdom page the layout check a browser has (Element.checkVisibility), from jsdom's computed
 *  styles, which do apply the page's <style> rules. Only this page's window is changed. */
export function withLayout(doc: Document): Document {
  const win = doc.defaultView;
  if (!win) throw new Error('document has no window');
  Object.defineProperty(win.Element.prototype, 'checkVisibility', {
    configurable: true,
    value(this: Element): boolean {
      for (let e: Element | null = this; e; e = e.parentElement) {
        const style = win.getComputedStyle(e);
        if (style.display === 'none' || style.visibility === 'hidden') return false;
      }
      return true;
    },
  });
  return doc;
}

export function loadCapture(file: string, url: string): Document {
  return pageFromHtml(readFileSync(path.join(CAPTURES_DIR, file), 'utf8'), url);
}

/** One of our own pages with what it declares in its <meta> tags (see tests/pages/README.md). */
export interface OwnPage {
  file: string;
  html: string;
  /** null for "none". */
  cause: CauseId | null;
  /** A Step, or 'not-signin' when detect() must return null. */
  step: string;
  url: string;
  /** Amazon's words the diagnosis must carry, or null when it carries none. */
  alert: { heading: string; text: string } | null;
  /** The page is served to a browser that refuses cookies (env.cookiesEnabled false). */
  cookiesBlocked: boolean;
  /** The page's own script shows the alert this many ms after load; null if the page is static. */
  lateMs: number | null;
  /** <html lang>, e.g. "ja-JP". */
  lang: string;
  /** The sign-in door's service (<meta name="expected-service">), null on a store's own sign-in. */
  service: string | null;
}

function meta(doc: Document, name: string): string | null {
  return doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;
}

function required(doc: Document, file: string, name: string): string {
  const value = meta(doc, name);
  if (value === null) throw new Error(`${file}: missing <meta name="${name}">`);
  return value;
}

export function readOwnPage(file: string): OwnPage {
  // Expanded from its partials (tests/pages/_partials): the tests see what a browser is served.
  const html = renderPage(path.join(PAGES_DIR, file));
  const doc = pageFromHtml(html, 'about:blank');
  const cause = required(doc, file, 'expected-cause');
  if (cause !== 'none' && !isCauseId(cause)) throw new Error(`${file}: unknown expected-cause "${cause}"`);
  const heading = meta(doc, 'expected-alert-heading');
  const text = meta(doc, 'expected-alert-text');
  const late = meta(doc, 'late-alert-ms');
  return {
    file,
    html,
    cause: cause === 'none' ? null : cause,
    step: required(doc, file, 'expected-step'),
    url: required(doc, file, 'served-at'),
    alert: heading === null && text === null ? null : { heading: heading ?? '', text: text ?? '' },
    cookiesBlocked: meta(doc, 'env-cookies') === 'blocked',
    lateMs: late === null ? null : Number(late),
    lang: doc.documentElement.lang,
    service: meta(doc, 'expected-service'),
  };
}

/** Every page in tests/pages, found on disk (a page added or lost changes the count the tests check).
 *  Only the folder's own .html files: the partials in _partials/ are not pages. */
export function ownPages(): OwnPage[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => e.name)
    .sort()
    .map(readOwnPage);
}

export function loadOwnPage(page: OwnPage, options: LoadOptions = {}): Document {
  return pageFromHtml(page.html, page.url, options);
}
