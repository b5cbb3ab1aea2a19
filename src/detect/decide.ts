// The detector's last layer: the cause rules, in priority order, decide from the detector's view of
// the page (read-page.ts). With their phrase tables they are the bulk of the detector, so the content
// script gets them with the lazily loaded UI bundle (rules-and-ui.ts), not in the injected script.
import { CAUSES } from './causes';
import { diagnosisHints } from './hints';
import { withDoor } from './read-page';
import { MAX_TEXT } from './text';
import type { CauseRule, DetectionContext, Diagnosis } from './types';

/** A diagnosis with what it was decided from: the detector's view of the page and the rule that matched. */
export interface Analysis {
  diagnosis: Diagnosis;
  context: DetectionContext;
  rule: CauseRule | undefined;
}

export function decide(context: DetectionContext): Analysis {
  const rule = CAUSES.find((r) => r.matches(context));
  const shown = rule ? (rule.alert ? rule.alert(context) : (context.alerts[0] ?? context.notes[0])) : undefined;
  const diagnosis: Diagnosis = withDoor(
    {
      cause: rule?.id ?? null,
      step: context.step,
      marketplace: context.marketplace.id,
      alert: shown ? { heading: shown.heading.slice(0, MAX_TEXT), text: shown.text.slice(0, MAX_TEXT) } : null,
      hints: rule ? diagnosisHints(context, rule) : [],
    },
    context,
  );
  return { diagnosis, context, rule };
}
