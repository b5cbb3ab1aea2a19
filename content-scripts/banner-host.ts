// Puts the banner on the page and takes it off again. The host element is a test contract
// (PRODUCT.md): it carries data-signin-helper-cause="<cause id>" while a banner is shown, and it does
// not exist at all when there is nothing to show.
import { h, render } from 'preact';
import { Banner, type BannerProps } from './banner';
import { BANNER_CSS } from './banner-css';
import { createShadowHost, type ShadowHost } from './shadow';

export const BANNER_TAG = 'signin-helper-banner';
export const CAUSE_ATTRIBUTE = 'data-signin-helper-cause';

export function bannerHost(doc: Document) {
  let shown: ShadowHost | null = null;

  return {
    show(props: BannerProps): void {
      const body = doc.body;
      if (!body) return;
      shown ??= createShadowHost(doc, BANNER_TAG, BANNER_CSS);
      const { host, mount } = shown;
      if (host.getAttribute(CAUSE_ATTRIBUTE) !== props.cause) host.setAttribute(CAUSE_ATTRIBUTE, props.cause);
      // In flow at the very top: it pushes Amazon's page down instead of covering any of it. Placed
      // once; if something else later takes the first place we do not fight over it.
      if (host.parentNode !== body) body.prepend(host);
      render(h(Banner, props), mount);
    },
    hide(): void {
      if (!shown) return;
      render(null, shown.mount);
      shown.host.remove();
      shown = null;
    },
  };
}

export type BannerHost = ReturnType<typeof bannerHost>;
