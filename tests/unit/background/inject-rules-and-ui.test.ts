// Safari's content.js asks the background for rules-and-ui.js (content-scripts/import-ui-injected.ts):
// the file is run in the sender's own top frame, only on a sign-in page, and a request that names
// another tab or comes from anywhere else injects nothing.
import { beforeEach, describe, expect, it } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from '../fake-browser';
import { JP_SIGNIN, settle, startBackground } from './helpers';

const ASK = { type: 'cs-bg-inject-rules-and-ui' };
let fake: FakeBrowser;
/** Injections of rules-and-ui.js (start-up injects content.js into open sign-in tabs as well). */
const uiInjections = () => fake.calls.injected.filter((c) => c.files.includes('rules-and-ui.js'));

async function safari(options: { withheld?: string[] } = {}) {
  fake = createFakeBrowser({ profile: 'safari', ...options });
  await startBackground(fake);
  await settle();
}

describe('cs-bg-inject-rules-and-ui: rules-and-ui.js into the asking frame', () => {
  beforeEach(() => safari());

  it('runs rules-and-ui.js in the sender tab’s top frame only, and says so', async () => {
    fake.addTab({ url: 'https://www.amazon.co.jp/ap/signin?x=1' });
    const tab = fake.addTab({ url: JP_SIGNIN });
    expect(await fake.sendFromContentScript(tab.id, ASK)).toBe(true);
    expect(uiInjections()).toEqual([{ tabId: tab.id, files: ['rules-and-ui.js'], frameIds: [0], world: 'ISOLATED' }]);
  });

  it('a sign-in door (Seller Central) is a sign-in page too', async () => {
    const tab = fake.addTab({ url: 'https://sellercentral.amazon.co.jp/ap/signin?x=1' });
    expect(await fake.sendFromContentScript(tab.id, ASK)).toBe(true);
    expect(uiInjections().map((c) => c.tabId)).toEqual([tab.id]);
  });

  it('a store page that is not a sign-in page gets nothing (false)', async () => {
    const tab = fake.addTab({ url: 'https://www.amazon.co.jp/dp/B000000000' });
    expect(await fake.sendFromContentScript(tab.id, ASK)).toBe(false);
    expect(uiInjections()).toEqual([]);
  });

  it('rejected without a reply: from a subframe, from another site, or naming a tab', async () => {
    const tab = fake.addTab({ url: JP_SIGNIN });
    const other = fake.addTab({ url: 'https://example.com/ap/signin' });
    expect(await fake.sendFromContentScript(tab.id, ASK, { frameId: 3 })).toBeUndefined();
    expect(await fake.sendFromContentScript(other.id, ASK)).toBeUndefined();
    expect(await fake.sendFromContentScript(tab.id, { ...ASK, tabId: other.id })).toBeUndefined();
    expect(await fake.sendFromExtensionPage(ASK)).toBeUndefined();
    expect(uiInjections()).toEqual([]);
  });

  it('false where the browser refuses the injection (the store’s access withheld)', async () => {
    await safari({ withheld: ['amazon.co.jp'] });
    const tab = fake.addTab({ url: JP_SIGNIN });
    expect(await fake.sendFromContentScript(tab.id, ASK)).toBe(false);
    expect(uiInjections()).toEqual([]);
  });
});
