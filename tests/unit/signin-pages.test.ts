// One source of where sign-in pages are: the built manifests' content-script matches, web-accessible
// pages and host permissions come from src/signin-pages.ts, and on every sign-in host the manifest
// injects exactly where the detector's gate looks (plus the prefix superset match patterns can't avoid).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TARGETS } from '../../scripts/manifest.mjs';
import { gate } from '../../src/detect/gate';
import { isSignInPath, SIGNIN_HOSTS, SIGNIN_PATHS, signInMatches, signInSites } from '../../src/signin-pages';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
const built = (target: string) => {
  const file = path.join(DIST, target, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} missing: run \`npm run build\` first (npm test does)`);
  return JSON.parse(readFileSync(file, 'utf8'));
};

/** A WebExtension match pattern as a test of a URL (path and query, as browsers match them). */
function matched(patterns: readonly string[], url: string): boolean {
  const u = new URL(url);
  const target = `${u.protocol}//${u.host}${u.pathname}${u.search}`;
  return patterns.some((p) =>
    new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(target),
  );
}

const blank = document.implementation.createHTMLDocument('');
const gated = (url: string) => gate(blank, new URL(url)) !== undefined;

describe('the sign-in paths', () => {
  it('are recognised with a tail, a query or a language prefix, and nothing else is', () => {
    for (const p of [
      '/ap/signin',
      '/ap/signin/136-4909744',
      '/ax/claim',
      '/ax/claim/intent',
      '/ap/mfa/new-otp',
      '/ap/cvf/request',
      '/-/en/ap/signin',
      '/-/zh_TW/ap/signin',
      '/errors/validateCaptcha',
      '/ap/forgotpassword',
      '/ax/aaut/verify/ap/challenge',
    ]) {
      expect(isSignInPath(p), p).toBe(true);
    }
    for (const p of [
      '/',
      '/dp/B000',
      '/gp/help/customer/account-issues',
      '/apx/signin',
      '/ap/signinx',
      '/s?k=ap/signin',
    ]) {
      expect(isSignInPath(p), p).toBe(false);
    }
  });
});

describe.each(TARGETS)('dist/%s/manifest.json', (target) => {
  const manifest = built(target);
  const sites = signInSites();
  const matches: string[] = manifest.content_scripts[0].matches;

  it('injects on the table’s sign-in pages and asks for the table’s cookie domains, nothing else', () => {
    expect(matches).toEqual(signInMatches());
    expect(manifest.host_permissions).toEqual(sites.cookieDomains.map((d) => `*://*.${d}/*`));
    if (target !== 'safari') {
      expect(manifest.web_accessible_resources[0].matches).toEqual(sites.hosts.map((h) => `https://${h}/*`));
    }
  });

  it('injects where the gate looks, on every sign-in host', () => {
    for (const { host, languagePrefix } of SIGNIN_HOSTS) {
      for (const p of SIGNIN_PATHS) {
        const urls = [`https://${host}${p}`, `https://${host}${p}?openid.mode=x`, `https://${host}${p}/step`];
        if (languagePrefix) urls.push(`https://${host}/-/en${p}`, `https://${host}/-/zh_TW${p}?x=1`);
        for (const url of urls) {
          expect(matched(matches, url), url).toBe(true);
          expect(gated(url), url).toBe(true);
        }
      }
      // Pages that are no sign-in: neither injected nor looked at.
      for (const p of ['/', '/dp/B000', '/ap/cnep', '/ap/maplanding', '/gp/sign-in.html', '/ax/account/manage']) {
        expect(matched(matches, `https://${host}${p}`), `${host}${p}`).toBe(false);
        expect(gated(`https://${host}${p}`), `${host}${p}`).toBe(false);
      }
    }
  });

  it('names in each pattern only a sign-in host and a sign-in path', () => {
    const hosts = new Set(SIGNIN_HOSTS.map((s) => s.host));
    for (const pattern of matches) {
      const m = pattern.match(/^https:\/\/([^/]+)(?:\/-\/\*)?(\/.+)\*$/);
      expect(m, pattern).not.toBeNull();
      expect(hosts.has(m![1]!), pattern).toBe(true);
      expect(SIGNIN_PATHS as readonly string[], pattern).toContain(m![2]);
    }
  });
});
