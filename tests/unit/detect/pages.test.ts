// Our own Amazon-like pages (tests/pages), each loaded at the URL it declares: the cause, the step and
// Amazon's words it must give. The same pages drive the e2e tests in real browsers.
import { parse as parseHtml } from 'parse5'; // jsdom's own HTML parser, here for its error reports
import { describe, expect, it, vi } from 'vitest';
import { detect } from '../../../src/detect/detect';
import { collapse } from '../../../src/detect/text';
import { CAUSE_IDS } from '../../../src/detect/types';
import { signInAccountOfUrl } from '../../../src/door-store';
import { loadOwnPage, ownPages, withLayout, type OwnPage } from './load-page';

/** Bump when a page is added on purpose; a page lost by accident fails here. */
const PAGE_COUNT = 110;

const PAGES = ownPages();
const byFile = (file: string): OwnPage => {
  const page = PAGES.find((p) => p.file === file);
  if (!page) throw new Error(`no page ${file}`);
  return page;
};
const run = (doc: Document, page: OwnPage, cookiesEnabled = !page.cookiesBlocked) =>
  detect(doc, page.url, { cookiesEnabled });
const isPortal = (page: OwnPage) => /\/(ap|ax)\//.test(new URL(page.url).pathname);

describe('the page set', () => {
  it(`has all ${PAGE_COUNT} pages`, () => {
    expect(PAGES.map((p) => p.file)).toHaveLength(PAGE_COUNT);
  });

  it('serves every page at its own URL (the e2e server routes by host, path and query)', () => {
    const keys = PAGES.map((p) => {
      const u = new URL(p.url);
      return `${u.host}${u.pathname}${u.search}`;
    });
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of PAGES) expect(new URL(p.url).protocol).toBe('https:');
  });

  it('are well-formed HTML: no parse errors that a browser would silently repair differently', () => {
    for (const page of PAGES) {
      const errors: string[] = [];
      parseHtml(page.html, { onParseError: (e) => errors.push(`${e.code} at line ${e.startLine}`) });
      expect(errors, page.file).toEqual([]);
    }
  });

  // Amazon Pay's "amazon.co.jp accounts only" has no English wording anyone has seen (docs/AMAZON-SIGNIN.md).
  const JAPANESE_ONLY: readonly string[] = ['wrong-store-account'];

  it.each(CAUSE_IDS)('has a Japanese amazon.co.jp page and an English amazon.com page for %s', (cause) => {
    const ja = PAGES.filter(
      (p) => p.cause === cause && p.lang.startsWith('ja') && new URL(p.url).host === 'www.amazon.co.jp',
    );
    const en = PAGES.filter(
      (p) => p.cause === cause && p.lang.startsWith('en') && new URL(p.url).host === 'www.amazon.com',
    );
    expect(ja.length, `ja page for ${cause}`).toBeGreaterThan(0);
    if (!JAPANESE_ONLY.includes(cause)) expect(en.length, `en page for ${cause}`).toBeGreaterThan(0);
  });

  it('ships, like real sign-in pages, the cookie warning, the passkey alert and dormant missing-field alerts', () => {
    for (const page of PAGES.filter(isPortal)) {
      const doc = loadOwnPage(page);
      expect(doc.getElementById('auth-cookie-warning-message'), page.file).not.toBeNull();
      const passkey = doc.getElementById('passkey-error-alert');
      expect(passkey, page.file).not.toBeNull();
      expect(passkey?.classList.contains('aok-hidden'), page.file).toBe(page.cause !== 'passkey-error');
      // Every field a person types a claim or password into comes with its inline alert, shipped hidden.
      const fields = doc.querySelectorAll('input#ap_email:not([type=hidden]), input#ap_password, input#ap_email_login');
      if (fields.length > 0) expect(doc.querySelector('.a-alert-inline'), page.file).not.toBeNull();
    }
  }, 30_000); // parses every page: slow on a loaded machine, and not a timing assertion
});

