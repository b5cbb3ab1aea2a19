// Table rows for the figures issues 11 and 18 ask for: layout shift caused by the extension, the load
// ratio against its noise floor with bootstrap intervals, main-thread CPU added per page, the banner
// of an error in the parsed page while an image holds the load event, and injection at install.
import type { BrowserName } from '../../tests/e2e/env';
import type { Result } from './main';
import { CPU_METRICS } from './measure-cpu';
import { VIEWPORTS, type Shifts } from './measure-page';
import type { InstallTab } from './measure-install';
import { HELD_MS } from './measure-parse';
import type { ShiftKind } from './pages';
import type { Row } from './report';
import { bootstrapRounds, median, medianOfRatios } from './stats';

type Results = Partial<Record<BrowserName, Result>>;

/** One value per browser that has results. */
export const perBrowser =
  (results: Results) =>
  (f: (r: Result) => { shown: string; value: number }): Row['values'] =>
    Object.fromEntries(Object.entries(results).map(([b, r]) => [b, f(r!)]));

const KIND_LABEL: Record<ShiftKind, string> = { load: 'error in the page at load', late: 'error appearing after load' };

/** Median shift with the content script minus without, per width; null where not measured. */
function added(r: Result, kind: ShiftKind, measure: (s: Shifts) => number | null): (number | null)[] {
  return VIEWPORTS.map(({ width }) => {
    const cell = r.shifts![kind][width];
    if (!cell) return null;
    const values = (side: 'with' | 'without') => cell[side].map(measure).filter((v): v is number => v !== null);
    const w = values('with');
    const wo = values('without');
    return w.length && wo.length ? median(w) - median(wo) : null;
  });
}

const widths = VIEWPORTS.map((v) => v.width).join(' / ');
const shownShifts = (values: (number | null)[]) =>
  values.every((v) => v === null) ? 'no API' : values.map((v) => (v === null ? 'n/a' : v.toFixed(3))).join(' / ');
const worst = (values: (number | null)[]) =>
  values.some((v) => v !== null) ? Math.max(...values.map((v) => v ?? -Infinity)) : NaN;

export function shiftRows(results: Results): Row[] {
  const each = perBrowser(results);
  const budget = { max: 0.01, aim: 0.01, label: '≤ 0.01' };
  return (['load', 'late'] as const).flatMap((kind): Row[] => [
    {
      metric: `CLS added, ${KIND_LABEL[kind]}, Layout Instability, ${widths} px`,
      values: each((r) => {
        const v = added(r, kind, (s) => s.instability);
        return { shown: shownShifts(v), value: worst(v) };
      }),
      budget,
    },
    {
      metric: `CLS added, ${KIND_LABEL[kind]}, box sampler, ${widths} px`,
      values: each((r) => {
        const v = added(r, kind, (s) => s.sampled);
        return { shown: shownShifts(v), value: worst(v) };
      }),
      budget,
    },
  ]);
}

/** The page's own shift when its error box appears, for scale (no content script). */
export function ownShiftRow(results: Results): Row {
  return {
    metric: `the page's own shift as its error appears (no extension), box sampler, ${widths} px`,
    values: perBrowser(results)((r) => ({
      shown: VIEWPORTS.map(({ width }) =>
        median(r.shifts!.late[width]?.without.map((s) => s.sampled) ?? []).toFixed(3),
      ).join(' / '),
      value: NaN,
    })),
  };
}

const interval = ([lo, hi]: [number, number]) => `[${lo.toFixed(3)}, ${hi.toFixed(3)}]`;

/** Every round's index: the statistic over all rounds, as measured. */
const load = (r: Result) => r.load!;
const all = (r: Result) => load(r).with.map((_, i) => i);

export function loadRows(results: Results): Row[] {
  const each = perBrowser(results);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  return [
    {
      metric: 'load event with / without content script, median',
      values: each((r) => ({ shown: `${ms(median(load(r).with))} / ${ms(median(load(r).without))}`, value: NaN })),
    },
    {
      metric: 'load ratio with / without (median of per-round ratios) [bootstrap 95 %]',
      values: each((r) => {
        const ratio = (rounds: readonly number[]) => medianOfRatios(load(r).with, load(r).without, rounds);
        return { shown: `${ratio(all(r)).toFixed(3)} ${interval(bootstrapRounds(all(r).length, ratio))}`, value: NaN };
      }),
    },
    {
      metric: 'noise floor: without again / without (same rounds) [bootstrap 95 %]',
      values: each((r) => {
        const ratio = (rounds: readonly number[]) => medianOfRatios(load(r).control, load(r).without, rounds);
        return { shown: `${ratio(all(r)).toFixed(3)} ${interval(bootstrapRounds(all(r).length, ratio))}`, value: NaN };
      }),
    },
    {
      metric: 'load ratio minus noise floor [bootstrap 95 %]',
      values: each((r) => {
        const excess = (rounds: readonly number[]) =>
          medianOfRatios(load(r).with, load(r).without, rounds) -
          medianOfRatios(load(r).control, load(r).without, rounds);
        const value = excess(all(r));
        const shown = `${value >= 0 ? '+' : ''}${value.toFixed(3)} ${interval(bootstrapRounds(all(r).length, excess))}`;
        return { shown, value };
      }),
      budget: { max: 0.01, aim: 0.01, label: '≤ +0.01' },
    },
  ];
}

