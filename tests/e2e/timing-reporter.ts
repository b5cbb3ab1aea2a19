// Prints, after vitest's own summary, how long each browser's suite took (hooks included: that's
// browser launch and shutdown) and how its scenarios ended.
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class TimingReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const lines = modules.map((m) => {
      const counts: Record<string, number> = {};
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        counts[state] = (counts[state] ?? 0) + 1;
      }
      const browser = path.basename(m.moduleId).replace(/\.e2e\.test\.ts$/, '');
      const error = [...m.errors(), ...[...m.children.allSuites()].flatMap((s) => s.errors())][0]?.message;
      const summary = error
        ? `did not run: ${error}`
        : Object.entries(counts)
            .map(([k, v]) => `${v} ${k}`)
            .join(', ') || 'no tests';
      return `  e2e ${browser.padEnd(9)} ${(m.diagnostic().duration / 1000).toFixed(1).padStart(6)} s  (${summary})`;
    });
    process.stdout.write(`\nTime per browser suite:\n${lines.join('\n')}\n`);
  }
}
