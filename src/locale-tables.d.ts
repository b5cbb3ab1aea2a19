// Provided at build time by scripts/locale-tables.mjs: each _locales table present, as JSON text.
declare module 'virtual:locale-tables' {
  export const LOCALE_JSON: Readonly<Record<string, string>>;
}
