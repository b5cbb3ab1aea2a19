// WebKit, Safari's engine: the pages in WebKitGTK with the built extension, through the WebKit harness
// (tests/webkit) at an iPhone's size. As with the other real engines, the cause is what the content
// script reported; the alerts and the rule come from the detector run in the same page.
import { diagnoseInWebKit } from '../../tests/webkit/run';
import { inPageScript, type PageToLoad } from './browser-engine';
import type { PageFindings } from './findings';
import type { FileResult } from './output';

export async function diagnoseInWebKitEngine(url: string, pages: readonly PageToLoad[]): Promise<FileResult[]> {
  const evaluate = `${await inPageScript()}\nreturn globalThis.signinHelperFindings();`;
  // The harness gives pages saved from one address addresses of their own.
  const results = await diagnoseInWebKit(pages.map((p) => ({ url, html: p.html, sizes: [[390, 844]], evaluate })));
  return results.map((r, i) => {
    if (!r.loaded) throw new Error(`WebKit could not load ${pages[i]!.file}: ${r.error ?? 'no reason given'}`);
    const diagnosis = r.messages.diagnosis;
    return {
      ...(r.evaluated as PageFindings),
      file: pages[i]!.file,
      url,
      engine: 'webkit',
      cause: diagnosis?.cause ?? null,
      alert: diagnosis?.alert ?? null,
      banner: r.banner,
    };
  });
}
