// Entry of content-ui.js: everything the content script shows, loaded only when there is something
// to show (a cause found, or a first real event in Amazon's identifier or password field). It holds
// preact, the banner, the input hints and the page report's structure reader (with the masking); the
// always-injected content.js stays detection only.
// An ES module: the content script imports it at run time (import-ui.ts, ui-loader.ts).
import { h, render } from 'preact';
import { Banner, type BannerProps } from './banner';
import { BANNER_CSS } from './banner-css';

export { BANNER_CSS };
export { actionUrl } from '../src/actions';
export { pageStructure } from '../src/detect/page-structure';
export { inputHints, type CreateHost } from './input-hints-ui';

/** Renders the banner into its mount point inside the closed root; null takes it down. */
export function renderBanner(mount: HTMLElement, props: BannerProps | null): void {
  render(props ? h(Banner, props) : null, mount);
}
