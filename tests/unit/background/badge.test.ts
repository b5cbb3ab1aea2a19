// The badge title names the cause by its headline. Cause rules are stubbed here so the test does not
// depend on which headline strings _locales has yet: 'extDescription' stands in for a headline.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BADGE_TEXT, badgeTitle, showBadge } from '../../../src/background/badge';
import { translator } from '../../translations';
import { installFakeBrowser, type FakeBrowser } from '../fake-browser';

const HEADLINES: Record<string, string> = { captcha: 'extDescription', 'account-not-found': 'hintSisterStoreTitle' };
vi.mock('../../../src/detect/causes/index', () => ({
  ruleFor: (id: string) => ({
    id,
    guidance: { headline: HEADLINES[id] ?? 'noSuchHeadlineKey', why: '', steps: [], actions: [], hints: [] },
  }),
}));

const en = translator('en');
const ja = translator('ja');
let fake: FakeBrowser;

beforeEach(() => {
  fake = installFakeBrowser();
});

describe('badgeTitle', () => {
  it('puts the headline, translated, into the title', () => {
    expect(badgeTitle('captcha', en)).toBe(`Sign-in Helper: ${en('extDescription')}`);
    expect(badgeTitle('captcha', ja)).toContain(ja('extDescription'));
    expect(badgeTitle('captcha', ja)).not.toContain(en('extDescription'));
  });

  it('fills in the store and its sister where the headline names them', () => {
    const title = badgeTitle('account-not-found', en, 'jp');
    expect(title).toContain('amazon.co.jp');
    expect(title).toContain('amazon.com');
    expect(title).not.toContain('$');
  });

  it('falls back to a generic title when the headline string is missing', () => {
    expect(badgeTitle('wrong-password', en)).toBe(en('badgeTitleProblem'));
    expect(badgeTitle('wrong-password', en)).not.toContain('noSuchHeadlineKey');
  });
});

describe('showBadge', () => {
  it('sets and clears one tab only', async () => {
    const a = fake.addTab();
    const b = fake.addTab();
    await showBadge(a.id, 'captcha', en);
    expect(fake.badge(a.id)).toMatchObject({ text: BADGE_TEXT, title: badgeTitle('captcha', en) });
    expect(fake.badge(b.id).text).toBe('');
    await showBadge(a.id, null, en);
    expect(fake.badge(a.id)).toMatchObject({ text: '', title: en('actionTitle') });
  });

  it('does not throw for a tab that closed meanwhile', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(showBadge(999, 'captcha', en)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
