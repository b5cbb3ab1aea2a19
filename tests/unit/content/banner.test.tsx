import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BannerProps } from '../../../content-scripts/banner';
import { BANNER_TAG, CAUSE_ATTRIBUTE, bannerHost, type BannerHost } from '../../../content-scripts/banner-host';
import { buttonByText, captureShadowRoots, loadedUi, trustedClick, untrustedClick } from './helpers';

const TEXTS = {
  extShortName: 'Sign-in Helper',
  bannerProblemFound: 'A problem was found.',
  bannerAmazonSays: 'Amazon says:',
  bannerMore: 'More',
  bannerDismiss: 'Hide',
  bannerClearNote: 'This signs you out.',
  bannerClearing: 'Clearing…',
  bannerClearedRemoved: 'Removed:',
  bannerClearedLeft: 'Left:',
  bannerClearFailed: 'Could not clear.',
  bannerReload: 'Reload page',
  wrongPasswordHeadline: 'The password was not accepted.',
  actionForgotPassword: 'Reset the password',
  captchaHeadline: 'Amazon wants a puzzle solved.',
  actionClearCookies: 'Clear cookies',
};

function props(over: Partial<BannerProps> = {}): BannerProps {
  return {
    cause: 'wrong-password',
    language: 'en',
    texts: TEXTS,
    headlineKey: 'wrongPasswordHeadline',
    primaryLabelKey: 'actionForgotPassword',
    primaryClears: false,
    alert: null,
    clear: { state: 'idle' },
    onPrimary: vi.fn(),
    onMore: vi.fn(),
    onDismiss: vi.fn(),
    onReload: vi.fn(),
    ...over,
  };
}

let roots: Map<Element, ShadowRoot>;
let banner: BannerHost;

beforeEach(async () => {
  document.body.innerHTML =
    '<div id="a-page"><form name="signIn"><input id="ap_password" type="password"></form></div>';
  roots = captureShadowRoots();
  banner = bannerHost(document, await loadedUi());
});

afterEach(() => {
  banner.hide();
  vi.restoreAllMocks();
});

const hostEl = () => document.querySelector(`[${CAUSE_ATTRIBUTE}]`);
const inside = () => roots.get(hostEl()!)!;

describe('banner host', () => {
  it('carries the cause id, sits in <body>, and is a closed root', () => {
    banner.show(props());
    const host = hostEl()!;
    expect(host.getAttribute(CAUSE_ATTRIBUTE)).toBe('wrong-password');
    expect(host.localName).toBe(BANNER_TAG);
    // jsdom lays nothing out, so there is no form to float above: the banner goes last, in flow.
    expect(document.body.lastElementChild).toBe(host);
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(getComputedStyle(host).position).not.toBe('fixed');
    expect(document.querySelectorAll(`[${CAUSE_ATTRIBUTE}]`)).toHaveLength(1);
  });

  it('shows the headline, one primary button and accessible controls', () => {
    banner.show(props());
    const root = inside();
    expect(root.textContent).toContain('The password was not accepted.');
    const region = root.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-label')).toBe('Sign-in Helper');
    expect(region.getAttribute('lang')).toBe('en');
    const buttons = [...root.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Reset the password', 'More', 'Hide']);
    expect(root.querySelectorAll('button.primary')).toHaveLength(1);
  });

  it('updates the attribute when the cause changes and leaves no host when hidden', () => {
    banner.show(props());
    banner.show(props({ cause: 'captcha', headlineKey: 'captchaHeadline' }));
    expect(hostEl()!.getAttribute(CAUSE_ATTRIBUTE)).toBe('captcha');
    expect(inside().textContent).toContain('Amazon wants a puzzle solved.');
    banner.hide();
    expect(hostEl()).toBeNull();
    expect(document.querySelector(BANNER_TAG)).toBeNull();
  });

  it('shows Amazon alert text literally, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    banner.show(props({ cause: 'unknown-error', alert: { heading: 'There was a problem', text: evil } }));
    const root = inside();
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(evil);
    expect(root.textContent).toContain('Amazon says:');
  });

  it('falls back to a general headline when the cause text is missing', () => {
    banner.show(props({ headlineKey: 'noSuchKey' }));
    expect(inside().textContent).toContain('A problem was found.');
  });

  it('ignores forged (untrusted) clicks and acts on real ones', () => {
    const p = props();
    banner.show(p);
    const root = inside();
    for (const label of ['Reset the password', 'More', 'Hide']) untrustedClick(buttonByText(root, label));
    expect(p.onPrimary).not.toHaveBeenCalled();
    expect(p.onMore).not.toHaveBeenCalled();
    expect(p.onDismiss).not.toHaveBeenCalled();
    trustedClick(buttonByText(root, 'Reset the password'));
    trustedClick(buttonByText(root, 'More'));
    trustedClick(buttonByText(root, 'Hide'));
    expect(p.onPrimary).toHaveBeenCalledTimes(1);
    expect(p.onMore).toHaveBeenCalledTimes(1);
    expect(p.onDismiss).toHaveBeenCalledTimes(1);
  });

  it('walks through clearing cookies: note, busy, result with reload', () => {
    const base = {
      cause: 'captcha' as const,
      headlineKey: 'captchaHeadline',
      primaryLabelKey: 'actionClearCookies',
      primaryClears: true,
    };
    banner.show(props(base));
    expect(inside().textContent).toContain('This signs you out.');
    banner.show(props({ ...base, clear: { state: 'busy' } }));
    expect(buttonByText(inside(), 'Clear cookies').disabled).toBe(true);
    expect(inside().textContent).toContain('Clearing…');
    const p = props({ ...base, clear: { state: 'done', removed: 12, remaining: 0 } });
    banner.show(p);
    expect(inside().textContent).toContain('Removed: 12 · Left: 0');
    trustedClick(buttonByText(inside(), 'Reload page'));
    expect(p.onReload).toHaveBeenCalledTimes(1);
    banner.show(props({ ...base, clear: { state: 'failed' } }));
    expect(inside().textContent).toContain('Could not clear.');
  });

  it('puts itself back if the page dropped it', () => {
    banner.show(props());
    hostEl()!.remove();
    banner.show(props());
    expect(hostEl()).not.toBeNull();
  });
});
