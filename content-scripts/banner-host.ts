// Puts the banner on the page and takes it off again. The host element is a test contract
// (docs/TEST-CONTRACT.md, items 3 and 4): it carries data-signin-helper-cause="<cause id>" while a banner is shown, and it does
// not exist at all when there is nothing to show. The banner's UI (preact, components, styles, where it
// goes: banner-place.ts) is in rules-and-ui.js; the host appears together with its content, in its
// place, in one task: never empty, never first somewhere else.
import type { BannerProps } from './banner';
import { createShadowHost, type ShadowHost } from './shadow';
import { withUi, type UiLoader, type UiModule } from './ui-loader';

export const BANNER_TAG = 'signin-helper-banner';
export const CAUSE_ATTRIBUTE = 'data-signin-helper-cause';

export function bannerHost(doc: Document, ui: UiLoader) {
  let shown: ShadowHost | null = null;
  /** What should be on screen: the latest show() not yet undone by hide(). */
  let wanted: BannerProps | null = null;

  function put(m: UiModule, props: BannerProps): void {
    const body = doc.body;
    if (!body || wanted !== props) return; // hidden or replaced while the UI was loading
    shown ??= createShadowHost(doc, BANNER_TAG, m.BANNER_CSS);
    const { host, mount } = shown;
    if (host.getAttribute(CAUSE_ATTRIBUTE) !== props.cause) host.setAttribute(CAUSE_ATTRIBUTE, props.cause);
    if (host.parentNode !== body) body.append(host);
    m.showBanner(host, mount, props);
  }

  return {
    show(props: BannerProps): void {
      wanted = props;
      withUi(ui, (m) => put(m, props));
    },
    hide(): void {
      wanted = null;
      if (!shown) return;
      ui.get()?.clearBanner(shown.mount);
      shown.host.remove();
      shown = null;
    },
  };
}

export type BannerHost = ReturnType<typeof bannerHost>;
