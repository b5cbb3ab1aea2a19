// The detector: a pure function from a page to a diagnosis. Layers: gate on host and path, identify
// the step from structure, collect the alerts really shown (read-page.ts), let the cause rules decide
// in priority order (decide.ts). It reads known places only and never throws.
import { type Analysis, decide } from './decide';
import { type DetectionEnv, readPage } from './read-page';
import type { Diagnosis } from './types';

export type { Analysis, DetectionEnv };

/** Like detect(), keeping the context and rule (for maintainers' tools: npm run diagnose). Never throws. */
export function analyse(doc: Document, url: string | URL, env: DetectionEnv): Analysis | null {
  try {
    const context = readPage(doc, url, env);
    return context ? decide(context) : null;
  } catch {
    // A page we cannot read is a page we say nothing about, rather than a wrong answer.
    return null;
  }
}

export function detect(doc: Document, url: string | URL, env: DetectionEnv): Diagnosis | null {
  return analyse(doc, url, env)?.diagnosis ?? null;
}
