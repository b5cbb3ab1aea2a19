export type Target = 'chrome' | 'firefox' | 'safari';
export const GECKO_ID: string;
export const SAFARI_MIN_VERSION: string;
export const TARGETS: readonly Target[];
export const BUNDLED_UI_TARGETS: readonly Target[];
export function manifestFor(
  target: Target,
  source: Record<string, any>,
  sites: { matches: readonly string[]; hosts: readonly string[]; cookieDomains: readonly string[] },
  version: string,
): Record<string, any>;
