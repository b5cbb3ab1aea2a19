// The "copy a report for customer service" text. Built only from what the extension decided (cause,
// store, page step), the browser's name and a time: never an address, a name, anything typed, or
// Amazon's alert text (it may quote what was typed back, so it is left out to be safe).
import type { CauseId, Step } from './detect/types';
import type { Translate } from './i18n';
import { marketplaceById, type MarketplaceId } from './marketplaces';
import { pascalCase } from './pascal-case';

export interface ReportFacts {
  cause: CauseId | null;
  /** The cause's headline, already in the chosen language (null when there is no cause). */
  headline: string | null;
  marketplace: MarketplaceId | null;
  step: Step | null;
  userAgent: string;
  time: Date;
}

interface BrowserPattern {
  name: string;
  re: RegExp;
}

// Order matters: Edge, Opera and Samsung also say "Chrome", and every Chromium says "Safari".
const BROWSERS: readonly BrowserPattern[] = [
  { name: 'Edge', re: /\bEdg(?:A|iOS)?\/(\d+)/ },
  { name: 'Opera', re: /\bOPR\/(\d+)/ },
  { name: 'Samsung Internet', re: /\bSamsungBrowser\/(\d+)/ },
  { name: 'Firefox', re: /\b(?:Firefox|FxiOS)\/(\d+)/ },
  { name: 'Chrome', re: /\b(?:HeadlessChrome|Chrome|CriOS)\/(\d+)/ },
  { name: 'Safari', re: /\bVersion\/(\d+)[.\d]* (?:Mobile\/\S+ )?Safari\// },
];

/** "Firefox 142 (Android)": browser name and major version only, plus the kind of system. */
export function browserLabel(userAgent: string): string {
  const found = BROWSERS.find((b) => b.re.test(userAgent));
  const version = found ? found.re.exec(userAgent)?.[1] : undefined;
  const name = found && version ? `${found.name} ${version}` : 'unknown';
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad|iPod/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /CrOS/.test(userAgent)
            ? 'ChromeOS'
            : /Linux/.test(userAgent)
              ? 'Linux'
              : '';
  return system ? `${name} (${system})` : name;
}

const stepKey = (step: Step) => `reportStep${pascalCase(step)}`;

/** Plain text, one fact per line, labels in the chosen language and ids in parentheses for staff. */
export function buildReport(facts: ReportFacts, t: Translate): string {
  const cause = facts.cause ? `${facts.headline ?? facts.cause} (${facts.cause})` : t('reportNoCause');
  const store = facts.marketplace ? marketplaceById(facts.marketplace).domain : t('reportUnknown');
  const step = facts.step ? `${t(stepKey(facts.step))} (${facts.step})` : t('reportUnknown');
  return [
    t('reportTitle'),
    `${t('reportCause')}: ${cause}`,
    `${t('reportStore')}: ${store}`,
    `${t('reportStep')}: ${step}`,
    `${t('reportBrowser')}: ${browserLabel(facts.userAgent)}`,
    `${t('reportTime')}: ${facts.time.toISOString()}`,
  ].join('\n');
}
