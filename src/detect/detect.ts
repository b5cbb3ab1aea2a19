// The detector: a pure function from a page to a diagnosis. Layers: gate on host and path, identify
// the step from structure, collect the alerts really shown, let the cause rules decide in priority
// order. It reads known places only and never throws.
import { marketplaceById } from '../marketplaces';
import { collectShownAlerts } from './alerts';
import { CAUSES } from './causes';
import { gate } from './gate';
import { diagnosisHints } from './hints';
import { identifyStep } from './step';
import { MAX_TEXT } from './text';
import type { CauseRule, DetectionContext, Diagnosis } from './types';

export interface DetectionEnv {
  /** navigator.cookieEnabled of the page's browser. */
  cookiesEnabled: boolean;
}

function toUrl(url: string | URL): URL | undefined {
  try {
    return new URL(String(url));
  } catch {
    return undefined;
  }
}

/** A diagnosis with what it was decided from: the detector's view of the page and the rule that matched. */
export interface Analysis {
  diagnosis: Diagnosis;
  context: DetectionContext;
  rule: CauseRule | undefined;
}

function analysePage(doc: Document, url: URL, env: DetectionEnv): Analysis | null {
  const marketplace = gate(doc, url);
  if (!marketplace) return null;
  const step = identifyStep(doc, url);
  const shownAlerts = collectShownAlerts(doc);
  const context: DetectionContext = {
    doc,
    url,
    step,
    marketplace,
    alerts: shownAlerts.filter((a) => a.kind !== 'info'),
    notes: shownAlerts.filter((a) => a.kind === 'info'),
    cookiesEnabled: env.cookiesEnabled,
  };
  const rule = CAUSES.find((r) => r.matches(context));
  const shown = rule ? (rule.alert ? rule.alert(context) : (context.alerts[0] ?? context.notes[0])) : undefined;
  const diagnosis: Diagnosis = {
    cause: rule?.id ?? null,
    step,
    marketplace: marketplaceById(marketplace.id).id,
    alert: shown ? { heading: shown.heading.slice(0, MAX_TEXT), text: shown.text.slice(0, MAX_TEXT) } : null,
    hints: rule ? diagnosisHints(context, rule) : [],
  };
  return { diagnosis, context, rule };
}

/** Like detect(), keeping the context and rule (for maintainers' tools: npm run diagnose). Never throws. */
export function analyse(doc: Document, url: string | URL, env: DetectionEnv): Analysis | null {
  try {
    const parsed = toUrl(url);
    return parsed ? analysePage(doc, parsed, env) : null;
  } catch {
    // A page we cannot read is a page we say nothing about, rather than a wrong answer.
    return null;
  }
}

export function detect(doc: Document, url: string | URL, env: DetectionEnv): Diagnosis | null {
  return analyse(doc, url, env)?.diagnosis ?? null;
}
