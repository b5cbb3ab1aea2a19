// detect() on documents nobody wrote on purpose: random tag soup with Amazon's ids, classes and words
// sprinkled in, and oversized pages. It must never throw, must always answer in the contract's shape,
// and must do bounded work. Bounds are asserted structurally (what it reads, how much text any string
// operation sees, how many queries it makes) — never by the clock: speed is `npm run bench`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectShownAlerts, MAX_ALERTS } from '../../../src/detect/alerts';
import { detect } from '../../../src/detect/detect';
import { MAX_TEXT } from '../../../src/detect/text';
import { HINT_IDS, isCauseId, isStep, type CauseId, type Diagnosis } from '../../../src/detect/types';
import { MARKETPLACES, marketplaceForUrl } from '../../../src/marketplaces';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

// ------------------------------------------------------------------ random documents

const AMAZON_IDS = [
  'auth-error-message-box',
  'auth-warning-message-box',
  'auth-cookie-warning-message',
  'auth-js-alert-box',
  'passkey-error-alert',
  'invalid-email-alert',
  'invalid-phone-alert',
  'empty-claim-alert',
  'error-alert',
  'alert-0',
  'auth-email-missing-alert',
  'auth-password-missing-alert',
  'invalid-otp-code-message',
  'resend-approval-alert',
  'intent-confirmation-container',
  'intent-confirmation-form',
  'auth-mfa-form',
  'auth-mfa-otpcode',
  'auth-select-device-form',
  'pollingForm',
  'verification-code-form',
  'cvf-input-code',
  'cvf-page-content',
  'auth-captcha-image',
  'auth-captcha-guess',
  'captchacharacters',
  'aa-challenge-page-captcha-container',
  'ap_email',
  'ap_email_login',
  'ap_password',
  'auth-email-claim',
  'authportal-main-section',
  'message_error',
  'message_warning',
  'ap_error_page_message',
  'auth-account-fixup-phone-form',
];
const AMAZON_CLASSES = [
  'a-box',
  'a-box-inner',
  'a-alert',
  'a-alert-error',
  'a-alert-warning',
  'a-alert-info',
  'a-alert-success',
  'a-alert-inline',
  'a-alert-inline-error',
  'a-alert-heading',
  'a-alert-content',
  'a-list-item',
  'aok-hidden',
  'a-hidden',
  'hidden',
  'cvf-widget-alert',
  'cvf-widget-form',
  'cvf-widget-form-captcha',
  'auth-inlined-error-message',
  'a-form-error',
];
const TAGS = [
  'div',
  'span',
  'p',
  'h1',
  'h4',
  'ul',
  'li',
  'form',
  'input',
  'noscript',
  'template',
  'script',
  'style',
  'a',
  'i',
  'select',
  'option',
  'svg',
  'table',
  'td',
  'b',
  'label',
  'iframe',
  'section',
  'button',
  'details',
  'textarea',
  'img',
];
const VOID = new Set(['input', 'img']);
const ATTRS = [
  '',
  '',
  '',
  ' hidden',
  ' style="display:none"',
  ' style="visibility:hidden"',
  ' aria-hidden="true"',
  ' role="alert"',
  ' name="appAction" value="SIGNIN_CLAIM_COLLECT"',
  ' name="appAction" value="SIGNIN_MFA"',
  ' name="appAction" value="MFA_NEW_OTP"',
  ' name="transactionApprovalStatus" value="TransactionPending"',
  ' name="claimspicker"',
  ' name="code"',
  ' name="forgotPassword"',
  ' name="cvf_captcha_input"',
  ' type="hidden"',
  ' type="password"',
  ' action="/errors/validateCaptcha"',
  ' src="https://x.token.awswaf.com/c.js"',
];
const WORDS = [
  'パスワードが正しくありません',
  'このEメールアドレスを持つアカウントが見つかりません',
  'アカウントがロックされました',
  '問題が発生しました。',
  '確認が必要です',
  'Eメールアドレスが無効です',
  'パスワードの再設定が必要です',
  '送信された通知を承認してください',
  'パスキーエラー',
  'Your password is incorrect',
  'We cannot find an account with that email address',
  'Enter a valid email or mobile number',
  "You've requested too many OTPs today",
  'The One Time Password (OTP) you entered is not valid',
  'Passkey error',
  'Account locked temporarily',
  'approve the notification sent to',
  'There was a problem',
  'window.gokuProps = {}',
];
const SOUP = [
  '<',
  '>',
  '&',
  '&amp;',
  '</div>',
  '<div class="a-alert a-alert-error">',
  '<h4 class="a-alert-heading">',
  '<!--',
  '-->',
  '<script>',
  '</script>',
  '<noscript>',
  '<template>',
  '<table><td>',
  ']]>',
  '<p',
  '"',
  "'",
  '\u0000',
  '\u200b',
  '\u3000',
  ' \n\t ',
];

