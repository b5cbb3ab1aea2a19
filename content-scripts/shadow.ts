// Our own elements on Amazon's page: a custom-named host with a closed shadow root, so the page's CSS
// cannot restyle what is inside and its scripts cannot reach in (host.shadowRoot is null for them).

/** Every host we create is named signin-helper-*; the observer uses this to ignore our own changes. */
export const HOST_PREFIX = 'SIGNIN-HELPER-';

export function isOurNode(node: Node): boolean {
  return node.nodeName.startsWith(HOST_PREFIX);
}

export interface ShadowHost {
  host: HTMLElement;
  /** The element preact renders into, inside the closed root. */
  mount: HTMLElement;
}

/** Stylesheet for a closed root: constructed where allowed (not subject to the page's CSP), else <style>. */
function addStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Older engines, or Firefox content-script wrappers refusing the assignment: fall back below.
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = css;
  root.append(style);
}

export function createShadowHost(doc: Document, tag: string, css: string): ShadowHost {
  const host = doc.createElement(tag);
  // Inline !important beats the page's own !important rules on our host (display:none and the like).
  host.style.setProperty('display', 'block', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  addStyles(root, css);
  const mount = doc.createElement('div');
  root.append(mount);
  return { host, mount };
}
