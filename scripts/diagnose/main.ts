// npm run diagnose -- [--engine jsdom|chromium|firefox|webkit] [--json] --url URL FILE…
// The maintainers' tool for "a user sent us a page": what the extension makes of a saved page, and why.
// Every failure is one line on stderr and exit status 1; never a stack trace.
import { parseArgs, UsageError } from './args';
import { diagnoseInBrowser } from './browser-engine';
import { readPage } from './input';
import { diagnoseInWebKitEngine } from './webkit-engine';
import { diagnoseInJsdom } from './jsdom-engine';
import { type FileResult, humanBlock, jsonLine } from './output';

async function run(argv: readonly string[]): Promise<void> {
  const args = parseArgs(argv);
  // Read every file first: a bad one fails before any browser starts.
  const pages = args.files.map((file) => ({ file, html: readPage(file) }));
  const results: FileResult[] =
    args.engine === 'jsdom'
      ? pages.map((p) => diagnoseInJsdom(p.file, p.html, args.url))
      : args.engine === 'webkit'
        ? await diagnoseInWebKitEngine(args.url, pages)
        : await diagnoseInBrowser(args.engine, args.url, pages);
  const text = results.map(args.json ? jsonLine : humanBlock).join(args.json ? '\n' : '\n\n');
  process.stdout.write(`${text}\n`);
}

run(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof UsageError || (error instanceof Error && error.name === 'SetupError');
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`diagnose: ${known ? '' : 'failed: '}${message}\n`);
  process.exitCode = 1;
});
