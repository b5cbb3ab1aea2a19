// The popup's page report for the maintainers: one click from an unknown-error diagnosis, behind
// "This isn't my problem" elsewhere; the text is readable before copying and is exactly what is copied.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageStructure } from '../../../src/detect/page-structure';
import type { Diagnosis } from '../../../src/detect/types';
import type { TabState } from '../../../src/messages';
import { ISSUES_URL } from '../../../src/page-report';
import { Popup } from '../../../popup/app';
import { click, mount, stubBackground, waitFor, type Mounted } from './helpers';

const structure: PageStructure = {
  store: 'jp',
  host: 'www.amazon.co.jp',
  path: '/ap/signin/[number]',
  step: 'password',
  cause: 'unknown-error',
  appAction: 'SIGNIN_PWD_COLLECT',
  alerts: [
    {
      id: 'auth-error-message-box',
      classes: ['a-box', 'a-alert', 'a-alert-error'],
      kind: 'error',
      heading: 'お客様のアカウントについて',
      text: '[name]様、Eメールアドレス [email] と電話番号 [number] について確認が必要です。',
    },
  ],
  forms: [
    {
      id: '',
      name: 'signIn',
      classes: ['auth-validate-form'],
      action: '/ap/signin',
      hiddenInputs: ['appAction', 'email'],
    },
  ],
};

const diagnosisOf = (cause: Diagnosis['cause']): Diagnosis => ({
  cause,
  step: 'password',
  marketplace: 'jp',
  alert: { heading: 'お客様のアカウントについて', text: '山田 花子様…' },
  hints: [],
});
const stateFor = (cause: Diagnosis['cause'], s: PageStructure | null = structure): TabState => ({
  tabId: 7,
  diagnosis: diagnosisOf(cause),
  marketplace: 'jp',
  time: 0,
  structure: s,
});

let view: Mounted | undefined;
const writeText = vi.fn<(s: string) => Promise<void>>();
beforeEach(() => {
  writeText.mockReset().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
});
afterEach(() => {
  view?.unmount();
  view = undefined;
});

async function open(state: TabState) {
  stubBackground(state, { uiLanguage: 'en' });
  view = mount(<Popup search="?tabId=7" />);
  return waitFor(() => view!.root.querySelector<HTMLElement>('#app[data-cause]'));
}
const copyButton = (app: Element) => app.querySelector<HTMLButtonElement>('[data-action="copy-page-report"]');
const preview = (app: Element) => app.querySelector('[data-page-report-preview]')?.textContent ?? '';

describe('page report', () => {
  it('unknown-error: the button is there at once, the preview shows the text, one click copies exactly it', async () => {
    const app = await open(stateFor('unknown-error'));
    expect(copyButton(app)).not.toBeNull();
    const shown = preview(app);
    const report = JSON.parse(shown);
    expect(report).toMatchObject({ report: 'signin-helper page report', structure });
    expect(report.extension).toEqual(expect.any(String));
    expect(shown).not.toContain('山田');
    await click(copyButton(app));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(shown);
    expect(app.textContent).toContain(ISSUES_URL);
  });

  it('another cause: the report waits behind "This isn\'t my problem", then works the same', async () => {
    const app = await open(stateFor('wrong-password', { ...structure, cause: 'wrong-password' }));
    expect(copyButton(app)).toBeNull();
    const link = app.querySelector('button[data-view="page-report"]');
    expect(link?.textContent).toBe("This isn't my problem");
    await click(link);
    expect(JSON.parse(preview(app)).structure.cause).toBe('wrong-password');
    await click(copyButton(app));
    expect(writeText).toHaveBeenCalledWith(preview(app));
  });

  it('a tab that reported no structure: no button, a word on how to get one', async () => {
    const app = await open(stateFor('unknown-error', null));
    expect(copyButton(app)).toBeNull();
    expect(app.textContent).toContain('Reload the Amazon page');
  });

  it('a refused clipboard leaves the preview open to copy by hand', async () => {
    writeText.mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const app = await open(stateFor('unknown-error'));
    await click(copyButton(app));
    expect(app.querySelector('.page-report details')?.hasAttribute('open')).toBe(true);
  });
});