describe.each(PAGES.map((p) => [p.file, p] as const))('%s', (_file, page) => {
  const doc = loadOwnPage(page);
  const result = run(doc, page);

  if (page.step === 'not-signin') {
    it('is not a sign-in page: no diagnosis at all', () => {
      expect(result).toBeNull();
    });
    return;
  }

  const account = signInAccountOfUrl(page.url);
  it(`is on ${account?.marketplace.id}${page.service ? ` (${page.service})` : ''} at step ${page.step}`, () => {
    expect(result).not.toBeNull();
    expect(result?.step).toBe(page.step);
    expect(result?.marketplace).toBe(account?.marketplace.id);
    // A door names its service; a store's own sign-in names none.
    expect(result?.door?.service ?? null).toBe(page.service);
  });

  if (page.lateMs !== null) {
    it('shows nothing until its script inserts the error', () => {
      expect(result?.cause).toBeNull();
      expect(result?.alert).toBeNull();
    });
    return;
  }

  it(`gives ${page.cause ?? 'no cause'}`, () => {
    expect(result?.cause ?? null).toBe(page.cause);
  });

  it("carries Amazon's words exactly as shown", () => {
    expect(result?.alert ?? null).toEqual(page.alert);
    if (result?.alert) {
      // Never invented: both parts are text of the page itself.
      const pageText = collapse(doc.body.textContent ?? '');
      expect(pageText).toContain(result.alert.heading);
      expect(pageText).toContain(result.alert.text);
    }
  });

  it('gives the same answer where the browser lays the page out (checkVisibility)', () => {
    expect(run(withLayout(loadOwnPage(page)), page)).toEqual(result);
  });

  it("does not need the page's stylesheet", () => {
    const bare = loadOwnPage(page);
    bare.querySelectorAll('style').forEach((s) => {
      s.remove();
    });
    expect(run(bare, page)).toEqual(result);
  });
});

describe('cookies', () => {
  const clean = ['signin-clean.ja.html', 'signin-clean.en.html', 'password-clean.ja.html', 'claim-clean.ja.html'];

  it.each(clean)('%s: cookies refused by the browser → cookies-disabled, with the warning box heading', (file) => {
    const page = byFile(file);
    const result = run(loadOwnPage(page), page, false);
    expect(result?.cause).toBe('cookies-disabled');
    expect(result?.alert?.heading).toBe(
      page.lang.startsWith('ja') ? '続行するには、cookieを有効にしてください' : 'Please Enable Cookies to Continue',
    );
  });

  it.each(clean)('%s: cookies allowed → no cause, although the warning box is in the HTML', (file) => {
    const page = byFile(file);
    const doc = loadOwnPage(page);
    expect(doc.getElementById('auth-cookie-warning-message')).not.toBeNull();
    expect(run(doc, page, true)?.cause).toBeNull();
  });

  describe('a browser that refuses cookies but reports them enabled (Chromium "block all cookies")', () => {
    const blocked = PAGES.filter((p) => p.cookiesBlocked);
    const expectedHeading = (p: OwnPage) =>
      p.lang.startsWith('ja') ? '続行するには、cookieを有効にしてください' : 'Please Enable Cookies to Continue';

    it.each(blocked.map((p) => [p.file, p] as const))(
      "%s: the warning Amazon's script reveals is enough",
      (_f, page) => {
        const doc = withLayout(loadOwnPage(page, { runScripts: 'dangerously', refuseCookies: true }));
        expect(run(doc, page, true)).toMatchObject({
          cause: 'cookies-disabled',
          alert: { heading: expectedHeading(page) },
        });
        doc.defaultView?.close();
      },
    );

    it.each(blocked.map((p) => [p.file, p] as const))(
      '%s: with cookies working the script leaves the box hidden',
      (_f, page) => {
        const doc = withLayout(loadOwnPage(page, { runScripts: 'dangerously' }));
        expect(run(doc, page, true)?.cause).toBeNull();
        doc.defaultView?.close();
      },
    );

    it('a box that looks visible only because no stylesheet applies (not loaded yet, saved page) counts for nothing', () => {
      const page = byFile('signin-clean.en.html');
      const doc = withLayout(loadOwnPage(page));
      doc.querySelectorAll('style').forEach((s) => {
        s.remove();
      });
      expect(doc.getElementById('auth-cookie-warning-message')?.checkVisibility()).toBe(true);
      expect(run(doc, page, true)?.cause).toBeNull();
    });

    it('without a layout to ask (jsdom), the box in the HTML counts for nothing', () => {
      const page = byFile('signin-clean.ja.html');
      const doc = loadOwnPage(page);
      doc.getElementById('auth-cookie-warning-message')!.style.display = 'block';
      expect(run(doc, page, true)?.cause).toBeNull();
    });
  });

  it('a refused cookie outranks whatever else the page shows', () => {
    const page = byFile('wrong-password.ja.html');
    expect(run(loadOwnPage(page), page, false)?.cause).toBe('cookies-disabled');
  });
});

