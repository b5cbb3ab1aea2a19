export const LISTING_LANGUAGES: readonly string[];
export interface ListingFields {
  summary?: string;
  description?: string;
  appStoreName?: string;
  subtitle?: string;
  promotionalText?: string;
  keywords?: string;
  name?: string;
  manifestDescription?: string;
}
export const LIMITS: readonly {
  store: string;
  field: keyof ListingFields;
  max?: number;
  min?: number;
  maxBytes?: number;
}[];
export function parseListing(text: string): ListingFields;
export function listingFields(root: string, lang: string): ListingFields;
export function fieldProblems(lang: string, fields: ListingFields): string[];
export function listingProblems(root: string): string[];