const kana = fc.string({
  unit: fc.integer({ min: 0x3041, max: 0x30ff }).map((c) => String.fromCharCode(c)),
  maxLength: 30,
});
const kanji = fc.string({
  unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
  maxLength: 20,
});
const text: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constantFrom(...SOUP),
  kana,
  kanji,
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

interface El {
  tag: string;
  id: string | undefined;
  classes: string[];
  attrs: string;
  children: string[];
}
const render = ({ tag, id, classes, attrs, children }: El): string => {
  const open = `<${tag}${id ? ` id="${id}"` : ''}${classes.length ? ` class="${classes.join(' ')}"` : ''}${attrs}>`;
  // Text is not escaped on purpose: it turns into more tag soup.
  return VOID.has(tag) ? open + children.join('') : `${open}${children.join('')}</${tag}>`;
};

const tree = fc.letrec<{ node: string; el: string }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('el')),
  el: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      id: fc.option(fc.constantFrom(...AMAZON_IDS), { nil: undefined }),
      classes: fc.subarray(AMAZON_CLASSES, { maxLength: 4 }),
      attrs: fc.constantFrom(...ATTRS),
      children: fc.array(tie('node'), { maxLength: 5 }),
    })
    .map(render),
}));

const documentHtml = fc
  .record({
    doctype: fc.boolean(),
    lang: fc.constantFrom('ja', 'en-US', ''),
    body: fc.array(tree.node, { maxLength: 8 }),
  })
  .map(
    ({ doctype, lang, body }) =>
      `${doctype ? '<!doctype html>' : ''}<html lang="${lang}"><body>${body.join('')}</body></html>`,
  );

const HOSTS = [
  ...MARKETPLACES.map((m) => m.host),
  'amazon.co.jp',
  'amazon.co.jp.evil.example',
  'amazon-co.jp',
  'example.com',
];
const PATHS = [
  '/ap/signin',
  '/ap/signin/356-0000000-0000001',
  '/ax/claim',
  '/ax/claim/intent',
  '/ap/mfa/new-otp',
  '/ap/cvf/request',
  '/ap/cvf/verify',
  '/ap/cvf/transactionapproval',
  '/ap/forgotpassword',
  '/errors/validateCaptcha',
  '/-/en/ap/signin',
  '/ax/aaut/verify/ap/challenge',
  '/ap/register',
  '/dp/B0EXAMPLE01',
  '/gp/customer-reviews/R1',
  '/',
];
const QUERIES = [
  '',
  '?openid.assoc_handle=jpflex',
  '?failedSignInCount=5&signInRedirectToFPPThreshold=5',
  '?forceValidateCaptcha=true',
  '?failedSignInCount=x&signInRedirectToFPPThreshold=',
  '?failedSignInCount=999999999999999999999',
];
const url: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTS), fc.constantFrom(...PATHS), fc.constantFrom(...QUERIES))
      .map(([h, p, q]) => `https://${h}${p}${q}`),
  },
  { weight: 1, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 1, arbitrary: fc.string() },
);

// ------------------------------------------------------------------ the contract

