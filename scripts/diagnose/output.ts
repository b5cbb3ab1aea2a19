// The two output forms: one JSON object per line (--json), or a short block a person reads.
import { marketplaceById, isMarketplaceId } from '../../src/marketplaces';
import type { PageFindings } from './findings';

export interface FileResult extends PageFindings {
  file: string;
  url: string;
  engine: string;
  /** Real engines only: the banner's host element appeared on the page. */
  banner?: boolean;
}

export function jsonLine(result: FileResult): string {
  return JSON.stringify(result);
}

const quote = (s: string) => (s ? `"${s}"` : '""');

export function humanBlock(result: FileResult): string {
  const store =
    result.marketplace && isMarketplaceId(result.marketplace)
      ? `${marketplaceById(result.marketplace).domain} (${result.marketplace})`
      : 'not an Amazon store';
  const lines = [`${result.file}  [${result.engine}] ${result.url}`];
  const row = (label: string, value: string) => lines.push(`  ${label.padEnd(8)}${value}`);
  row('cause', result.cause ?? (result.step ? 'none: nothing wrong on this page' : 'none'));
  row('step', result.step ?? 'not a sign-in page the extension reads (outside its paths)');
  row('store', store);
  const door = result.door;
  if (door) {
    const stores = door.stores.map((id) => (isMarketplaceId(id) ? marketplaceById(id).domain : id)).join(', ');
    row('door', `${door.service} on ${door.host || 'the storefront'}; account of ${stores}`);
  }
  if (result.alerts.length === 0) row('alerts', 'no alert box shown');
  for (const [i, a] of result.alerts.entries()) {
    row(i === 0 ? 'alerts' : '', `${a.kind}${a.id ? ` #${a.id}` : ''}: ${quote(a.heading)} ${quote(a.text)}`);
  }
  const r = result.rule;
  if (r?.by === 'phrase') row('rule', `${r.id}, by the phrase "${r.phrase}" (${r.lang}) in #${r.alertId || '?'}`);
  else if (r) row('rule', `${r.id}, by structure: ${r.detail}`);
  else if (result.step) row('rule', 'none matched');
  if (result.hints.length) row('hints', result.hints.join(', '));
  if (result.banner !== undefined) row('banner', result.banner ? 'shown' : 'not shown');
  return lines.join('\n');
}
