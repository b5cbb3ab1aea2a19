// The default engine: the saved page parsed by jsdom at its address, the real detector run on it.
// No browser, no stylesheet: boxes count as shown unless the markup itself hides them.
import { pageFromHtml } from '../../tests/unit/detect/load-page';
import { pageFindings } from './findings';
import type { FileResult } from './output';

export function diagnoseInJsdom(file: string, html: string, url: string): FileResult {
  const doc = pageFromHtml(html, url);
  return { file, url, engine: 'jsdom', ...pageFindings(doc, url, true) };
}