function expectValidDiagnosis(result: Diagnosis | null, pageUrl: string): void {
  const store = marketplaceForUrl(pageUrl);
  if (!store) {
    expect(result).toBeNull();
    return;
  }
  if (result === null) return; // a store page that is not a sign-in page
  expect(result.cause === null || isCauseId(result.cause), `cause ${String(result.cause)}`).toBe(true);
  expect(isStep(result.step), `step ${result.step}`).toBe(true);
  expect(result.marketplace).toBe(store.id);
  expect(result.hints.every((h) => (HINT_IDS as readonly string[]).includes(h))).toBe(true);
  if (result.alert) {
    expect(typeof result.alert.heading).toBe('string');
    expect(typeof result.alert.text).toBe('string');
    expect(result.alert.heading.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(result.alert.text.length).toBeLessThanOrEqual(MAX_TEXT);
  }
  if (result.cause === null) {
    expect(result.alert).toBeNull();
    expect(result.hints).toEqual([]);
  }
}

/** Causes that exist only because an alert is shown (the others follow from the step, URL or browser). */
const SHOWN_ALERT_CAUSES = new Set<CauseId>([
  'wrong-password',
  'identifier-invalid',
  'code-rejected',
  'code-limit',
  'passkey-error',
  'unknown-error',
  'account-locked',
]);

// jsdom is slow (a full-document querySelector costs far more than in a browser): these are ceilings
// for a loaded machine, not speed assertions.
const PROPERTY_TIMEOUT = 180_000;
const OVERSIZED_TIMEOUT = 180_000;

describe('random documents', () => {
  it(
    'never throw, answer in the contract shape, and leave the page untouched',
    () => {
      fc.assert(
        fc.property(documentHtml, url, fc.boolean(), (html, pageUrl, cookiesEnabled) => {
          const doc = parse(html);
          const before = doc.documentElement.outerHTML;
          let result: Diagnosis | null = null;
          expect(() => {
            result = detect(doc, pageUrl, { cookiesEnabled });
          }).not.toThrow();
          expectValidDiagnosis(result, pageUrl);
          expect(doc.documentElement.outerHTML).toBe(before);
          expect(detect(doc, pageUrl, { cookiesEnabled })).toEqual(result);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'content that is not shown never yields an alert cause',
    () => {
      const hider = fc.constantFrom<[string, (doc: Document) => Element]>(
        ['aok-hidden', (d) => Object.assign(d.createElement('div'), { className: 'aok-hidden' })],
        ['a-hidden', (d) => Object.assign(d.createElement('div'), { className: 'a-hidden' })],
        ['hidden attribute', (d) => Object.assign(d.createElement('div'), { hidden: true })],
        [
          'display:none',
          (d) => {
            const e = d.createElement('section');
            e.style.display = 'none';
            return e;
          },
        ],
        ['noscript', (d) => d.createElement('noscript')],
        ['template', (d) => d.createElement('template')],
      );
      fc.assert(
        fc.property(documentHtml, hider, fc.constantFrom(...PATHS.slice(0, 12)), (html, [, make], path) => {
          const doc = parse(html);
          // Move everything into one hiding container (by DOM, so the soup cannot close it early).
          const wrap = make(doc);
          const target = wrap instanceof HTMLTemplateElement ? wrap.content : wrap;
          target.append(...Array.from(doc.body.childNodes));
          doc.body.append(wrap);
          const result = detect(doc, `https://www.amazon.co.jp${path}`, { cookiesEnabled: true });
          expect(result).not.toBeNull();
          expect(collectShownAlerts(doc)).toEqual([]);
          expect(result?.cause && SHOWN_ALERT_CAUSES.has(result.cause), `cause ${String(result?.cause)}`).toBeFalsy();
          // Only the "new to Amazon" page speaks without an alert box (its step is the signal).
          if (result?.alert) expect(result.step).toBe('intent');
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

// ------------------------------------------------------------------ bounded work

interface Reads {
  /** Elements other than <script> whose textContent was read. */
  textContent: string[];
  innerText: number;
  serialised: number;
  queries: number;
  /** Length of the longest string any string operation (replace, normalize, includes, …) ran on. */
  longestString: number;
}

/** Runs fn while recording what it reads from the DOM and how long the strings it processes are. */
function watched<T>(fn: () => T): { value: T; reads: Reads } {
  const reads: Reads = { textContent: [], innerText: 0, serialised: 0, queries: 0, longestString: 0 };
  const undo: (() => void)[] = [];
  const getter = (proto: object, prop: string, onRead: (self: unknown) => void) => {
    const original = Object.getOwnPropertyDescriptor(proto, prop);
    Object.defineProperty(proto, prop, {
      configurable: true,
      set: original?.set,
      get(this: unknown) {
        onRead(this);
        return original?.get?.call(this);
      },
    });
    undo.push(() => (original ? Object.defineProperty(proto, prop, original) : Reflect.deleteProperty(proto, prop)));
  };
  const method = (proto: object, name: string, before: (self: unknown) => void) => {
    const original = Reflect.get(proto, name) as (...args: unknown[]) => unknown;
    Reflect.set(proto, name, function (this: unknown, ...args: unknown[]) {
      before(this);
      return original.apply(this, args);
    });
    undo.push(() => Reflect.set(proto, name, original));
  };
  getter(Node.prototype, 'textContent', (self) => {
    if (!(self instanceof HTMLScriptElement)) reads.textContent.push((self as Node).nodeName);
  });
  getter(HTMLElement.prototype, 'innerText', () => reads.innerText++); // jsdom has none: a trap
  getter(Element.prototype, 'innerHTML', () => reads.serialised++);
  getter(Element.prototype, 'outerHTML', () => reads.serialised++);
  for (const proto of [Element.prototype, Document.prototype]) {
    for (const name of ['querySelector', 'querySelectorAll', 'getElementsByTagName', 'getElementsByClassName']) {
      method(proto, name, () => reads.queries++);
    }
  }
  for (const name of [
    'replace',
    'replaceAll',
    'normalize',
    'toLowerCase',
    'toUpperCase',
    'includes',
    'indexOf',
    'trim',
    'split',
    'match',
    'search',
  ]) {
    method(String.prototype, name, (self) => {
      const length = (self as string).length;
      if (length <= reads.longestString) return;
      // Count the detector's own string work, not jsdom's (its selector engine lower-cases attribute
      // values for `[attr="…" i]`; a browser does not). Frames: 0 message, 1 this hook, 2 the wrapper, 3 the caller.
      if (length > 1000 && (new Error().stack?.split('\n')[3] ?? '').includes('node_modules')) return;
      reads.longestString = length;
    });
  }
  try {
    return { value: fn(), reads };
  } finally {
    for (const u of undo.reverse()) u();
  }
}

const SIGNIN = 'https://www.amazon.co.jp/ap/signin';
const errorBox = (words: string, extra = '') =>
  `<div id="auth-error-message-box" class="a-box a-alert a-alert-error" role="alert"${extra}><div class="a-box-inner a-alert-container"><h4 class="a-alert-heading">問題が発生しました。</h4><div class="a-alert-content"><ul><li><span class="a-list-item">${words}</span></li></ul></div></div></div>`;
const signInForm =
  '<form name="signIn"><input type="hidden" name="appAction" value="SIGNIN_PWD_COLLECT"><input type="password" id="ap_password" name="password"></form>';
/** Generous: a few times the text cap. What matters is that it does not grow with the page. */
const STRING_BOUND = 8 * MAX_TEXT;
/** Queries per run: a fixed number per rule plus two per alert read, never one per node of the page. */
const QUERY_BOUND = 100 + 4 * MAX_ALERTS;

function expectBounded(reads: Reads): void {
  expect(reads.textContent, 'textContent read on non-script elements').toEqual([]);
  expect(reads.innerText, 'innerText reads').toBe(0);
  expect(reads.serialised, 'innerHTML/outerHTML reads').toBe(0);
  expect(reads.longestString, 'longest string processed').toBeLessThanOrEqual(STRING_BOUND);
  expect(reads.queries, 'DOM queries').toBeLessThanOrEqual(QUERY_BOUND);
}

function countNodes(doc: Document): number {
  const walker = doc.createTreeWalker(doc, 0xffffffff);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

describe('oversized documents', () => {
  it(
    '50,000 nodes with Amazon markup sprinkled in',
    () => {
      const chunk = (i: number) =>
        i % 997 === 0
          ? `<div class="a-alert a-alert-error aok-hidden">パスワードが正しくありません ${i}</div>`
          : `<div class="a-section"><span>テキスト ${i}</span><p>Your password is incorrect?</p></div>`;
      const doc = parse(
        `<body>${signInForm}${Array.from({ length: 10_100 }, (_, i) => chunk(i)).join('')}${errorBox('Your password is incorrect')}</body>`,
      );
      expect(countNodes(doc)).toBeGreaterThanOrEqual(50_000);
      const { value, reads } = watched(() => detect(doc, SIGNIN, { cookiesEnabled: true }));
      expect(value?.cause).toBe('wrong-password');
      expectBounded(reads);
    },
    OVERSIZED_TIMEOUT,
  );

  it(
    "a 5 MB text node in a shown error box: Amazon's words are capped at MAX_TEXT",
    () => {
      const huge = 'あ'.repeat(5 * 1024 * 1024);
      for (const [words, cause] of [
        [`パスワードが正しくありません ${huge}`, 'wrong-password'],
        [`${huge} パスワードが正しくありません`, 'unknown-error'], // beyond the cap: never read
      ] as const) {
        const doc = parse(`<body>${signInForm}${errorBox(words)}</body>`);
        const { value, reads } = watched(() => detect(doc, SIGNIN, { cookiesEnabled: true }));
        expect(value?.cause).toBe(cause);
        expect(value?.alert?.text.length).toBeLessThanOrEqual(MAX_TEXT);
        expectBounded(reads);
      }
    },
    OVERSIZED_TIMEOUT,
  );

  it(
    '5 MB of text elsewhere: an inline script, a heading, an appAction value, a paragraph, the shown claim',
    () => {
      const huge = 'x'.repeat(5 * 1024 * 1024);
      const doc = parse(
        `<head><script>var big = "${huge}";</script></head><body><h1>${huge}</h1>${signInForm.replace('SIGNIN_PWD_COLLECT', huge)}<p>${huge}</p><span id="auth-email-claim">${huge}</span></body>`,
      );
      const { value, reads } = watched(() => detect(doc, SIGNIN, { cookiesEnabled: true }));
      expect(value).toMatchObject({ cause: null, marketplace: 'jp' });
      expectBounded(reads);
    },
    OVERSIZED_TIMEOUT,
  );

  // Minimal boxes (heading + text): the count of boxes is the point, not their size.
  const box = (i: number, hidden = '') =>
    `<div class="a-box a-alert a-alert-error"${hidden}><h4 class="a-alert-heading">問題 ${i}</h4>エラー ${i}</div>`;

  it(
    '10,000 shown alert boxes: at most MAX_ALERTS are read',
    () => {
      const doc = parse(`<body>${signInForm}${Array.from({ length: 10_000 }, (_, i) => box(i)).join('')}</body>`);
      const { value, reads } = watched(() => ({
        alerts: collectShownAlerts(doc),
        result: detect(doc, SIGNIN, { cookiesEnabled: true }),
      }));
      expect(value.alerts).toHaveLength(MAX_ALERTS);
      expect(value.result).toMatchObject({ cause: 'unknown-error', alert: { heading: '問題 0', text: 'エラー 0' } });
      expectBounded(reads);
    },
    OVERSIZED_TIMEOUT,
  );

  it(
    '10,000 hidden alert boxes: only the first MAX_ALERTS × 4 candidates are looked at',
    () => {
      const hidden = Array.from({ length: 10_000 }, (_, i) => box(i, ' hidden')).join('');
      const doc = parse(`<body>${signInForm}${hidden}${errorBox('Your password is incorrect')}</body>`);
      const { value, reads } = watched(() => detect(doc, SIGNIN, { cookiesEnabled: true }));
      // A shown box after 10,000 hidden ones is past the cap: bounded work wins over a page no store serves.
      expect(value?.cause).toBeNull();
      expectBounded(reads);
    },
    OVERSIZED_TIMEOUT,
  );

  it(
    '2,000 levels of nesting above a shown alert and inside it',
    () => {
      // (jsdom itself overflows its stack past ~10,000 levels; Amazon's pages are under 50 deep.)
      const doc = parse(`<body>${signInForm}</body>`);
      let parent: Element = doc.body;
      for (let i = 0; i < 2_000; i++) parent = parent.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
      parent.insertAdjacentHTML('beforeend', errorBox('Your password is incorrect'));
      let inner: Element = doc.querySelector('.a-list-item')!;
      for (let i = 0; i < 2_000; i++) inner = inner.appendChild(doc.createElement('b'));
      inner.append('まだ続きます');
      const { value, reads } = watched(() => detect(doc, SIGNIN, { cookiesEnabled: true }));
      expect(value?.cause).toBe('wrong-password');
      expect(value?.alert?.text.startsWith('Your password is incorrect')).toBe(true);
      expectBounded(reads);
    },
    OVERSIZED_TIMEOUT,
  );
});
