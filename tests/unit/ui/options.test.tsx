// The options page: defaults, saving each control, the old stored shape, the site-data permission,
// and the history view.
import { afterEach, describe, expect, it } from 'vitest';
import { ruleFor } from '../../../src/detect/causes';
import { addHistory, readHistory } from '../../../src/history';
import { ENDONYMS, LANGUAGES } from '../../../src/i18n';
import { translator } from '../../translations';
import { SETTINGS_VERSION } from '../../../src/settings';
import { Options } from '../../../options/app';
import { installFakeBrowser, type FakeBrowser, type FakeBrowserOptions } from '../fake-browser';
import { click, flush, mount, text, waitFor, type Mounted } from './helpers';

const en = translator('en');
const ja = translator('ja');

let view: Mounted | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function open(
  options: FakeBrowserOptions = {},
  stored?: unknown,
): Promise<{ fake: FakeBrowser; page: HTMLElement }> {
  const fake = installFakeBrowser(options);
  if (stored !== undefined) fake.storage.sync.data.set('settings', stored);
  view = mount(<Options />);
  const page = await waitFor(() => view!.root.querySelector<HTMLElement>('#options:not([aria-busy])'));
  await flush();
  return { fake, page };
}
const input = (page: HTMLElement, selector: string) => page.querySelector<HTMLInputElement>(selector)!;
const stored = (fake: FakeBrowser) => fake.storage.sync.data.get('settings') as Record<string, unknown>;

describe('options', () => {
  it('shows the defaults when nothing is stored', async () => {
    const { page } = await open();
    expect(input(page, 'input[name="banner"]').checked).toBe(true);
    expect(input(page, 'input[name="language"][value="auto"]').checked).toBe(true);
    expect(input(page, 'input[name="inputHints"]').checked).toBe(true);
    expect(input(page, 'input[name="clearScope"][value="cookies"]').checked).toBe(true);
    expect(page.querySelectorAll('fieldset > legend')).toHaveLength(4);
    for (const el of page.querySelectorAll('input')) expect(el.closest('label')).not.toBeNull();
  });

  it('saves a toggle at once, with the schema version', async () => {
    const { fake, page } = await open();
    await click(input(page, 'input[name="banner"]'));
    expect(stored(fake)).toMatchObject({ banner: false, inputHints: true, version: SETTINGS_VERSION });
    await click(input(page, 'input[name="inputHints"]'));
    expect(stored(fake)).toMatchObject({ banner: false, inputHints: false });
    expect(text(page.querySelector('.note.saved'))).toBe(en('optionsSaved'));
  });

  it('reads what an older version stored and writes it back in the current shape', async () => {
    const { fake, page } = await open({}, { showBanner: false, language: 'ja' });
    expect(input(page, 'input[name="banner"]').checked).toBe(false);
    expect(input(page, 'input[name="language"][value="ja"]').checked).toBe(true);
    await click(input(page, 'input[name="inputHints"]'));
    expect(stored(fake)).toEqual({
      banner: false,
      language: 'ja',
      inputHints: false,
      clearScope: 'cookies',
      version: SETTINGS_VERSION,
    });
  });

  it('switches the page language as soon as a language is chosen', async () => {
    const { fake, page } = await open({ uiLanguage: 'en-US' });
    expect(text(page.querySelector('h1'))).toBe(en('optionsTitle'));
    await click(input(page, 'input[name="language"][value="ja"]'));
    expect(stored(fake)).toMatchObject({ language: 'ja' });
    await waitFor(() => page.getAttribute('lang') === 'ja', 'the Japanese table');
    expect(text(page.querySelector('h1'))).toBe(ja('optionsTitle'));
  });

  it('offers auto and every language, each named in itself, and turns the page right to left for Arabic', async () => {
    const { page } = await open({ uiLanguage: 'de-DE' });
    const choices = [...page.querySelectorAll<HTMLInputElement>('input[name="language"]')].map((el) => [
      el.value,
      text(el.closest('label')!.querySelector('span')),
    ]);
    expect(choices).toEqual([
      ['auto', translator('de')('optionsLanguageAuto')],
      ...LANGUAGES.map((l) => [l, ENDONYMS[l]]),
    ]);
    expect(page.getAttribute('lang')).toBe('de');
    await click(input(page, 'input[name="language"][value="ar"]'));
    await waitFor(() => page.getAttribute('lang') === 'ar', 'the Arabic table');
    expect(document.documentElement.dir).toBe('rtl');
    await click(input(page, 'input[name="language"][value="pt_BR"]'));
    await waitFor(() => page.getAttribute('lang') === 'pt-BR', 'the Portuguese table');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('asks for the browsingData permission when site data is chosen, and keeps it when granted', async () => {
    const { fake, page } = await open({ grantOnRequest: true });
    await click(input(page, 'input[name="clearScope"][value="cookies-and-site-data"]'));
    expect(await fake.browser.permissions.contains({ permissions: ['browsingData'] })).toBe(true);
    expect(stored(fake)).toMatchObject({ clearScope: 'cookies-and-site-data' });
    await click(input(page, 'input[name="clearScope"][value="cookies"]'));
    expect(stored(fake)).toMatchObject({ clearScope: 'cookies' });
    expect(await fake.browser.permissions.contains({ permissions: ['browsingData'] })).toBe(false);
  });

  it('stays on cookies only and says so when the permission is refused', async () => {
    const { fake, page } = await open({ grantOnRequest: false });
    await click(input(page, 'input[name="clearScope"][value="cookies-and-site-data"]'));
    expect(input(page, 'input[name="clearScope"][value="cookies"]').checked).toBe(true);
    expect(stored(fake)).toMatchObject({ clearScope: 'cookies' });
    expect(text(page.querySelector('[data-note="scope"]'))).toBe(en('optionsScopeRefused'));
  });
});

describe('options: history', () => {
  it('lists cause headline, store and local time, newest first, and clears it', async () => {
    const fake = installFakeBrowser();
    await addHistory({ cause: 'captcha', marketplace: 'us', time: Date.UTC(2025, 2, 1, 9, 0) });
    await addHistory({ cause: 'wrong-password', marketplace: 'jp', time: Date.UTC(2025, 2, 2, 9, 0) });
    view = mount(<Options />);
    const items = await waitFor(() => {
      const list = view!.root.querySelectorAll('.entries li');
      return list.length === 2 ? [...list] : null;
    });
    expect(text(items[0]!.querySelector('.what'))).toBe(en(ruleFor('wrong-password').guidance.headline));
    expect(text(items[0])).toContain('amazon.co.jp');
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2025-03-02T09:00:00.000Z');
    expect(text(items[1])).toContain('amazon.com');

    await click(view.root.querySelector('[data-action="clear-history"]'));
    expect(await readHistory()).toEqual([]);
    expect(fake.storage.local.data.has('history')).toBe(false);
    expect(view.root.querySelectorAll('.entries li')).toHaveLength(0);
    expect(text(view.root.querySelector('.history .empty'))).toBe(en('optionsHistoryEmpty'));
  });

  it('shows a diagnosis recorded while the page is open', async () => {
    installFakeBrowser();
    view = mount(<Options />);
    await waitFor(() => view!.root.querySelector('.history .empty'));
    await addHistory({ cause: 'code-limit', marketplace: 'uk', time: Date.now() });
    await waitFor(() => view!.root.querySelector('.entries li'));
    expect(text(view.root.querySelector('.entries li'))).toContain('amazon.co.uk');
  });
});
