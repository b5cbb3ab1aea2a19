// The maintainers' page report in a real browser: on a page whose alert names the person, their
// address and number, with text typed into Amazon's fields, the popup's preview and the copied text
// carry the page's structure and none of that. The clipboard is stood in for inside the popup page
// (writeText recorded), so the one-click copy path runs without a permission prompt.
import { expect, it } from 'vitest';
import { waitUntil, type BrowserDriver, type Tab } from '../driver';
import { expectPopupCause, settled } from '../expect-ext';
import type { Scenarios } from '../suite';

const PAGE = 'https://www.amazon.co.jp/ap/signin/356-0000000-0000012'; // tests/pages/unknown-error-personal.ja.html
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
