// Runtime messages of the wrong shape or on the wrong route, sent from an extension page (the only
// place besides our own content script that can reach the background): each is refused, none gets a
// useful reply, and nothing changes: cookies, badges, tab states, no reload.
import { expect, it } from 'vitest';
import type { BrowserDriver } from '../driver';
import { expectBadge, expectBanner, expectPopupCause, settle, settled } from '../expect-ext';
import { PAGES } from '../routes';
import { HOSTILE } from './hostile-pages';
import type { ObservedBrowser } from './observed-browser';

/** Every message shape the background must refuse. `ids` are real tab ids, so only the shape is wrong. */
function badMessages(ids: { clean: number; problem: number }): unknown[] {
  const diagnosis = { cause: 'captcha', step: 'password', marketplace: 'us', alert: null, hints: [] };
  return [
    null,
    'cs-bg-clear-cookies',
    42,
    [],
    {},
    { type: 'nope' },
    { type: 'ui-bg-get-tab' },
    { type: 'ui-bg-clear-cookies', marketplace: 'evil', tabId: null },
    { type: 'ui-bg-clear-cookies', marketplace: ['us'], tabId: null },
    { type: 'ui-bg-clear-cookies', marketplace: 'us', tabId: -5 },
    { type: 'ui-bg-clear-cookies', marketplace: 'us', tabId: null, scope: 'all' },
    { type: 'ui-bg-clear-cookies', marketplace: 'us', tabId: String(ids.problem) },
    { type: 'ui-bg-reload-tab', tabId: ids.clean, force: true },
    { type: 'ui-bg-reload-tab', tabId: 1.5 },
    { type: 'ui-bg-get-tab', tabId: String(ids.problem) },
    { type: 'ui-bg-signed-in' },
    { type: 'ui-bg-signed-in', tabId: -1 },
    { type: 'ui-bg-signed-in', tabId: ids.problem, storeId: '0' },
    // Content-script routes, but not from a content script in an Amazon tab:
    { type: 'cs-bg-clear-cookies' },
    { type: 'cs-bg-open-popup' },
    { type: 'cs-bg-diagnosis', diagnosis },
    // The right route's shape with a wrong inside:
    { type: 'cs-bg-diagnosis', diagnosis: { ...diagnosis, cause: 'not-a-cause' } },
    { type: 'cs-bg-diagnosis', diagnosis: { ...diagnosis, alert: { heading: 'x'.repeat(5000), text: '' } } },
  ];
}

const cookieNames = async (driver: BrowserDriver) =>
  (await driver.cookies()).map((c) => `${c.domain} ${c.name}`).sort();

export function badRuntimeMessages(browser: () => ObservedBrowser): void {
  it('runtime messages of the wrong shape or route, from an extension page, are refused and change nothing', async () => {
    const { driver } = browser();
    const problem = await driver.open(HOSTILE.forged);
    const clean = await driver.open(PAGES.clean);
    await expectBanner(driver, problem, 'unknown-error');
    await settled(clean);
    await driver.evaluate(clean, () => void ((window as unknown as { marker: number }).marker = 1), null);
    const cookies = await cookieNames(driver);
    const sender = await driver.openExtensionPage('options/options.html');

    const send = (messages: unknown[]) =>
      driver.evaluate(
        sender,
        async (list: unknown[]) => {
          type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
          const g = globalThis as { browser?: Api; chrome?: Api };
          const api = (g.browser ?? g.chrome)!;
          const replies: string[] = [];
          for (const m of list) {
            replies.push(
              await api.runtime.sendMessage(m).then(
                (r: unknown) => JSON.stringify(r ?? null),
                (e: unknown) => `refused: ${String(e)}`,
              ),
            );
          }
          return replies;
        },
        messages,
      );

    // The channel works: a well-formed question gets its answer.
    const [good] = await send([{ type: 'ui-bg-get-tab', tabId: problem.id }]);
    expect(good).toContain('"unknown-error"');
    const replies = await send(badMessages({ clean: clean.id, problem: problem.id }));
    for (const reply of replies) expect(reply).toMatch(/^(null|refused: .*)$/);
    await settle();

    expect(await cookieNames(driver)).toEqual(cookies);
    await expectBadge(driver, clean.id, false);
    await expectPopupCause(driver, clean.id, 'none');
    await expectPopupCause(driver, problem.id, 'unknown-error');
    expect(await driver.evaluate(clean, () => (window as unknown as { marker?: number }).marker, null)).toBe(1); // not reloaded
  });
}
