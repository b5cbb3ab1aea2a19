// Entry of rules-and-ui.js: the cause rules with their phrase tables, and everything the content script
// shows. Loaded on a sign-in page once the page is idle, or at once when the page may have a cause (a
// shown alert, a step that decides by itself) or a first real event in Amazon's identifier or
// password field. It holds the rules (decide), preact, the banner, its placement, the input hints and
// the page report's structure reader (with the masking); the always-injected content.js only reads
// the page (gate, step, shown alerts), observes and sends.
// An ES module: the content script imports it at run time (import-ui.ts, ui-loader.ts); in Safari the
// background injects it as a classic script on the content script's ask (rules-and-ui-injected.ts).
import { h, render } from 'preact';
import { Banner, type BannerProps } from './banner';
import { BANNER_CSS } from './banner-css';
import { keepPlaced, placeBanner } from './banner-place';

export { BANNER_CSS };
export { actionLabelKey, actionUrl } from '../src/actions';
export { decide } from '../src/detect/decide';
export { GUIDANCE, primaryFix } from '../src/guidance';
export { bannerSession } from '../src/signed-in';
export { pageStructure } from '../src/detect/page-structure';
export { inputHints, type CreateHost } from './input-hints-ui';

const placed = new WeakSet<HTMLElement>();

/** Renders the banner into its mount point inside the closed root and puts its host in place. */
export function showBanner(host: HTMLElement, mount: HTMLElement, props: BannerProps): void {
  render(h(Banner, props), mount);
  placeBanner(host, mount);
  if (placed.has(host)) return;
  placed.add(host);
  keepPlaced(host, mount);
}

/** Takes the banner's content down (its host is removed by the content script). */
export function clearBanner(mount: HTMLElement): void {
  render(null, mount);
}
