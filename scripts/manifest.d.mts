export type Target = 'chrome' | 'firefox' | 'safari';
export const GECKO_ID: string;
export const SAFARI_MIN_VERSION: string;
export const TARGETS: readonly Target[];
/** How each target's content.js gets rules-and-ui.js: imported as a module, or injected by the background. */
export const UI_DELIVERY: Readonly<Record<Target, 'import' | 'inject'>>;
export function manifestFor(
  target: Target,
  source: Record<string, any>,
  sites: { matches: readonly string[]; hosts: readonly string[]; cookieDomains: readonly string[] },
  version: string,
): Record<string, any>;