describe('hidden alert boxes never count', () => {
  const page = byFile('signin-clean.en.html');
  const BOX = (attrs: string) =>
    `<div id="auth-error-message-box" class="a-box a-alert a-alert-error" role="alert" ${attrs}><div class="a-box-inner a-alert-container"><h4 class="a-alert-heading">There was a problem</h4><div class="a-alert-content"><ul><li><span class="a-list-item">Your password is incorrect</span></li></ul></div></div></div>`;
  const withBox = (html: string): Document => {
    const doc = loadOwnPage(page);
    doc.getElementById('authportal-main-section')!.insertAdjacentHTML('afterbegin', html);
    return doc;
  };

  it('control: the same box, shown, is a wrong password', () => {
    expect(run(withBox(BOX('')), page)?.cause).toBe('wrong-password');
  });

  it.each([
    ['class aok-hidden', BOX('').replace('a-alert-error"', 'a-alert-error aok-hidden"')],
    ['hidden attribute', BOX('hidden')],
    ['inline display:none', BOX('style="display:none"')],
    ['inline display: none !important', BOX('style="display: none !important"')],
    ['inline visibility:hidden', BOX('style="visibility:hidden"')],
    ['aria-hidden', BOX('aria-hidden="true"')],
    ['an aok-hidden ancestor', `<div class="a-section aok-hidden">${BOX('')}</div>`],
    ['a hidden ancestor', `<div hidden><div class="a-section">${BOX('')}</div></div>`],
    ['a display:none ancestor', `<section style="display:none">${BOX('')}</section>`],
    ['inside <noscript>', `<noscript>${BOX('')}</noscript>`],
    ['inside <template>', `<template>${BOX('')}</template>`],
    [
      'a client-side template <script> carrying the classes',
      `<script type="text/x-template" id="auth-error-message-box" class="a-box a-alert a-alert-error">Your password is incorrect</script>`,
    ],
    [
      'a <style> carrying the classes',
      `<style class="a-alert a-alert-error">#x::after { content: "Your password is incorrect" }</style>`,
    ],
  ])('%s', (_name, html) => {
    const result = run(withBox(html), page);
    expect(result?.cause).toBeNull();
    expect(result?.alert).toBeNull();
  });

  it('a missing-field prompt shown by client-side validation is not a sign-in problem', () => {
    const doc = loadOwnPage(page);
    doc.getElementById('ap_email')!.parentElement!.classList.add('a-form-error');
    expect(run(doc, page)?.cause).toBeNull();
  });

  it('the claim page toggling aok-hidden off is seen on the next run', () => {
    const claim = byFile('claim-clean.ja.html');
    const doc = loadOwnPage(claim);
    expect(run(doc, claim)?.cause).toBeNull();
    doc.getElementById('invalid-email-alert')!.classList.remove('aok-hidden');
    expect(run(doc, claim)).toMatchObject({
      cause: 'identifier-invalid',
      alert: { heading: '', text: 'Eメールアドレスが無効です' },
    });
    doc.getElementById('invalid-email-alert')!.classList.add('aok-hidden');
    expect(run(doc, claim)?.cause).toBeNull();
  });
});

