// Reads a saved page for diagnosis, refusing what is not one with a one-line reason.
import { readFileSync, statSync } from 'node:fs';
import { renderPage } from '../../tests/pages/render';
import { UsageError } from './args';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The page's HTML (our test pages' includes expanded), or a UsageError naming what is wrong. */
export function readPage(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new UsageError(`${file} is a folder, not a saved page`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${file}: no such file`);
    throw new UsageError(`${file}: cannot be read (${code ?? String(error)})`);
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new UsageError(`${file} is a binary file, not a saved HTML page`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new UsageError(`${file} is not UTF-8 text: save the page again as HTML ("Webpage, HTML only")`);
  }
  if (!/<(html|body|head|div|form)\b/i.test(text)) throw new UsageError(`${file} does not look like an HTML page`);
  try {
    return renderPage(file);
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
}
