// Which cross-cutting hints apply to a diagnosis: the cause's own, narrowed to the store, plus what
// the page itself shows (the address Amazon displays back on the password page, never a field's value).
import { isCarrierMail } from '../carrier-mail';
import { GUIDANCE } from '../guidance';
import { shownText } from './text';
import type { CauseRule, DetectionContext, HintId } from './types';

/** Amazon shows the claimed address as text on the password step (#auth-email-claim). */
function shownClaimIsCarrierMail(doc: Document): boolean {
  const claim = doc.querySelector('#auth-email-claim');
  return !!claim && isCarrierMail(shownText(claim, 200));
}

export function diagnosisHints(ctx: DetectionContext, rule: CauseRule): HintId[] {
  const hints = new Set<HintId>(GUIDANCE[rule.id].hints);
  // Japanese carrier mail matters on amazon.co.jp, or wherever the page shows such an address.
  const carrierMail = shownClaimIsCarrierMail(ctx.doc);
  if (carrierMail) hints.add('carrier-mail');
  else if (ctx.marketplace.id !== 'jp') hints.delete('carrier-mail');
  return [...hints];
}
