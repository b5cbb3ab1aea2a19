// What the detector makes of one page, with the reasons: the shown alerts it read and which rule
// matched, by which phrase or by structure alone. Runs in Node on a jsdom page and, bundled, inside a
// real browser's page (see browser-engine.ts), so both engines explain a page the same way.
import { analyse } from '../../src/detect/detect';
import { type PageStructure, pageStructure } from '../../src/detect/page-structure';
import { type PhraseMatch, phraseTrace } from '../../src/detect/text';
import type { AlertKind, CauseId, DetectionContext, Diagnosis, Step } from '../../src/detect/types';
import { signInAccountOfUrl } from '../../src/door-store';

export interface AlertFinding {
  kind: AlertKind;
  id: string;
  heading: string;
  text: string;
}

export interface RuleFinding {
  id: CauseId;
  /** phrase: the rule found one of its phrases in a shown alert; structure: the step or a box's id decided. */
  by: 'phrase' | 'structure';
  /** For `phrase`: the phrase as matched (normalised), its language, and the alert box it was in. */
  phrase?: string;
  lang?: string;
  alertId?: string;
  /** For `structure`: what the rule had to go on. */
  detail?: string;
}

export interface PageFindings {
  cause: CauseId | null;
  /** null: the page is outside the sign-in paths the extension reads (the gate said no). */
  step: Step | null;
  marketplace: string | null;
  /** On a sign-in door: its service and the stores its account could be (src/doors.ts). */
  door: Diagnosis['door'] | null;
  alert: Diagnosis['alert'];
  alerts: AlertFinding[];
  rule: RuleFinding | null;
  hints: string[];
  /** What the popup's page report carries about this page (the same function, the same masking). */
  structure: PageStructure;
}

function structureDetail(context: DetectionContext): string {
  const boxes = [...context.alerts, ...context.notes].map((a) => `${a.kind}${a.id ? ` #${a.id}` : ''}`);
  return `step ${context.step}${boxes.length ? `; shown: ${boxes.join(', ')}` : '; no alert box shown'}`;
}

export function pageFindings(doc: Document, url: string, cookiesEnabled: boolean): PageFindings {
  const analysis = analyse(doc, url, { cookiesEnabled });
  if (!analysis) {
    return {
      cause: null,
      step: null,
      marketplace: signInAccountOfUrl(url)?.marketplace.id ?? null,
      door: null,
      alert: null,
      alerts: [],
      rule: null,
      hints: [],
      structure: pageStructure(doc, url, null),
    };
  }
  const { diagnosis, context, rule } = analysis;
  let ruleFinding: RuleFinding | null = null;
  if (rule) {
    // Ask the matched rule again with the phrase trace on: the first phrase it matched is why.
    const matched: PhraseMatch[] = [];
    phraseTrace.listener = (match) => matched.push(match);
    try {
      rule.matches(context);
    } finally {
      phraseTrace.listener = null;
    }
    const first = matched[0];
    const box = first && context.alerts.find((a) => a.normalized === first.normalized);
    ruleFinding = first
      ? { id: rule.id, by: 'phrase', phrase: first.phrase, lang: first.lang, alertId: box?.id ?? '' }
      : { id: rule.id, by: 'structure', detail: structureDetail(context) };
  }
  return {
    cause: diagnosis.cause,
    step: diagnosis.step,
    marketplace: diagnosis.marketplace,
    door: diagnosis.door ?? null,
    alert: diagnosis.alert,
    // Problems first, then the informational notes (shown, but never a diagnosis on their own).
    alerts: [...context.alerts, ...context.notes].map(({ kind, id, heading, text }) => ({ kind, id, heading, text })),
    rule: ruleFinding,
    hints: diagnosis.hints,
    structure: pageStructure(doc, url, diagnosis),
  };
}
