// The locale tables the extension's pages and background carry: every _locales/<lang>/messages.json
// present, cut to what translation needs at run time (message and placeholder contents; descriptions
// stay in the files, for translators). Each table is a JSON string, parsed only when its language is
// used (src/i18n.ts). One module id, provided to esbuild (build, run-ts) and to vitest.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const LOCALE_TABLES_ID = 'virtual:locale-tables';

function compact(entries) {
  const out = {};
  for (const [key, { message, placeholders }] of Object.entries(entries)) {
    out[key] = placeholders
      ? {
          message,
          placeholders: Object.fromEntries(Object.entries(placeholders).map(([n, p]) => [n, { content: p.content }])),
        }
      : { message };
  }
  return out;
}

export function localeTablesSource(root) {
  const dir = path.join(root, '_locales');
  const languages = readdirSync(dir)
    .filter((lang) => existsSync(path.join(dir, lang, 'messages.json')))
    .sort();
  const fields = languages.map((lang) => {
    const table = compact(JSON.parse(readFileSync(path.join(dir, lang, 'messages.json'), 'utf8')));
    return `  ${JSON.stringify(lang)}: ${JSON.stringify(JSON.stringify(table))},`;
  });
  return `export const LOCALE_JSON = {\n${fields.join('\n')}\n};\n`;
}

export function esbuildLocaleTables(root) {
  return {
    name: 'locale-tables',
    setup(b) {
      b.onResolve({ filter: /^virtual:locale-tables$/ }, (args) => ({ path: args.path, namespace: 'locale-tables' }));
      b.onLoad({ filter: /.*/, namespace: 'locale-tables' }, () => ({
        contents: localeTablesSource(root),
        loader: 'js',
        watchDirs: [path.join(root, '_locales')],
      }));
    },
  };
}

export function viteLocaleTables(root) {
  const resolved = `\0${LOCALE_TABLES_ID}`;
  return {
    name: 'locale-tables',
    resolveId: (id) => (id === LOCALE_TABLES_ID ? resolved : undefined),
    load: (id) => (id === resolved ? localeTablesSource(root) : undefined),
  };
}
