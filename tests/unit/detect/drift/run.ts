// Runs every mutation on every capture and every page of ours and sorts each outcome: the cause
// kept, a fallback (unknown-error with Amazon's words, or the step's own cause), lost (no cause where
// there is one), or wrong (a different cause, or a cause on a clean page). Shared by drift.test.ts
// (which asserts) and npm run bench:detect (which prints the figures).
import { detect } from '../../../../src/detect/detect';
import type { CauseId, Step } from '../../../../src/detect/types';
import { CAPTURES } from '../../../fixtures/captures/index';
import { loadCapture, loadOwnPage, ownPages, pageFromHtml, withLayout } from '../load-page';
import { MUTATIONS, type Mutation, type MutationKind } from './mutations';

export type Outcome = 'kept' | 'fallback' | 'lost' | 'wrong';

export interface DriftCase {
  name: string;
  url: string;
  /** null: a clean page; undefined: not a sign-in page (detect() must stay null). */
  cause: CauseId | null | undefined;
  cookiesEnabled: boolean;
  html: () => string;
  load: () => Document;
}

export interface DriftResult {
  page: string;
  mutation: Mutation;
  expected: CauseId | null | undefined;
  got: CauseId | null | undefined;
  outcome: Outcome;
}

/** The cause a step names by itself, whatever the page says. */
const STEP_CAUSES: Partial<Record<Step, CauseId>> = {
  captcha: 'captcha',
  'robot-check': 'captcha',
  'waf-challenge': 'captcha',
  verification: 'verification-code',
  mfa: 'two-step-verification',
  'mfa-device': 'two-step-verification',
  approval: 'approval-required',
  intent: 'account-not-found',
};

/** Every real capture, at the URL it came from. */
export function captureCases(): DriftCase[] {
  return CAPTURES.map((c) => {
    const doc = loadCapture(c.file, c.url);
    return {
      name: c.file,
      url: c.url,
      cause: c.cause,
      cookiesEnabled: true,
      html: () => doc.documentElement.outerHTML,
      load: () => doc.cloneNode(true) as Document,
    };
  });
}

/** Every page of ours. */
export function pageCases(): DriftCase[] {
  // A page whose alert its own script inserts later is a clean page at load: the observer's part.
  return ownPages()
    .filter((p) => p.lateMs === null)
    .map((p) => {
      const doc = loadOwnPage(p);
      return {
        name: p.file,
        url: p.url,
        cause: p.step === 'not-signin' ? undefined : p.cause,
        cookiesEnabled: !p.cookiesBlocked,
        html: () => p.html,
        load: () => doc.cloneNode(true) as Document,
      };
    });
}

export const driftCases = (): DriftCase[] => [...captureCases(), ...pageCases()];

function classify(c: DriftCase, doc: Document): Pick<DriftResult, 'got' | 'outcome'> {
  const d = detect(doc, c.url, { cookiesEnabled: c.cookiesEnabled });
  const got = d === null ? undefined : d.cause;
  if (got === c.cause) return { got, outcome: 'kept' };
  if (!d?.cause) return { got, outcome: c.cause ? 'lost' : 'wrong' };
  if (!c.cause) return { got, outcome: 'wrong' };
  const fallback = (d.cause === 'unknown-error' && d.alert !== null) || d.cause === STEP_CAUSES[d.step];
  return { got, outcome: fallback ? 'fallback' : 'wrong' };
}

/** Every (page, mutation) pair where the mutation changed something. */
export function runDrift(cases = driftCases(), mutations = MUTATIONS): DriftResult[] {
  const results: DriftResult[] = [];
  for (const c of cases) {
    for (const mutation of mutations) {
      const doc = mutation.needsLayout ? withLayout(pageFromHtml(c.html(), c.url)) : c.load();
      if (!mutation.apply(doc)) continue;
      results.push({ page: c.name, mutation, expected: c.cause, ...classify(c, doc) });
    }
  }
  return results;
}

export interface DriftFigures {
  label: string;
  total: number;
  kept: number;
  fallback: number;
  lost: number;
  wrong: number;
}

function figures(label: string, results: readonly DriftResult[]): DriftFigures {
  const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  return {
    label,
    total: results.length,
    kept: count('kept'),
    fallback: count('fallback'),
    lost: count('lost'),
    wrong: count('wrong'),
  };
}

/** Figures per mutation, per kind and in total (the last row). */
export function driftSummary(results: readonly DriftResult[]): { byMutation: DriftFigures[]; byKind: DriftFigures[] } {
  const names = [...new Set(results.map((r) => r.mutation.name))];
  const kinds = [...new Set(results.map((r) => r.mutation.kind))] as MutationKind[];
  return {
    byMutation: names.map((n) =>
      figures(
        n,
        results.filter((r) => r.mutation.name === n),
      ),
    ),
    byKind: [
      ...kinds.map((k) =>
        figures(
          k,
          results.filter((r) => r.mutation.kind === k),
        ),
      ),
      figures('total', results),
    ],
  };
}

const pct = (n: number, total: number) => `${((100 * n) / Math.max(1, total)).toFixed(1)} %`;

/** The table npm run bench:detect prints. */
export function formatDrift(results: readonly DriftResult[]): string {
  const { byMutation, byKind } = driftSummary(results);
  const row = (f: DriftFigures) =>
    `  ${f.label.padEnd(34)} ${String(f.total).padStart(5)} ${String(f.kept).padStart(5)} ${pct(f.kept, f.total).padStart(8)} ${String(f.fallback).padStart(8)} ${String(f.lost).padStart(5)} ${String(f.wrong).padStart(5)}`;
  const head = `  ${'mutation'.padEnd(34)} ${'pairs'.padStart(5)} ${'kept'.padStart(5)} ${'kept %'.padStart(8)} ${'fallback'.padStart(8)} ${'lost'.padStart(5)} ${'wrong'.padStart(5)}`;
  return [head, ...byMutation.map(row), '', head.replace('mutation', 'kind    '), ...byKind.map(row)].join('\n');
}
