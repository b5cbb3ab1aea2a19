// The locale tables the package carries: every _locales/<lang>/messages.json, cut to what the
// browser and src/i18n.ts read at run time (message and placeholder contents, on one line). The
// descriptions stay in the repo's files, for translators; the background and the pages fetch the one
// table of the language in use, so every byte dropped here is a byte less to read and parse.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

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

/** Writes outdir/_locales/<lang>/messages.json for every table in root/_locales. */
export async function writeLocaleTables(root, outdir) {
  const source = path.join(root, '_locales');
  for (const lang of await readdir(source)) {
    const file = path.join(source, lang, 'messages.json');
    const table = await readFile(file, 'utf8').catch((error) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw error;
    });
    if (table === null) continue;
    await mkdir(path.join(outdir, '_locales', lang), { recursive: true });
    await writeFile(path.join(outdir, '_locales', lang, 'messages.json'), JSON.stringify(compact(JSON.parse(table))));
  }
}
