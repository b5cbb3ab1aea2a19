// Where the extension may run, read from its own built manifest: the sign-in pages its content script
// is declared for, and the host permissions of each store. The background injects into open tabs and
// the popup and options ask for a store's access from these, so the paths exist in one place (the
// manifest, expanded from the store table at build); re-point these functions if that place moves.
import { getBrowser } from './browser';
import type { Marketplace } from './marketplaces';

interface ContentScriptEntry {
  matches?: string[];
  js?: string[];
}

function manifest(): { content_scripts?: ContentScriptEntry[]; host_permissions?: string[] } {
  return getBrowser().runtime.getManifest() as never;
}

/** The match patterns of the content script: every Amazon sign-in page, and nothing else. */
export function signInMatches(): string[] {
  return (manifest().content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
}

/** The content script's files, in the manifest's order. */
export function contentScriptFiles(): string[] {
  return (manifest().content_scripts ?? []).flatMap((cs) => cs.js ?? []);
}

const literal = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A WebExtension match pattern (scheme://host/path, `*` wildcards) as the browsers read it. */
export function matchesPattern(url: string, pattern: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  if (scheme === '*' ? !/^https?:$/.test(u.protocol) : u.protocol !== `${scheme}:`) return false;
  const hostname = u.hostname.toLowerCase();
  if (host !== '*') {
    const bare = host.replace(/^\*\./, '');
    if (hostname !== bare && !(host.startsWith('*.') && hostname.endsWith(`.${bare}`))) return false;
  }
  // The path part is matched against path and query, never the fragment.
  return new RegExp(`^${path.split('*').map(literal).join('.*')}$`).test(u.pathname + u.search);
}

/** True when the URL is an Amazon sign-in page the content script is declared for. */
export function isSignInPage(url: string | undefined): boolean {
  return url !== undefined && signInMatches().some((p) => matchesPattern(url, p));
}

/** The host permissions that cover these stores (what a grant for them asks for). */
export function storeOrigins(...stores: Marketplace[]): string[] {
  return (manifest().host_permissions ?? []).filter((p) => stores.some((m) => matchesPattern(`https://${m.host}/`, p)));
}

/** Whether the browser lets the extension run on this store's pages by itself (not just on a click). */
export async function hasSiteAccess(m: Marketplace): Promise<boolean> {
  try {
    return await getBrowser().permissions.contains({ origins: storeOrigins(m) });
  } catch {
    return false;
  }
}

/** Asks the person, in the browser's own prompt, to let the extension run on these stores. */
export async function requestSiteAccess(...stores: Marketplace[]): Promise<boolean> {
  try {
    return await getBrowser().permissions.request({ origins: storeOrigins(...stores) });
  } catch {
    return false;
  }
}
