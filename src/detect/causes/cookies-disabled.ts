// Cookies off: nothing else on the page can work, so this outranks every other cause. Decided from the
// browser's real cookie state; Amazon's warning box is in every page's HTML and proves nothing alone.
import type { CauseRule, ShownAlert } from '../types';
import { normalize, shownText } from '../text';
import { guidance } from './guidance';

export const cookiesDisabled: CauseRule = {
  id: 'cookies-disabled',
  matches: (ctx) => !ctx.cookiesEnabled,
  alert(ctx): ShownAlert | undefined {
    const box = ctx.doc.querySelector('#auth-cookie-warning-message');
    const heading = box?.querySelector('.a-alert-heading');
    if (!box || !heading) return undefined;
    const text = shownText(box.querySelector('.a-alert-content') ?? heading);
    return { id: box.id, kind: 'warning', heading: shownText(heading), text, normalized: normalize(text) };
  },
  guidance: guidance('cookiesDisabled', 5, ['clear-cookies', 'other-signin-issues']),
};
