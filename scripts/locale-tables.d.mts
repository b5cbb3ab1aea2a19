export const LOCALE_TABLES_ID: string;
export function localeTablesSource(root: string): string;
export function esbuildLocaleTables(root: string): import('esbuild').Plugin;
export function viteLocaleTables(root: string): {
  name: string;
  resolveId(id: string): string | undefined;
  load(id: string): string | undefined;
};
