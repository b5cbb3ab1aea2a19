// Message keys the content script renders (banner chrome and input hints). The background resolves
// them in the chosen language and sends them with ContentSettings, so the content script bundles no
// locale tables. The cause's headline and primary action label are added per diagnosis.
// None of these messages takes a substitution: numbers and suggestions are shown beside the text.
import type { InputHintId } from './input-hints';

export const INPUT_HINT_TEXT_KEYS = {
  'space-edge': 'inputHintSpaceEdge',
  'space-inner': 'inputHintSpaceInner',
  'full-width': 'inputHintFullWidth',
  'domain-typo': 'inputHintTypo',
  'carrier-mail': 'inputHintCarrierMail',
  'caps-lock': 'inputHintCapsLock',
  ime: 'inputHintIme',
} as const satisfies Record<InputHintId, string>;

export const CONTENT_TEXT_KEYS = [
  'extShortName', // names us on the banner and the hints, so nobody takes them for Amazon's own
  'bannerProblemFound', // headline when the cause's own headline is missing
  'bannerAmazonSays',
  'bannerMore',
  'bannerHowToFix', // the main button when the fix is steps, not one page or click
  'bannerDismiss',
  'bannerClearNote',
  'bannerClearing',
  'bannerClearedRemoved',
  'bannerClearedLeft',
  'bannerClearFailed',
  'bannerReload',
  // Listed, not spread from INPUT_HINT_TEXT_KEYS, so the content bundle can drop this array.
  'inputHintSpaceEdge',
  'inputHintSpaceInner',
  'inputHintFullWidth',
  'inputHintTypo',
  'inputHintCarrierMail',
  'inputHintCapsLock',
  'inputHintIme',
] as const satisfies readonly string[];
