// The store listing texts (store/listing.<lang>.md) and the name and summary the manifest carries
// (_locales), checked against each store's length limits. Used by tests/unit/store.test.ts and by
// `npm run release -- --dry-run`.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const LISTING_LANGUAGES = ['en', 'ja', 'de', 'fr', 'es', 'it', 'pt_BR', 'nl', 'pl', 'sv', 'tr', 'ar'];

/** Section headings of a listing file → field. */
const SECTIONS = {
  'Short description': 'summary',
  Description: 'description',
  'App Store name': 'appStoreName',
  'App Store subtitle': 'subtitle',
  'App Store promotional text': 'promotionalText',
  'App Store keywords': 'keywords',
};

/**
 * Limits in characters (keywords: UTF-8 bytes), as the stores state them:
 * - Chrome Web Store: name 75, summary = manifest description 132, description 16,000.
 * - Firefox Add-ons: name 50, summary 250 (the manifest description fills it).
 * - Microsoft Edge Add-ons: name 45, description 250 to 10,000.
 * - App Store Connect: name 30 (`## App Store name` where the extension's name is longer), subtitle 30, promotional text 170, description 4,000, keywords 100
 *   bytes, comma-separated, each longer than two characters.
 */
export const LIMITS = [
  { store: 'Chrome Web Store', field: 'name', max: 75 },
  { store: 'Chrome Web Store', field: 'summary', max: 132 },
  { store: 'Chrome Web Store', field: 'manifestDescription', max: 132 },
  { store: 'Chrome Web Store', field: 'description', max: 16000 },
  { store: 'Firefox Add-ons', field: 'name', max: 50 },
  { store: 'Firefox Add-ons', field: 'summary', max: 250 },
  { store: 'Edge Add-ons', field: 'name', max: 45 },
  { store: 'Edge Add-ons', field: 'description', min: 250, max: 10000 },
  { store: 'App Store', field: 'appStoreName', max: 30 },
  { store: 'App Store', field: 'subtitle', max: 30 },
  { store: 'App Store', field: 'promotionalText', max: 170 },
  { store: 'App Store', field: 'description', max: 4000 },
  { store: 'App Store', field: 'keywords', maxBytes: 100 },
];

/** Characters as the stores count them: code points, not UTF-16 units. */
const length = (text) => [...text].length;

export function parseListing(text) {
  const fields = {};
  for (const part of text.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    const field = SECTIONS[heading.trim()];
    if (field) fields[field] = body.join('\n').trim();
  }
  return fields;
}

/** One language's fields: the listing file's, plus name and manifest description from _locales. */
export function listingFields(root, lang) {
  const fields = parseListing(readFileSync(path.join(root, 'store', `listing.${lang}.md`), 'utf8'));
  const messages = JSON.parse(readFileSync(path.join(root, '_locales', lang, 'messages.json'), 'utf8'));
  const name = messages.extName?.message;
  return {
    ...fields,
    name,
    appStoreName: fields.appStoreName ?? name,
    manifestDescription: messages.extDescription?.message,
  };
}

/** Every broken limit or missing field of one language's listing, as sentences. */
export function fieldProblems(lang, fields) {
  const problems = [];
  for (const field of [...Object.values(SECTIONS).filter((f) => f !== 'appStoreName'), 'name', 'manifestDescription']) {
    if (!fields[field]) problems.push(`${lang}: no ${field}`);
  }
  for (const limit of LIMITS) {
    const text = fields[limit.field];
    if (!text) continue;
    const where = `${lang} ${limit.field} (${limit.store})`;
    if (limit.max && length(text) > limit.max) problems.push(`${where}: ${length(text)} characters, max ${limit.max}`);
    if (limit.min && length(text) < limit.min) problems.push(`${where}: ${length(text)} characters, min ${limit.min}`);
    const bytes = Buffer.byteLength(text);
    if (limit.maxBytes && bytes > limit.maxBytes) problems.push(`${where}: ${bytes} bytes, max ${limit.maxBytes}`);
  }
  for (const keyword of (fields.keywords ?? '').split(',')) {
    if (length(keyword.trim()) <= 2) problems.push(`${lang} keywords: "${keyword}" is two characters or fewer`);
    if (keyword !== keyword.trim()) problems.push(`${lang} keywords: no spaces around commas ("${keyword}")`);
  }
  return problems;
}

/** Every language's problems; [] when all listings fit every store. */
export function listingProblems(root) {
  return LISTING_LANGUAGES.flatMap((lang) => fieldProblems(lang, listingFields(root, lang)));
}
