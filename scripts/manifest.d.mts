export const GECKO_ID: string;
export function manifestFor(
  target: 'chrome' | 'firefox',
  source: Record<string, any>,
  marketplaces: readonly { host: string; domain: string }[],
  version: string,
): Record<string, any>;
