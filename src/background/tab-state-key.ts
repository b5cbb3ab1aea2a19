// Where a tab's state lives in storage.session. Its own module so that tools outside the extension
// (npm run diagnose reads a tab's state from a real browser) can import it without the browser seam.
const PREFIX = 'tab:';

export const tabStateKey = (tabId: number) => `${PREFIX}${tabId}`;

/** The tab id of a storage.session key, or null for keys that are not a tab's state. */
export function tabIdOfKey(key: string): number | null {
  return key.startsWith(PREFIX) ? Number(key.slice(PREFIX.length)) : null;
}
