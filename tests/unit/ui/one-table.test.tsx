// The popup and the options page read the one locale table of the language they speak, from the
// extension's own package, and a language chosen in the options adds that one table only. A file of
// its own: src/i18n.ts keeps what it read for the life of the page, here of this file.
import { afterEach, describe, expect, it } from 'vitest';
import { Options } from '../../../options/app';
import { Popup } from '../../../popup/app';
import { installFakeBrowser } from '../fake-browser';
import { click, mount, stubBackground, waitFor, type Mounted } from './helpers';

let view: Mounted | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const table = (base: string, language: string) => `${base}_locales/${language}/messages.json`;

describe('one table per language', () => {
  it('the popup on a Japanese browser reads the Japanese table and nothing else', async () => {
    const { fake } = stubBackground(null, { uiLanguage: 'ja-JP' });
    view = mount(<Popup search="?tabId=3" />);
    await waitFor(() => view!.root.querySelector('#app[data-cause]'), 'data-cause');
    expect(fake.fetched).toEqual([table(fake.extensionBase, 'ja')]);
  });

  it('the options page reads its own language, then only the one chosen', async () => {
    const fake = installFakeBrowser({ uiLanguage: 'de-DE' });
    view = mount(<Options />);
    const page = await waitFor(() => view!.root.querySelector<HTMLElement>('#options:not([aria-busy])'));
    expect(fake.fetched).toEqual([table(fake.extensionBase, 'de')]);
    await click(page.querySelector('input[name="language"][value="ar"]'));
    await waitFor(() => page.getAttribute('lang') === 'ar', 'the Arabic table');
    expect(fake.fetched).toEqual([table(fake.extensionBase, 'de'), table(fake.extensionBase, 'ar')]);
  });
});
