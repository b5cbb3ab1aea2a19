// No false alarms where the content script runs: every page of ours and every real capture where
// nothing is wrong, that the manifest's content-script patterns match (clean sign-in, claim,
// registration, password assistance and its steps), gives a sign-in diagnosis with no cause. The
// real-browser catalogue checks the same pages for no banner, no badge and data-cause="none".
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../../scripts/manifest.mjs';
import { detect } from '../../../src/detect/detect';
import { signInSites } from '../../../src/signin-pages';
import { CAPTURES } from '../../fixtures/captures/index';
import { loadCapture, loadOwnPage, ownPages } from './load-page';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const source = JSON.parse(readFileSync(path.join(repo, 'manifest.json'), 'utf8'));
const patterns: string[] = manifestFor('chrome', source, signInSites(), '1.2.3').content_scripts[0].matches;

/** A WebExtension match pattern ("https://host/path*") as a test of a URL. */
function matchedByManifest(url: string): boolean {
  const u = new URL(url);
  const target = `${u.protocol}//${u.host}${u.pathname}${u.search}`;
  return patterns.some((p) =>
    new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(target),
  );
}

const cleanPages = ownPages().filter((p) => p.cause === null && p.step !== 'not-signin' && p.lateMs === null);
const cleanCaptures = CAPTURES.filter((c) => c.cause === null);

describe('the content script runs on registration and password assistance', () => {
  it.each([
    'https://www.amazon.co.jp/ap/register?openid.assoc_handle=jpflex',
    'https://www.amazon.com/ap/register',
    'https://www.amazon.co.jp/ap/forgotpassword?showRememberMe=true',
    'https://www.amazon.com/ap/forgotpassword',
    'https://www.amazon.co.jp/-/en/ap/register',
  ])('%s', (url) => {
    expect(matchedByManifest(url)).toBe(true);
  });
});

describe('clean pages where the content script runs: a diagnosis with no cause', () => {
  it('covers the clean sign-in, claim, registration and password-assistance pages, ja and en', () => {
    const steps = new Set(cleanPages.map((p) => `${p.step}/${p.lang.slice(0, 2)}`));
    for (const step of ['email', 'password', 'claim', 'register', 'forgot-password']) {
      expect(steps, step).toContain(`${step}/ja`);
      if (step !== 'password') expect(steps, step).toContain(`${step}/en`);
    }
  });

  it.each(cleanPages.map((p) => [p.file, p] as const))('%s', (_f, page) => {
    expect(matchedByManifest(page.url), 'served where the content script runs').toBe(true);
    const result = detect(loadOwnPage(page), page.url, { cookiesEnabled: true });
    expect(result).not.toBeNull();
    expect(result?.cause).toBeNull();
    expect(result?.alert).toBeNull();
  });

  it.each(cleanCaptures.map((c) => [c.file, c] as const))('capture %s', (_f, capture) => {
    expect(matchedByManifest(capture.url)).toBe(true);
    const result = detect(loadCapture(capture.file, capture.url), capture.url, { cookiesEnabled: true });
    expect(result?.cause).toBeNull();
  });
});
