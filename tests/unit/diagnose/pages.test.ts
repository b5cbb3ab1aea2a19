// The diagnose tool's jsdom engine on every one of our own pages at its served-at address: it names
// the page's expected cause. Left to the e2e suite: pages that need a browser refusing cookies, and
// pages whose error a page script inserts after load (a saved page holds what was on screen).
import { describe, expect, it } from 'vitest';
import { diagnoseInJsdom } from '../../../scripts/diagnose/jsdom-engine';
import { readPage } from '../../../scripts/diagnose/input';
import { ownPages } from '../../e2e/routes';

const scripted = (file: string) => /<meta name="late-alert-ms"/.test(readPage(file));
const pages = ownPages().filter((p) => !p.expected.cookiesBlocked && !scripted(p.route.file!));

describe('diagnose (jsdom) on tests/pages', () => {
  it('covers the pages', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  it.each(pages.map((p) => [p.expected.label, p] as const))('%s', (_label, page) => {
    const file = page.route.file!;
    const result = diagnoseInJsdom(file, readPage(file), page.expected.url);
    expect(result.cause ?? 'none').toBe(page.expected.cause);
    if (result.cause) expect(result.rule?.id).toBe(result.cause);
  });
});
