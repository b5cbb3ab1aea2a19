// The popup's start (popup/start.ts): every question goes out at once, and a popup started that way
// draws the whole view in its first render when the answers came in first.
import { afterEach, describe, expect, it } from 'vitest';
import type { TabState } from '../../../src/messages';
import { saveSettings } from '../../../src/settings';
import { Popup } from '../../../popup/app';
import { firstLook } from '../../../popup/start';
import { translator } from '../../translations';
import { flush, mount, type StubBackground, stubBackground, text, type Mounted } from './helpers';

const STATE: TabState = {
  tabId: 7,
  diagnosis: { cause: 'wrong-password', step: 'password', marketplace: 'jp', alert: null, hints: [] },
  marketplace: 'jp',
  time: Date.UTC(2025, 4, 6, 1, 2, 3),
};

/** Holds the settings read until release(): what the popup asks meanwhile can be seen. */
function holdSettings(stub: StubBackground): () => void {
  const sync = stub.fake.browser.storage.sync;
  const read = sync.get.bind(sync);
  let release = () => {};
  sync.get = ((keys: string) => new Promise((resolve) => (release = () => resolve(read(keys))))) as typeof sync.get;
  return () => release();
}

let view: Mounted | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('popup start', () => {
  it('asks for the tab and the sessions while the settings are still being read', async () => {
    const stub = stubBackground(STATE);
    const release = holdSettings(stub);
    const started = firstLook('?tabId=7');
    await flush();
    expect(stub.messages.map((m) => m.type).sort()).toEqual(['ui-bg-get-tab', 'ui-bg-signed-in']);
    release();
    const first = await started;
    expect(first.texts?.language).toBe('en');
    expect(first.loaded?.state?.diagnosis?.cause).toBe('wrong-password');
  });

  it("reads the language chosen in the options, not the browser's", async () => {
    stubBackground(STATE, { uiLanguage: 'en-US' });
    await saveSettings({ language: 'ja' });
    const first = await firstLook('?tabId=7');
    expect(first.texts?.language).toBe('ja');
    expect(first.texts?.t('extName')).toBe(translator('ja')('extName'));
  });

  it('draws the diagnosis in its first render when the answers came in before the words', async () => {
    const release = holdSettings(stubBackground(STATE));
    const started = firstLook('?tabId=7');
    await flush();
    release();
    const first = await started;
    view = mount(<Popup search="?tabId=7" first={first} />);
    // No wait: the first render already carries the cause and its headline.
    const app = view.root.querySelector<HTMLElement>('#app');
    expect(app?.dataset.cause).toBe('wrong-password');
    expect(app?.getAttribute('aria-busy')).toBeNull();
    expect(text(app?.querySelector('h1'))).not.toBe('');
  });
});
