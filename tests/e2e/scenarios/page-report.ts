// The maintainers' page report in a real browser: on a page whose alert names the person, their
// address and number, with text typed into Amazon's fields, the popup's preview and the copied text
// carry the page's structure and none of that. The clipboard is stood in for inside the popup page
// (writeText recorded), so the one-click copy path runs without a permission prompt.
import path from 'node:path';
import { expect, it } from 'vitest';
import { readPage } from '../../../scripts/diagnose/input';
import { diagnoseInJsdom } from '../../../scripts/diagnose/jsdom-engine';
import type { PageStructure } from '../../../src/detect/page-structure';
import { waitUntil, type BrowserDriver, type Tab } from '../driver';
import { expectPopupCause, settled } from '../expect-ext';
import { OWN_PAGES } from '../env';
import type { Scenarios } from '../suite';

const PAGE = 'https://www.amazon.co.jp/ap/signin/356-0000000-0000012';
const PAGE_FILE = path.join(OWN_PAGES, 'unknown-error-personal.ja.html');
const TYPED = 'Typed-Secret-Pass-9';
/** Nothing of these may reach the report: the person's names, address, numbers, what was typed. */
const SECRETS = [
  TYPED,
  '山田',
  '花子',
  '佐藤',
  '一郎',
  'hanako',
  'example.jp',
  '090',
  '1234',
  '5678',
  '４５６７',
  '0000012',
];

/** The structure without Amazon's words (the test adds words in the browser that the saved page lacks). */
const shape = (s: PageStructure) => ({
  ...s,
  alerts: s.alerts.map(({ id, classes, kind }) => ({ id, classes, kind })),
});

const preview = (driver: BrowserDriver, popup: Tab) =>
  driver.evaluate(popup, () => document.querySelector('[data-page-report-preview]')?.textContent ?? '', null);

export const pageReport: Scenarios = (ctx) => {
  it('page report: the preview and the one-click copy hold the structure, masked words, and nothing typed', async () => {
    const { driver } = ctx();
    const tab = await driver.open(PAGE);
    await settled(tab);
    await driver.type(tab, '#ap_password', TYPED);
    // The words change while the field holds typed text: the content script diagnoses (and reads the
    // structure) again, now with a second name in the alert.
    await driver.evaluate(
      tab,
      () => {
        document.querySelector('#auth-error-message-box .a-list-item')?.append(' ご本人確認: 佐藤 一郎様');
      },
      null,
    );
    let popup = await expectPopupCause(driver, tab.id, 'unknown-error');
    let text = await preview(driver, popup);
    for (let attempt = 0; attempt < 20 && !text.includes('ご本人確認'); attempt++) {
      await driver.closeTab(popup);
      popup = await expectPopupCause(driver, tab.id, 'unknown-error');
      text = await preview(driver, popup);
    }
    const report = JSON.parse(text);
    expect(report.structure).toMatchObject({
      store: 'jp',
      step: 'password',
      cause: 'unknown-error',
      path: '/ap/signin/[number]',
    });
    const box = report.structure.alerts.find((a: { id: string }) => a.id === 'auth-error-message-box');
    expect(box.text).toContain('[name]様');
    expect(box.text).toContain('[email]');
    expect(box.text).toContain('ご本人確認: [name]様');
    expect(report.structure.forms.some((f: { hiddenInputs: string[] }) => f.hiddenInputs.includes('appAction'))).toBe(
      true,
    );
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
    // npm run diagnose of the same saved page reads the same structure.
    const saved = diagnoseInJsdom(PAGE_FILE, readPage(PAGE_FILE), PAGE).structure;
    expect(shape(report.structure)).toEqual(shape(saved));

    await driver.evaluate(
      popup,
      () => {
        const w = window as unknown as { copied?: string[] };
        w.copied = [];
        Object.defineProperty(navigator.clipboard, 'writeText', {
          configurable: true,
          value: async (value: string) => {
            w.copied!.push(value);
          },
        });
      },
      null,
    );
    await driver.click(popup, '[data-action="copy-page-report"]');
    const copied = await waitUntil(
      () => driver.evaluate(popup, () => (window as unknown as { copied?: string[] }).copied?.[0] ?? null, null),
      'the copied page report',
    );
    expect(copied).toBe(text);
    await driver.closeTab(popup);
  });
};
