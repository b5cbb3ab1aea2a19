// Cookies off: nothing else on the page can work, so this outranks every other cause. Decided from the
// browser's cookie state, or from Amazon's warning box when the browser itself has laid it out as
// visible: the box is in every page's HTML and proves nothing by being there.
import { isShown } from '../alerts';
import type { CauseRule, DetectionContext, ShownAlert } from '../types';
import { normalize, shownText } from '../text';

type Checkable = Element & { checkVisibility?: (options?: object) => boolean };
const canCheck = (el: Element | null): el is Checkable =>
  typeof (el as Checkable | null)?.checkVisibility === 'function';

/** Amazon's stylesheet is in effect: an element it hides (.aok-hidden) under a visible parent lays
 *  out as hidden. Before the CSS has loaded, or where there is no layout (jsdom, saved pages), the
 *  warning box looks visible on every page, so its visibility means nothing then. */
function stylesheetApplied(doc: Document): boolean {
  for (const probe of Array.from(doc.querySelectorAll('.aok-hidden')).slice(0, 5)) {
    if (!canCheck(probe) || !probe.parentElement || !isShown(probe.parentElement)) continue;
    return !probe.checkVisibility();
  }
  return false;
}

/** Amazon's own script reveals the box when it finds cookies refused. This catches browsers that
 *  report cookies as enabled while blocking them (Chromium's "block all cookies" keeps
 *  navigator.cookieEnabled true). */
function warningRendered(ctx: DetectionContext): boolean {
  const box = ctx.doc.getElementById('auth-cookie-warning-message');
  return canCheck(box) && isShown(box) && stylesheetApplied(ctx.doc);
}

export const cookiesDisabled: CauseRule = {
  id: 'cookies-disabled',
  matches: (ctx) => !ctx.cookiesEnabled || warningRendered(ctx),
  alert(ctx): ShownAlert | undefined {
    const box = ctx.doc.querySelector('#auth-cookie-warning-message');
    const heading = box?.querySelector('.a-alert-heading');
    if (!box || !heading) return undefined;
    const text = shownText(box.querySelector('.a-alert-content') ?? heading);
    return { id: box.id, kind: 'warning', heading: shownText(heading), text, normalized: normalize(text) };
  },
};
