// Messages to the background. A content script outlives its extension when the extension is reloaded
// or updated; sendMessage then throws or rejects, and that is answered with undefined, silently.
import { isLanguage } from '../src/languages';
import { isMarketplaceId } from '../src/marketplaces';
import type { BannerSignedIn, ClearResult, ContentSettings, Message } from '../src/messages';
import { contentApi } from './runtime';

export async function send(message: Message): Promise<unknown> {
  try {
    return await contentApi()?.runtime.sendMessage(message);
  } catch {
    return undefined;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** Replies are checked before use: a reply of another shape must not reach the page as text. */
export function asContentSettings(v: unknown): ContentSettings | null {
  if (!isRecord(v) || typeof v.banner !== 'boolean' || typeof v.inputHints !== 'boolean') return null;
  if (!isLanguage(v.language)) return null;
  if (!isRecord(v.texts)) return null;
  const texts: Record<string, string> = {};
  for (const [key, text] of Object.entries(v.texts)) if (typeof text === 'string') texts[key] = text;
  return { banner: v.banner, inputHints: v.inputHints, language: v.language, texts };
}

export function asClearResult(v: unknown): Pick<ClearResult, 'removed' | 'remaining'> | null {
  return isRecord(v) && isCount(v.removed) && isCount(v.remaining)
    ? { removed: v.removed, remaining: v.remaining }
    : null;
}

export function asBannerSignedIn(v: unknown): BannerSignedIn | null {
  return isRecord(v) && isMarketplaceId(v.store) && typeof v.text === 'string' && typeof v.label === 'string'
    ? { kind: v.kind === 'here' ? 'here' : 'elsewhere', store: v.store, text: v.text, label: v.label }
    : null;
}
