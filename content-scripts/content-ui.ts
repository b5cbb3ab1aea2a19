// Entry of content-ui.js: everything the content script shows, loaded when there is something to show
// (a cause found, or a first real event in Amazon's identifier or password field) or, on a sign-in
// page, once the page is idle. It holds preact, the banner, its placement, the input hints and the page
// report's structure reader (with the masking); the
// always-injected content.js stays detection only.
// An ES module: the content script imports it at run time (import-ui.ts, ui-loader.ts).
import { h, render } from 'preact';
import { Banner, type BannerProps } from './banner';
import { BANNER_CSS } from './banner-css';
import { keepPlaced, placeBanner } from './banner-place';

export { BANNER_CSS };
export { actionUrl } from '../src/actions';
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