/** Median with its bootstrap 95 % interval (pages resampled whole), in ms. */
function medianWithInterval(values: readonly number[]): string {
  const of = (indices: readonly number[]) => median(indices.map((i) => values[i]!));
  const [lo, hi] = bootstrapRounds(values.length, of);
  return `${of(values.map((_, i) => i)).toFixed(1)} ms [${lo.toFixed(1)}, ${hi.toFixed(1)}]`;
}

export function parseRows(results: Results): Row[] {
  const each = perBrowser(results);
  const runs = (r: Result) => r.parse!;
  return [
    {
      metric: `error at parse → banner, with a slow sub-resource (image held ${HELD_MS / 1000} s), median [bootstrap 95 %]`,
      values: each((r) => {
        const values = runs(r).map((p) => p.ms);
        return { shown: medianWithInterval(values), value: median(values) };
      }),
      budget: { max: 50, aim: 16, label: '≤ 50 ms (16)' },
    },
    {
      metric: 'same, frames later, median (max); banner before the load event',
      values: each((r) => {
        const frames = runs(r).map((p) => p.frames);
        const early = runs(r).filter((p) => p.beforeLoad).length;
        return {
          shown: `${median(frames)} (${Math.max(...frames)}); ${early} of ${frames.length} pages`,
          value: median(frames),
        };
      }),
      budget: { max: 1, aim: 1, label: '≤ 1 frame' },
    },
  ];
}

export function installRows(results: Results): Row[] {
  const each = perBrowser(results);
  const tabs = (r: Result) => r.install!;
  const injected = (list: InstallTab[]) => list.filter((t) => t.injected).length;
  const ms = (list: InstallTab[], key: 'taskSeconds' | 'idleSeconds') =>
    list.some((t) => t[key] === null) ? null : median(list.map((t) => t[key]! * 1000)).toFixed(1);
  return [
    {
      metric: 'injection at install: tabs with content.js, store pages that are not sign-in pages',
      values: each((r) => ({
        shown: `${injected(tabs(r).normal)} of ${tabs(r).normal.length}`,
        value: injected(tabs(r).normal),
      })),
      budget: { max: 0, aim: 0, label: '0' },
    },
    {
      metric: 'same, sign-in error pages: tabs with content.js; banners per tab',
      values: each((r) => {
        const { signIn } = tabs(r);
        return {
          shown: `${injected(signIn)} of ${signIn.length}; ${[...new Set(signIn.map((t) => t.banners))].join(', ')}`,
          value: NaN,
        };
      }),
    },
    {
      metric:
        'main-thread ms per tab, median, across the install (as long again, idle): not sign-in; sign-in; another site',
      values: each((r) => {
        const { normal, signIn, otherSite } = tabs(r);
        const shown = [normal, signIn, otherSite]
          .map((list) => `${ms(list, 'taskSeconds')} (${ms(list, 'idleSeconds')})`)
          .join('; ');
        return { shown: ms(normal, 'taskSeconds') === null ? 'no counters' : shown, value: NaN };
      }),
    },
  ];
}

export function cpuRows(results: Results): Row[] {
  const each = perBrowser(results);
  return CPU_METRICS.slice(0, 2).map((name) => ({
    metric: `main-thread ${name} added per page, median with − without (with / without)`,
    values: each((r) => {
      if (!r.cpu) return { shown: 'not exposed', value: NaN };
      const w = median(r.cpu.with[name] ?? []) * 1000;
      const wo = median(r.cpu.without[name] ?? []) * 1000;
      const sign = w - wo >= 0 ? '+' : '−';
      return { shown: `${sign}${Math.abs(w - wo).toFixed(1)} ms (${w.toFixed(1)} / ${wo.toFixed(1)})`, value: NaN };
    }),
  }));
}
