// The options page's local history of diagnoses: a diagnosed page shows up there (cause headline,
// store), and "Clear history" empties it, on screen and in storage.
import { afterEach, expect, it } from 'vitest';
import { message, resetOptions } from '../banner-ui';
import { waitUntil, type BrowserDriver, type Tab } from '../driver';
import { expectBanner } from '../expect-ext';
import type { Scenarios } from '../suite';
import { ownPageUrl } from './banner-actions';

interface Entry {
  cause: string | null;
  text: string;
}

/** The history list as shown on the options page. */
function historyView(driver: BrowserDriver, options: Tab) {
  return driver.evaluate(
    options,
    () => {
      const section = document.querySelector('section.history');
      if (!section) return null;
      return {
        lang: document.querySelector('main#options')?.getAttribute('lang') ?? '',
        entries: [...section.querySelectorAll('li')].map(
          (li): Entry => ({
            cause: li.getAttribute('data-history-cause'),
            text: (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
          }),
        ),
        empty: section.querySelector('.empty')?.textContent?.trim() ?? null,
        status: section.querySelector('[role="status"]')?.textContent?.trim() ?? '',
        clearDisabled:
          (section.querySelector('[data-action="clear-history"]') as HTMLButtonElement | null)?.disabled ?? null,
      };
    },
    null,
  );
}

const storedHistory = (driver: BrowserDriver) =>
  driver.ext(
    async (api) =>
      ((await api.storage.local.get('history')) as { history?: Record<string, unknown>[] }).history ?? null,
    null,
  );

export const history: Scenarios = (ctx) => {
  afterEach(async () => resetOptions(ctx().driver));

  it('history: a wrong-password diagnosis on amazon.co.jp is listed on the options page; "Clear history" empties it', async () => {
    const { driver } = ctx();
    // Earlier scenarios left entries (one profile per suite): start from none, so the one we make is the only one.
    await driver.ext((api) => api.storage.local.remove('history'), null);
    const tab = await driver.open(ownPageUrl('wrong-password.ja.html'));
    await expectBanner(driver, tab, 'wrong-password');
    // The background records the history entry while it answers the content script (handlers.ts).
    await waitUntil(async () => ((await storedHistory(driver))?.length ?? 0) > 0, 'a history entry stored');
    const stored = (await storedHistory(driver))!;
    expect(stored).toHaveLength(1);
    // Only what, where and when: nothing typed, no alert text (PRIVACY.md, "What it stores").
    expect(Object.keys(stored[0]!).sort()).toEqual(['cause', 'marketplace', 'time']);

    const options = await driver.openExtensionPage('options/options.html');
    const view = await waitUntil(async () => {
      const v = await historyView(driver, options);
      return v && v.entries.length > 0 ? v : null;
    }, 'the history list on the options page');
    const lang = view.lang === 'ja' ? 'ja' : 'en';
    expect(view.entries).toHaveLength(1);
    expect(view.entries[0]!.cause).toBe('wrong-password');
    expect(view.entries[0]!.text).toContain(message(lang, 'wrongPasswordHeadline'));
    expect(view.entries[0]!.text).toContain('amazon.co.jp');
    expect(view.clearDisabled).toBe(false);

    await driver.click(options, '[data-action="clear-history"]');
    const cleared = await waitUntil(async () => {
      const v = await historyView(driver, options);
      return v && v.entries.length === 0 && v.empty !== null ? v : null;
    }, 'the history list to empty');
    expect(cleared.empty).toBe(message(lang, 'optionsHistoryEmpty'));
    expect(cleared.status).toBe(message(lang, 'optionsHistoryCleared'));
    expect(cleared.clearDisabled).toBe(true);
    expect(await storedHistory(driver)).toBeNull();

    // Gone for good: a freshly opened options page shows nothing either.
    await driver.closeTab(options);
    const again = await driver.openExtensionPage('options/options.html');
    const fresh = await waitUntil(async () => {
      const v = await historyView(driver, again);
      return v && v.empty !== null ? v : null;
    }, 'the options page to load its (empty) history');
    expect(fresh.entries).toHaveLength(0);
  });
};
