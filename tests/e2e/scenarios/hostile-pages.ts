// Hostile variants of real Amazon captures, served on their real addresses: the page's own scripts
// and styles try to drive, fool, hide or swamp the extension. Each page is a capture plus injected
// markup, so everything else about it (Amazon's markup, its own scripts) stays real. Below them, the
// scripts a hostile page runs against the banner.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CAPTURES } from '../env';
import { US } from '../routes';
import type { Route } from '../server';

export const HOSTILE = {
  /** An error Amazon doesn't usually show (unknown-error: its banner button clears cookies), with cookies to lose. */
  forged: `${US}/ap/signin?hostile=forged`,
  /** The clean sign-in page, where the page's script adds a look-alike banner. */
  lookAlike: `${US}/ap/signin?hostile=look-alike`,
  /** Amazon's alert carrying markup as text. */
  markup: `${US}/ap/signin?hostile=markup`,
  /** Page styles aimed at our host element, and at everything. */
  css: `${US}/ap/signin?hostile=css`,
  cssEverything: `${US}/ap/signin?hostile=css-everything`,
  /** Error box held back by the page; its script can storm the DOM and then show it. */
  storm: `${US}/ap/signin?hostile=storm`,
  /** A strict Content-Security-Policy (no inline styles, scripts only from the page's origin). */
  csp: `${US}/ap/signin?hostile=csp`,
} as const;

/** Cookies the forged page sets: clearing would remove them. */
export const FORGED_COOKIES = ['hostile-a=1; Domain=.amazon.com; Path=/; Secure', 'hostile-b=2; Path=/; Secure'];

/** An alert no rule knows: the banner then offers to clear the store's cookies. */
export const UNKNOWN_ERROR = 'Something went wrong with request 7 (hostile test)';

/** Markup Amazon might echo back as text; the page shows it escaped, so must we. */
export const MARKUP_TEXT = '<img src=x onerror="window.__pwned=1"> <b>bold</b>';
const escapeHtml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Rules a page could aim at our tag or attribute to make the banner vanish or look like something else. */
export const HIDING_CSS = `
signin-helper-banner, [data-signin-helper-cause] {
  display: none !important; visibility: hidden !important; opacity: 0 !important; zoom: 0.01 !important;
  position: absolute !important; left: -10000px !important; top: -10000px !important;
  width: 0 !important; height: 0 !important; max-height: 0 !important; overflow: hidden !important;
  transform: scale(0) !important; clip-path: inset(50%) !important; filter: opacity(0) !important;
  content-visibility: hidden !important; color: red !important; font-size: 2px !important;
}
body > :first-child { display: none !important; }
@layer hostile { signin-helper-banner { display: none !important; } }
* { color: red !important; background: lime !important; font-size: 2px !important; }
`;

const capture = (file: string) => readFileSync(path.join(CAPTURES, file), 'utf8');

function inject(html: string, where: '</head>' | '</body>', markup: string): string {
  const at = html.lastIndexOf(where);
  if (at < 0) throw new Error(`capture has no ${where}`);
  return html.slice(0, at) + markup + html.slice(at);
}

/** Holds back Amazon's error box; hostileShowError() puts it back, hostileStorm(ms, n) churns the DOM. */
const STORM_SCRIPT = `<script>(() => {
  const box = document.getElementById('auth-error-message-box');
  const parent = box.parentNode, next = box.nextSibling;
  box.remove();
  window.hostileShowError = () => parent.insertBefore(box, next);
  window.hostileStorm = (ms, perFrame) => new Promise((resolve) => {
    const pen = document.createElement('div');
    document.body.append(pen);
    const start = performance.now();
    let frames = 0, last = start, longest = 0;
    const frame = (now) => {
      longest = Math.max(longest, now - last); last = now; frames++;
      for (let i = 0; i < perFrame; i++) pen.append(document.createElement('span'));
      pen.className = 'a-alert-error storm-' + frames;
      pen.replaceChildren();
      if (now - start < ms) requestAnimationFrame(frame); else { pen.remove(); resolve({ frames, longest }); }
    };
    requestAnimationFrame(frame);
  });
})();</script>`;

export function hostileRoutes(): Route[] {
  const signin = capture('signin.html');
  const invalidPassword = capture('post-signin-invalid-password.html');
  const markup = invalidPassword.replace(
    'Your password is incorrect',
    `Your password is incorrect ${escapeHtml(MARKUP_TEXT)}`,
  );
  if (markup === invalidPassword)
    throw new Error('post-signin-invalid-password.html no longer says "Your password is incorrect"');
  const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'">`;
  return [
    {
      url: HOSTILE.forged,
      html: invalidPassword.replace('Your password is incorrect', UNKNOWN_ERROR),
      cookies: FORGED_COOKIES,
    },
    { url: HOSTILE.lookAlike, html: signin },
    { url: HOSTILE.markup, html: markup },
    { url: HOSTILE.css, html: inject(invalidPassword, '</head>', `<style>${HIDING_CSS}</style>`) },
    {
      url: HOSTILE.cssEverything,
      html: inject(invalidPassword, '</head>', '<style>* { display: none !important; color: red !important; }</style>'),
    },
    { url: HOSTILE.storm, html: inject(invalidPassword, '</body>', STORM_SCRIPT) },
    // The policy goes first in <head>, before anything it governs.
    { url: HOSTILE.csp, html: invalidPassword.replace(/<head[^>]*>/i, (head) => head + csp) },
  ];
}

// Page scripts, run in the page's main world (driver.evaluate): they must not close over anything.

/** Everything a page script can throw at the banner: events on the host and at its buttons' positions. */
export function forgeEvents(): { shadowRoot: boolean; attachRefused: boolean } {
  const host = document.querySelector('[data-signin-helper-cause]') as HTMLElement;
  const r = host.getBoundingClientRect();
  const points = [0.2, 0.5, 0.8].flatMap((fx) =>
    [0.5, 0.85].map((fy) => [r.x + r.width * fx, r.y + r.height * fy] as const),
  );
  const targets = new Set<Element>([host, ...points.flatMap(([x, y]) => document.elementsFromPoint(x, y))]);
  for (const target of targets) {
    for (const [x, y] of points) {
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        target.dispatchEvent(
          new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y }),
        );
      }
    }
    for (const key of ['Enter', ' ']) {
      target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
    }
    (target as HTMLElement).click?.();
  }
  host.focus();
  document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  let attachRefused = false;
  try {
    host.attachShadow({ mode: 'open' });
  } catch {
    attachRefused = true;
  }
  return { shadowRoot: host.shadowRoot !== null, attachRefused };
}

/** The page posts and dispatches objects shaped like the extension's runtime messages. */
export function postLookAlikes(): void {
  const shapes = [
    { type: 'cs-bg-clear-cookies' },
    { type: 'ui-bg-clear-cookies', marketplace: 'us', tabId: null },
    { type: 'cs-bg-open-popup' },
    {
      type: 'cs-bg-diagnosis',
      diagnosis: { cause: 'account-locked', step: 'password', marketplace: 'us', alert: null, hints: [] },
    },
  ];
  for (const m of shapes) {
    window.postMessage(m, '*');
    window.postMessage(JSON.stringify(m), '*');
    window.dispatchEvent(new MessageEvent('message', { data: m, origin: location.origin }));
    document.dispatchEvent(new CustomEvent(m.type, { detail: m, bubbles: true }));
  }
}
