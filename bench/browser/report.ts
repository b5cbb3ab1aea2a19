// The benchmark's output: the machine it ran on, and one table of figures with budget and verdict.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface Row {
  metric: string;
  /** Per browser: the figure as shown, and the number the budget is checked against (NaN: not measured). */
  values: Record<string, { shown: string; value: number }>;
  budget?: { max: number; aim: number; label: string };
}

export function machine(browsers: Record<string, string>): string[] {
  const cpu = (() => {
    try {
      return (
        readFileSync('/proc/cpuinfo', 'utf8')
          .match(/^model name\s*:\s*(.+)$/m)?.[1]
          ?.trim() ?? 'unknown'
      );
    } catch {
      return os.cpus()[0]?.model ?? 'unknown';
    }
  })();
  const versions = Object.entries(browsers).map(([name, bin]) => {
    try {
      return execFileSync(bin, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return `${name}: version unknown`;
    }
  });
  return [
    `date: ${new Date().toISOString()}`,
    `machine: ${os.availableParallelism()} CPUs (nproc), ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()}`,
    `browsers: ${versions.join('; ')} (headless)`,
    `node: ${process.version}`,
    // Other work on the machine shows up directly in the page-load figures.
    `load average at the end (1/5/15 min): ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' / ')}`,
  ];
}

function verdict(row: Row, browser: string): string {
  const v = row.values[browser];
  if (!row.budget || !v) return '';
  if (!Number.isFinite(v.value)) return 'not measured';
  if (v.value > row.budget.max) return 'OVER BUDGET';
  return v.value <= row.budget.aim ? 'ok, aim met' : 'ok';
}

/** A Markdown table: readable in a terminal, pasted as is into BENCHMARKS.md. */
export function table(rows: Row[], browsers: string[]): string {
  const header = ['metric', ...browsers, 'budget (aim)', ...browsers.map((b) => `verdict ${b}`)];
  const lines = rows.map((r) => [
    r.metric,
    ...browsers.map((b) => r.values[b]?.shown ?? '—'),
    r.budget?.label ?? '—',
    ...browsers.map((b) => verdict(r, b) || '—'),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
