// Every cause, in both languages, with every hint: the popup shows resolved words only, never a raw
// message key or an unfilled $PLACEHOLDER$, and offers the cookie button and the report.
import { afterEach, describe, expect, it } from 'vitest';
import { CAUSE_IDS, HINT_IDS, type CauseId } from '../../../src/detect/types';
import { saveSettings } from '../../../src/settings';
import { Popup } from '../../../popup/app';
import { mount, stubBackground, waitFor, type Mounted } from './helpers';

let view: Mounted | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const RAW_KEY = /\b(?:[a-z]+(?:[A-Z][a-z0-9]+)+)(?:Headline|Why|Step\d+|Title|Body)\b|\baction[A-Z]\w+|\$[A-Z_]+\$/;

describe.each(['en', 'ja'] as const)('every cause in %s', (language) => {
  it.each(CAUSE_IDS.map((c) => [c]))('%s', async (cause: CauseId) => {
    const alert = { heading: 'There was a problem', text: 'Amazon words' };
    stubBackground({
      tabId: 7,
      diagnosis: { cause, step: 'password', marketplace: 'jp', alert, hints: [...HINT_IDS] },
      marketplace: 'jp',
      time: 0,
    });
    await saveSettings({ language });
    view = mount(<Popup search="?tabId=7" />);
    const app = await waitFor(() => view!.root.querySelector<HTMLElement>('#app[data-cause]'));
    expect(app.dataset.cause).toBe(cause);
    expect(app.getAttribute('lang')).toBe(language);
    const words = app.innerText ?? app.textContent ?? '';
    expect(words).not.toMatch(RAW_KEY);
    for (const el of app.querySelectorAll('a, button')) expect(el.textContent?.trim(), el.outerHTML).toBeTruthy();
    expect(app.querySelectorAll('[data-action="clear-cookies"]')).toHaveLength(1);
    expect(app.querySelectorAll('[data-action="copy-report"]')).toHaveLength(1);
    expect(app.querySelectorAll('ol.steps > li').length).toBeGreaterThan(0);
  });
});
