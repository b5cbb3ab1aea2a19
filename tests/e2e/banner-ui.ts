// The banner lives in a closed shadow root: page scripts (and so page.evaluate) can't see inside.
// The drivers reach it through the automation protocol (inShadowRoot); clicks are real mouse clicks
// at the button's position, because the banner ignores untrusted (script-made) clicks on purpose.
import type { Language } from '../../src/languages';
import { messagesOf } from '../translations';
import type { BrowserDriver, Tab } from './driver';
import { BANNER } from './expect-ext';

/** A UI string as the product shows it, from _locales (so tests don't hard-code copy). */
export function message(lang: Language, key: string): string {
  const text = messagesOf(lang)[key]?.message;
  if (!text) throw new Error(`_locales/${lang} has no ${key}`);
  return text;
}

/** Text and language of what the banner shows, or null when there is no banner. */
export function bannerContent(driver: BrowserDriver, tab: Tab): Promise<{ text: string; lang: string } | null> {
  return driver.inShadowRoot(
    tab,
    BANNER,
    (root) => ({
      text: (root.textContent ?? '').replace(/\s+/g, ' ').trim(),
      lang: root.querySelector('[lang]')?.getAttribute('lang') ?? '',
    }),
    null,
  );
}

/** Real click on the banner button labelled `label`. */
export async function clickBannerButton(driver: BrowserDriver, tab: Tab, label: string): Promise<void> {
  const at = await driver.inShadowRoot(
    tab,
    BANNER,
    (root, text: string) => {
      const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
      if (!button) return null;
      button.scrollIntoView({ block: 'center' });
      const r = button.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    label,
  );
  if (!at) throw new Error(`no banner button "${label}" on ${tab.url}`);
  await driver.mouseClick(tab, at.x, at.y);
}

/** Back to the defaults: options are per browser profile, and one profile serves the whole suite. */
export async function resetOptions(driver: BrowserDriver): Promise<void> {
  await driver.ext((api) => api.storage.sync.clear(), null);
}

/** Japanese script (kana or kanji) anywhere in the text. */
export const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
