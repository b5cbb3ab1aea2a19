// Message keys the content script renders (banner chrome and input hints). The background resolves
// them in the chosen language and sends them with ContentSettings, so the content script bundles no
// locale tables. The cause's headline and primary action label are added per diagnosis.
export const CONTENT_TEXT_KEYS = [] as const satisfies readonly string[];
