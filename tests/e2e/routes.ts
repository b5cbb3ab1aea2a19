// What the fake Amazon serves where, and what the extension should say about each page.
// Real captures come from tests/fixtures/captures (or $E2E_CAPTURES); our own pages in
// tests/pages declare their URL and expected cause themselves (see ownPages).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SIGNIN_HOSTS } from '../../src/signin-pages';
import { CAPTURES as CAPTURE_INDEX } from '../fixtures/captures/index';
import { CAPTURES, OWN_PAGES, SetupError } from './env';
import { PARTIALS_DIR, renderPage } from '../pages/render';
import type { Route } from './server';

export const JP = 'https://www.amazon.co.jp';
export const US = 'https://www.amazon.com';
export const OTHER = 'https://www.example.org';
/** Every sign-in host, stores' and doors' (src/signin-pages.ts: our pages cover amazon.de, .fr, .com.br,
 *  Seller Central, Login with Amazon …), and a non-Amazon site. */
export const HOSTS: readonly string[] = [...SIGNIN_HOSTS.map((s) => s.host), 'www.example.org'];

/** A page with a known answer: the banner's cause and the popup's data-cause ("none" = no problem). */
export interface Expected {
  label: string;
  url: string;
  cause: string;
  /** The browser must refuse cookies for this page (<meta name="env-cookies" content="blocked">). */
  cookiesBlocked?: boolean;
}

/** Each capture at its own address: where Amazon serves that step, told apart by a `capture` parameter. */
export function captureUrl(file: string): string {
  const entry = CAPTURE_INDEX.find((c) => c.file === file);
  if (!entry) throw new SetupError(`${file} is not in tests/fixtures/captures/index.ts`);
  const url = new URL(entry.url);
  url.searchParams.set('capture', file.replace(/\.html$/, ''));
  return url.href;
}

function capture(file: string): string {
  const full = path.join(CAPTURES, file);
  if (!existsSync(full))
    throw new SetupError(
      `Capture ${full} missing: set E2E_CAPTURES to a folder of the captures or unset it (default tests/fixtures/captures)`,
    );
  return full;
}

export const CAPTURES_EXPECTED: Expected[] = CAPTURE_INDEX.map(({ file, cause }) => ({
  label: file,
  url: captureUrl(file),
  cause: cause ?? 'none',
}));

/** Pages the scenarios need besides the catalogue: cookies on three sites, an error that shows up late. */
export const PAGES = {
  clean: captureUrl('signin.html'),
  wrongPassword: captureUrl('post-signin-invalid-password.html'),
  jpWrongPassword: `${JP}/ap/signin?e2e=smoke`,
  lateError: `${US}/ap/signin?e2e=late-error`,
  /** The same error well after the content script's first, clean look and its reply. */
  laterError: `${US}/ap/signin?e2e=later-error`,
  jpCookies: `${JP}/ap/signin?e2e=cookies`,
  usSigninCookies: `${US}/ap/signin?e2e=cookies`,
  /** Login with Amazon's North American door, a subdomain of amazon.com. */
  doorCookies: 'https://na.account.amazon.com/ap/signin?openid.assoc_handle=amzn_lwa_na&e2e=cookies',
  usCookies: `${US}/e2e/cookies`,
  otherCookies: `${OTHER}/e2e/cookies`,
} as const;

const plain = (title: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><p>${title}</p></body></html>`;

/** Cookies of every shape the "clear this store's cookies" action must catch, and some it must not touch. */
export const JP_COOKIES = [
  'session-id=1; Domain=.amazon.co.jp; Path=/; Secure',
  'ubid-acbjp=2; Domain=amazon.co.jp; Path=/; Secure; HttpOnly; SameSite=Lax',
  'host-only=3; Path=/; Secure',
  'ap-path=4; Path=/ap; Secure',
  'chips=5; Path=/; Secure; SameSite=None; Partitioned',
];
export const US_COOKIES = [
  'session-id=6; Domain=.amazon.com; Path=/; Secure',
  'us-host=7; Path=/; Secure',
  'us-ap=8; Path=/ap; Secure; HttpOnly',
  'us-chips=9; Path=/; Secure; SameSite=None; Partitioned',
];
/** On na.account.amazon.com: its own, its parent's, and amazon.com's shared cookie: all sent to the door. */
export const DOOR_COOKIES = [
  'door-host=10; Path=/; Secure',
  'door-parent=11; Domain=.account.amazon.com; Path=/; Secure',
  'door-shared=12; Domain=.amazon.com; Path=/; Secure; HttpOnly',
];
const OTHER_COOKIES = ['other=8; Domain=.example.org; Path=/; Secure', 'other-host=9; Path=/; Secure'];

export function builtinRoutes(): Route[] {
  return [
    ...CAPTURE_INDEX.map(({ file }) => ({ url: captureUrl(file), file: capture(file) })),
    { url: PAGES.jpWrongPassword, file: capture('post-signin-invalid-password.html') },
    {
      url: PAGES.lateError,
      file: capture('post-signin-invalid-password.html'),
      lateInsertId: 'auth-error-message-box',
      lateMs: 300,
    },
    {
      url: PAGES.laterError,
      file: capture('post-signin-invalid-password.html'),
      lateInsertId: 'auth-error-message-box',
      lateMs: 1500,
    },
    { url: PAGES.jpCookies, file: capture('signin.html'), cookies: JP_COOKIES },
    { url: PAGES.usCookies, html: plain('amazon.com cookies'), cookies: US_COOKIES },
    { url: PAGES.usSigninCookies, file: capture('signin.html'), cookies: US_COOKIES },
    { url: PAGES.doorCookies, file: capture('signin.html'), cookies: DOOR_COOKIES },
    { url: PAGES.otherCookies, html: plain('example.org cookies'), cookies: OTHER_COOKIES },
  ];
}

const meta = (html: string, name: string): string | undefined => {
  const tag = html.match(new RegExp(`<meta\\s[^>]*name=["']${name}["'][^>]*>`, 'i'))?.[0];
  return tag?.match(/content=["']([^"']*)["']/i)?.[1]?.trim();
};

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === PARTIALS_DIR ? [] : htmlFiles(full); // partials are not pages
    return name.endsWith('.html') ? [full] : [];
  });
}

/**
 * Our own pages: every tests/pages/**.html that declares
 *   <meta name="expected-cause" content="wrong-password">   (or "none")
 *   <meta name="served-at" content="https://www.amazon.co.jp/ap/signin?...">
 * and optionally <meta name="env-cookies" content="blocked"> (runs in a browser that refuses cookies).
 * Files without both tags are skipped (work in progress); tests/pages/_partials is never read as pages.
 */
export function ownPages(): { route: Route; expected: Expected }[] {
  const taken = new Set(CAPTURES_EXPECTED.map(({ url }) => url));
  return htmlFiles(OWN_PAGES)
    .sort()
    .flatMap((file) => {
      const html = renderPage(file); // a missing partial fails here, before any browser starts
      const cause = meta(html, 'expected-cause');
      let url = meta(html, 'served-at')?.replaceAll('&amp;', '&');
      if (!cause || !url) return [];
      const label = path.relative(OWN_PAGES, file);
      // Two pages at one URL would shadow each other: tell them apart by an extra query parameter.
      if (taken.has(url)) {
        const u = new URL(url);
        u.searchParams.append('e2e-page', label);
        url = u.toString();
      }
      taken.add(url);
      const cookiesBlocked = meta(html, 'env-cookies') === 'blocked';
      return [{ route: { url, file }, expected: { label, url, cause, cookiesBlocked } }];
    });
}