describe("Amazon's error words outside alert places", () => {
  it.each(['product.ja.html', 'reviews.ja.html'])('%s (not a sign-in path) → null', (file) => {
    const page = byFile(file);
    const doc = loadOwnPage(page);
    expect(collapse(doc.body.textContent ?? '')).toContain('パスワードが正しくありません');
    expect(collapse(doc.body.textContent ?? '')).toContain('We cannot find an account');
    expect(run(doc, page)).toBeNull();
  });

  it('the same review markup on a sign-in path gives no cause: quotes are not alerts', () => {
    const product = byFile('product.ja.html');
    const doc = loadOwnPage(product);
    // Drop the page's alert boxes (a shown box on a sign-in page is rightly reported); what is left only quotes the words.
    doc.querySelectorAll('.a-alert').forEach((el) => {
      el.remove();
    });
    expect(collapse(doc.body.textContent ?? '')).toContain('パスワードが正しくありません');
    const result = detect(doc, 'https://www.amazon.co.jp/ap/signin', { cookiesEnabled: true });
    expect(result).not.toBeNull();
    expect(result?.cause).toBeNull();
  });

  it('quotes in a help text, a title, a JSON bundle, a <template> and hidden boxes on a sign-in page → no cause', () => {
    const page = byFile('quotes-outside-alerts.ja.html');
    const result = run(loadOwnPage(page), page);
    expect(result).toMatchObject({ cause: null, step: 'email', marketplace: 'jp', alert: null });
  });
});

describe('amazon.co.jp in English (/-/en/)', () => {
  const page = byFile('wrong-password-jp-store.en.html');

  it('is the Japanese store with the English words', () => {
    expect(run(loadOwnPage(page), page)).toMatchObject({
      cause: 'wrong-password',
      marketplace: 'jp',
      step: 'password',
      alert: { heading: 'There was a problem', text: 'Your password is incorrect' },
    });
  });

  it.each(['/-/en/ap/signin', '/-/zh/ap/signin', '/-/en/ax/claim', '/-/en/ap/forgotpassword'])('gates %s', (p) => {
    expect(detect(loadOwnPage(page), `https://www.amazon.co.jp${p}`, { cookiesEnabled: true })?.marketplace).toBe('jp');
  });
});

describe('an error inserted after load', () => {
  const page = byFile('wrong-password-late.en.html');
  const expected = {
    cause: 'wrong-password',
    alert: { heading: 'There was a problem', text: 'Your password is incorrect' },
  };

  it('is detected when the detector runs again (simulated insertion)', () => {
    const doc = loadOwnPage(page);
    expect(run(doc, page)?.cause).toBeNull();
    const box = doc.createElement('div');
    box.id = 'auth-error-message-box';
    box.className = 'a-box a-alert a-alert-error auth-server-side-message-box';
    box.innerHTML =
      '<div class="a-box-inner a-alert-container"><h4 class="a-alert-heading">There was a problem</h4><div class="a-alert-content"><ul><li><span class="a-list-item">Your password is incorrect</span></li></ul></div></div>';
    doc.getElementById('late-error-slot')!.append(box);
    expect(run(doc, page)).toMatchObject(expected);
  });

  it("is detected once the page's own script has run", async () => {
    const doc = loadOwnPage(page, { runScripts: 'dangerously' });
    expect(run(doc, page)?.cause).toBeNull();
    // Waits for the page's timer; asserts the outcome, never how long it took.
    await vi.waitFor(() => expect(run(doc, page)).toMatchObject(expected), { timeout: 5000, interval: 50 });
    doc.defaultView?.close();
  });
});
