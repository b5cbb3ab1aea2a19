// The customer-service report: facts only, labels in the chosen language, browser reduced to name,
// major version and system.
import { describe, expect, it } from 'vitest';
import { translator } from '../../translations';
import { browserLabel, buildReport } from '../../../src/report';

const UAS: Array<[string, string]> = [
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.86 Safari/537.36',
    'Chrome 131 (Windows)',
  ],
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.70',
    'Edge 131 (Windows)',
  ],
  ['Mozilla/5.0 (Android 14; Mobile; rv:142.0) Gecko/142.0 Firefox/142.0', 'Firefox 142 (Android)'],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:140.0) Gecko/20100101 Firefox/140.0', 'Firefox 140 (macOS)'],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Safari 17 (iOS)',
  ],
  [
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
    'Chrome 131 (Linux)',
  ],
  ['something else', 'unknown'],
];

describe('browserLabel', () => {
  it.each(UAS)('%s → %s', (ua, label) => {
    expect(browserLabel(ua)).toBe(label);
  });
});

describe('buildReport', () => {
  const facts = {
    cause: 'account-not-found' as const,
    headline: 'No account with that address on this store',
    marketplace: 'jp' as const,
    step: 'email' as const,
    userAgent: UAS[2]![0],
    time: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
  };

  it('has one line per fact, in English', () => {
    const t = translator('en');
    const lines = buildReport(facts, t).split('\n');
    expect(lines).toEqual([
      t('reportTitle'),
      `${t('reportCause')}: No account with that address on this store (account-not-found)`,
      `${t('reportStore')}: amazon.co.jp`,
      `${t('reportStep')}: ${t('reportStepEmail')} (email)`,
      `${t('reportBrowser')}: Firefox 142 (Android)`,
      `${t('reportTime')}: 2025-01-02T03:04:05.000Z`,
    ]);
  });

  it('uses the Japanese labels in Japanese', () => {
    const ja = translator('ja');
    const report = buildReport(facts, ja);
    expect(report).toContain(`${ja('reportStore')}: amazon.co.jp`);
    expect(report).toContain(ja('reportStepEmail'));
    expect(report).not.toContain(translator('en')('reportStore'));
  });

  it('says so when there is no cause, store or step', () => {
    const t = translator('en');
    const report = buildReport({ ...facts, cause: null, headline: null, marketplace: null, step: null }, t);
    expect(report).toContain(`${t('reportCause')}: ${t('reportNoCause')}`);
    expect(report).toContain(`${t('reportStore')}: ${t('reportUnknown')}`);
    expect(report).not.toContain('account-not-found');
  });

  it('has a label for every page step', async () => {
    const { STEPS } = await import('../../../src/detect/types');
    const t = translator('ja');
    for (const step of STEPS) {
      const line = buildReport({ ...facts, step }, t).split('\n')[3]!;
      expect(line).not.toMatch(/reportStep[A-Z]/);
    }
  });
});
