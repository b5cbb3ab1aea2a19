// Our own pages share their chrome (the stylesheet stand-in, the navbar, the hidden boxes every real
// sign-in page ships, the footer) as partials in _partials/. A page pulls one in with a line
//
//     <!-- include: cookie-warning.ja -->
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
const DIRECTIVE = /^([ \t]*)<!--[ \t]*include:[ \t]*([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*)[ \t]*-->[ \t]*$/gm;
const ANY_DIRECTIVE = /<!--[ \t]*include:/g;

/** The page at `file` with every include expanded (recursively, at most MAX_DEPTH deep). Throws on a
 *  missing partial, a cycle, or a directive that is not alone on its line, naming the page. */
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
    throw new Error(`${where}: malformed include directive: it must stand alone on its line as <!-- include: name -->, the name made of letters, digits, "-", "_" and "."`);
  }

  return html.replace(DIRECTIVE, (_line, indent: string, name: string) => {
    if (chain.includes(name)) throw new Error(`${where}: include cycle through "${name}"`);
    if (chain.length > MAX_DEPTH) throw new Error(`${where}: includes nested deeper than ${MAX_DEPTH}`);
    const file = path.join(partials, `${name}.html`);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new Error(`${where}: no partial "${name}" (${file})`, { cause: e });
    }
    const body = expand(text.replace(/\r?\n$/, ''), partials, [...chain, name]);
    return body
      .split('\n')
      .map((line) => (line === '' ? line : indent + line))
      .join('\n');
  });
}
