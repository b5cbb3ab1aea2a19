// The banner alone, for the layout scenario: every cause in every language rendered at once, each in
// its own shadow root (open here, so the page can measure it) with the banner's real CSS, at the width
// the banner gets on a 360 px phone. Bundled by the scenario and added to a non-Amazon page.
import { h, render } from 'preact';
import { Banner, type BannerProps } from '../../content-scripts/banner';
import { BANNER_CSS } from '../../content-scripts/banner-css';

export type HarnessCase = Omit<BannerProps, 'onPrimary' | 'onMore' | 'onDismiss' | 'onReload'> & { label: string };

/** Parts of a banner that run out of their box: "label: what (scrollWidth > clientWidth)". */
function overflowIn(root: ShadowRoot, label: string): string[] {
  const section = root.querySelector('section');
  if (!section) return [`${label}: no banner`];
  const box = section.getBoundingClientRect();
  const out: string[] = [];
  for (const el of [section, ...section.querySelectorAll<HTMLElement>('p, button, .row')]) {
    const what = `${label}: ${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} "${(el.textContent ?? '').slice(0, 40)}"`;
    if (el.scrollWidth > el.clientWidth + 1) out.push(`${what} scrollWidth ${el.scrollWidth} > ${el.clientWidth}`);
    if (el.scrollHeight > el.clientHeight + 1 && el.tagName === 'BUTTON') out.push(`${what} clipped vertically`);
    const r = el.getBoundingClientRect();
    if (r.left < box.left - 1 || r.right > box.right + 1) out.push(`${what} outside the banner`);
  }
  return out;
}

/** `extraCss` is added after the banner's own (the scenario's control case: a style known to overflow). */
function renderBanners(cases: readonly HarnessCase[], width: number, extraCss = ''): string[] {
  const noop = () => undefined;
  const problems: string[] = [];
  for (const { label, ...props } of cases) {
    const host = document.createElement('div');
    host.style.cssText = `display:block;width:${width}px;margin:0 0 8px 8px`;
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = BANNER_CSS + extraCss;
    const mount = document.createElement('div');
    root.append(style, mount);
    render(h(Banner, { ...props, onPrimary: noop, onMore: noop, onDismiss: noop, onReload: noop }), mount);
    problems.push(...overflowIn(root, label));
  }
  return problems;
}

(globalThis as unknown as { signinHelperRenderBanners: typeof renderBanners }).signinHelperRenderBanners =
  renderBanners;
