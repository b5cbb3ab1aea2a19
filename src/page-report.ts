// The page report for the maintainers: the page's structure (already masked by the content script)
// plus the extension's version and the browser, as plain JSON the person can read before copying.
import type { PageStructure } from './detect/page-structure';

/** Where reports go: the project's issue tracker, the same URL as package.json "bugs". */
export const ISSUES_URL = 'https://github.com/signin-helper/signin-helper-for-amazon/issues';

export interface PageReportEnv {
  extension: string;
  /** browserLabel(userAgent): name, major version and kind of system only. */
  browser: string;
}

export function buildPageReport(structure: PageStructure, env: PageReportEnv): string {
  const report = { report: 'signin-helper page report', extension: env.extension, browser: env.browser, structure };
  return JSON.stringify(report, null, 2);
}
