// Our own pages share their chrome (the stylesheet stand-in, the navbar, the hidden boxes every real
// sign-in page ships, the footer) as partials in _partials/. A page pulls one in with a line
//
//     <!-- include: cookie-warning.ja -->
//
// or, for a partial with {{placeholders}}, with its parameters as key=value words (no spaces in a value):
//
//     <!-- include: password-form.ja email=hanako@example.jp failed=1 -->
//
// and every reader of the pages (unit tests, e2e server, bench, demo) gets the expanded HTML from here,
// so what is tested is exactly what a browser is served.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The folder of partials, next to the pages. It holds no pages: page discovery skips it. */
export const PARTIALS_DIR = '_partials';

/** Partials may include partials; deeper than this is a mistake (or a cycle the check below missed). */
const MAX_DEPTH = 4;

// A directive stands alone on its line, so the partial can take over the line's indentation and the
// page reads like the document it becomes. Names are plain file stems: nothing can reach outside _partials.
// Parameters follow the name as key=value words; a value has no spaces and no "<", ">" or quotes.
const DIRECTIVE = /^([ \t]*)<!--[ \t]*include:[ \t]*([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)((?:[ \t]+[A-Za-z][A-Za-z0-9_]*=[^\s<>"']+)*)[ \t]*-->[ \t]*$/gm;
const PARAM = /([A-Za-z][A-Za-z0-9_]*)=([^\s<>"']+)/g;
const PLACEHOLDER = /\{\{([A-Za-z][A-Za-z0-9_]*)\}\}/g;
const ANY_DIRECTIVE = /<!--[ \t]*include:/g;

/** The page at `file` with every include expanded (recursively, at most MAX_DEPTH deep) and each
 *  partial's {{placeholders}} filled from its directive's parameters. Throws on a missing partial, a
 *  cycle, a directive that is not alone on its line, or a parameter the partial lacks or needs and did
 *  not get, naming the page and the partial. */
export function renderPage(file: string): string {
  const partials = path.join(path.dirname(path.resolve(file)), PARTIALS_DIR);
  return expand(readFileSync(file, 'utf8'), partials, [path.basename(file)]);
}

function expand(html: string, partials: string, chain: readonly string[]): string {
  const where = chain.join(' → ');
  // A malformed directive would otherwise stay a harmless-looking comment and the page would silently
  // lose its chrome.
  const wellFormed = html.match(DIRECTIVE)?.length ?? 0;
  const all = html.match(ANY_DIRECTIVE)?.length ?? 0;
  if (all !== wellFormed) {
    throw new Error(`${where}: malformed include directive: it must stand alone on its line as <!-- include: name key=value … -->, the name made of letters, digits, "-", "_" and ".", a value without spaces`);
  }

  return html.replace(DIRECTIVE, (_line, indent: string, name: string, args: string) => {
    if (chain.includes(name)) throw new Error(`${where}: include cycle through "${name}"`);
    if (chain.length > MAX_DEPTH) throw new Error(`${where}: includes nested deeper than ${MAX_DEPTH}`);
    const file = path.join(partials, `${name}.html`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new Error(`${where}: no partial "${name}" (${file})`, { cause: e });
    }
    const params = new Map<string, string>();
    for (const m of args.matchAll(PARAM)) {
      const [key, value] = [m[1]!, m[2]!];
      if (params.has(key)) throw new Error(`${where}: parameter "${key}" given twice to partial "${name}"`);
      params.set(key, value);
    }
    const wanted = new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!));
    for (const key of params.keys()) {
      if (!wanted.has(key)) throw new Error(`${where}: unknown parameter "${key}" for partial "${name}" (it takes ${wanted.size ? [...wanted].join(', ') : 'none'})`);
    }
    for (const key of wanted) {
      if (!params.has(key)) throw new Error(`${where}: missing parameter "${key}" for partial "${name}"`);
    }
    // Filled before the partial's own includes expand, so a partial can pass a value on (x={{x}}).
    const filled = text.replace(PLACEHOLDER, (_m, key: string) => params.get(key)!);
    const body = expand(filled.replace(/\r?\n$/, ''), partials, [...chain, name]);
    return body
      .split('\n')
      .map((line) => (line === '' ? line : indent + line))
      .join('\n');
  });
}
