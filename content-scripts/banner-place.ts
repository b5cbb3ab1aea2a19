// Where the banner goes: never over Amazon's form, and never moving it (docs/ARCHITECTURE.md, "The
// banner and the page"). By the time we know there is a problem the page has been painted (the
// content script starts after the load event), so the banner cannot take a place in the flow above
// the form without pushing the form down: a layout shift under the person's thumb.
// It floats instead (position: absolute, so nothing of the page moves), in this order of preference:
// 1. in the band between the top of the page and the card around Amazon's topmost form or control,
//    right above it: over Amazon's own error box (whose words it repeats) and logo;
// 2. the same, compact (denser, Amazon's words kept but cut to two lines): a banner that covers
//    Amazon's box always says what the box said;
// 3. compact, right below that card, if it covers none of Amazon's controls there: where the person
//    is looking, on a phone whose error box leaves no room above the form;
// 4. in flow after everything else on the page, where it moves nothing.
// Part of rules-and-ui.js: it runs only when there is a banner to show.
import { FORM_CONTROLS } from '../src/detect/alerts';

/** Between the banner and Amazon's form, and between the banner and the viewport's sides. */
const GAP_PX = 8;
const MAX_WIDTH_PX = 640;
/** Set on the mount point: the banner leaves out Amazon's words (banner-css.ts). */
export const COMPACT_CLASS = 'compact';

/** What the banner never covers: the controls, and Amazon's links drawn as buttons (create account).
 *  Plain links below the form (conditions of use, help) may be covered: the banner can be hidden. */
const TOUCHABLE = `${FORM_CONTROLS},.a-button,[role=button]`;
/** Amazon's alert boxes; the hidden ones (every page ships some) have no box. */
const ALERTS = '.a-alert, [role=alert]';

const shown = (el: Element): DOMRect | null => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? r : null;
};

/**
 * What the person is about to use, as its top and bottom edges (page coordinates) and its horizontal
 * centre: Amazon's topmost visible form or control, widened to the largest box around it that holds
 * none of the shown alert boxes outside it (the card with the form's heading and the e-mail line).
 */
export function protectedArea(doc: Document): { top: number; bottom: number; centre: number } | null {
  let first: Element | null = null;
  let firstTop = Infinity;
  for (const el of doc.querySelectorAll(FORM_CONTROLS)) {
    const r = shown(el);
    if (r && r.top < firstTop) [first, firstTop] = [el, r.top];
  }
  if (!first) return null;
  const alerts = [...doc.querySelectorAll(ALERTS)].filter((a) => shown(a) && !first.contains(a));
  let card: Element = first;
  const holdsAlert = (box: Element) => alerts.some((a) => box.contains(a));
  while (card.parentElement && card.parentElement !== doc.body && !holdsAlert(card.parentElement)) {
    card = card.parentElement;
  }
  const r = card.getBoundingClientRect();
  const scrollY = doc.defaultView?.scrollY ?? 0;
  return { top: Math.min(r.top, firstTop) + scrollY, bottom: r.bottom + scrollY, centre: r.left + r.width / 2 };
}

/** Amazon's controls the banner's box overlaps, and links its top edge cuts through (its lowest first). */
function inTheWay(host: HTMLElement): { controls: boolean; cut: number | null } {
  const b = host.getBoundingClientRect();
  let controls = false;
  let cut: number | null = null;
  for (const el of host.ownerDocument.querySelectorAll(`${TOUCHABLE}, a`)) {
    const r = el.localName === 'form' ? null : shown(el);
    if (!r || r.bottom <= b.top || r.top >= b.bottom || r.right <= b.left || r.left >= b.right) continue;
    if (el.matches(TOUCHABLE)) controls = true;
    else if (r.top < b.top) cut = Math.max(cut ?? r.bottom, r.bottom);
  }
  return { controls, cut };
}

function setStyles(host: HTMLElement, styles: Record<string, string>): void {
  // !important inline: the page's stylesheets can't move or hide our host (shadow.ts guardBox).
  for (const [name, value] of Object.entries(styles)) host.style.setProperty(name, value, 'important');
}

/** In flow after everything else: nothing of the page is below it, so nothing moves. */
function atTheEnd(host: HTMLElement): void {
  for (const name of ['position', 'top', 'left', 'width', 'z-index']) host.style.removeProperty(name);
  const body = host.ownerDocument.body;
  if (body && body.lastElementChild !== host) body.append(host);
}

/** Places the banner (already rendered into `mount`); called again whenever it or the page changes. */
export function placeBanner(host: HTMLElement, mount: HTMLElement): void {
  const doc = host.ownerDocument;
  const viewportWidth = doc.documentElement.clientWidth;
  const width = Math.min(viewportWidth - 2 * GAP_PX, MAX_WIDTH_PX);
  // Out of flow before measuring, so the page is measured without us.
  setStyles(host, { position: 'absolute', top: '0px', left: '0px', width: `${width}px`, 'z-index': '2147483647' });
  const area = protectedArea(doc);
  if (!area) return atTheEnd(host);
  const fits = () => area.top - GAP_PX - host.getBoundingClientRect().height >= 0;
  mount.classList.remove(COMPACT_CLASS);
  if (!fits()) mount.classList.add(COMPACT_CLASS);
  // With top/left 0 the host sits at its containing block's origin: offsets are relative to that.
  const origin = host.getBoundingClientRect();
  const scrollY = doc.defaultView?.scrollY ?? 0;
  const left = Math.max(GAP_PX, Math.min(area.centre - width / 2, viewportWidth - GAP_PX - width));
  const moveTo = (top: number) =>
    setStyles(host, { top: `${top - (origin.top + scrollY)}px`, left: `${left - origin.left}px` });
  if (fits()) return moveTo(area.top - GAP_PX - origin.height);
  // Below the card: not through a line of links (half-covered text reads as broken), never over a control.
  moveTo(area.bottom + GAP_PX);
  for (let way = inTheWay(host), tries = 0; ; way = inTheWay(host), tries++) {
    if (way.controls || tries > 3) return atTheEnd(host);
    if (way.cut === null) return;
    moveTo(way.cut + scrollY + GAP_PX);
  }
}

/** Keeps a shown banner in place when the window or the page changes size (phone turned, text zoom). */
export function keepPlaced(host: HTMLElement, mount: HTMLElement): void {
  if (typeof ResizeObserver !== 'function') return; // jsdom (unit tests) has none; every browser does
  const watch = new ResizeObserver(() => {
    if (host.isConnected) placeBanner(host, mount);
    else watch.disconnect();
  });
  watch.observe(host.ownerDocument.documentElement);
}
