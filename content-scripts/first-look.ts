// The content script's first look, before the page's load event: is a problem already shown? It
// reads only what readPage() reads (gate, step, the shown alert boxes), so a clean page pays a few
// element checks; certainlyClean() decides, the same test that decides whether the rules are needed.
import { laidOut } from '../src/detect/alerts';
import { certainlyClean, readPage } from '../src/detect/read-page';
import type { FirstLook } from './idle';

export function firstLook(win: Window): FirstLook {
  const { document: doc } = win;
  // No layout box for the body: nothing is shown yet, shown or hidden can't be told apart.
  if (!doc.body || !laidOut(doc.body)) return 'not-laid-out';
  const context = readPage(doc, win.location.href, { cookiesEnabled: win.navigator.cookieEnabled });
  return context && !certainlyClean(context) ? 'problem' : 'clean';
}
