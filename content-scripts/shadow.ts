// Our own elements on Amazon's page: a custom-named host with a closed shadow root, so the page's CSS
// cannot restyle what is inside and its scripts cannot reach in (host.shadowRoot is null for them).

/**
 * The hosts this content script made. Every one is named signin-helper-*, but is recognised by
 * identity, not by its tag: a page that wraps its own nodes in <signin-helper-…> elements must not
 * hide its changes from the observer.
 */
const ours = new WeakSet<Node>();

export function isOurNode(node: Node): boolean {
  return ours.has(node);
}

export interface ShadowHost {
  host: HTMLElement;
  /** The element the UI renders into, inside the closed root. */
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

/**
 * The host's own box is the one thing the page's stylesheets can reach. Inline !important declarations
 * win over every author rule, !important and @layer included, so `all: initial` here undoes whatever
 * the page says about our tag (display:none, visibility, opacity, transforms, off-screen positions).
 * Set through the CSSOM: a page CSP without 'unsafe-inline' blocks style attributes, not this.
 */
function guardBox(host: HTMLElement): void {
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('display', 'block', 'important');
  host.style.setProperty('contain', 'content', 'important');
}

export function createShadowHost(doc: Document, tag: string, css: string): ShadowHost {
  const host = doc.createElement(tag);
  ours.add(host);
  guardBox(host);
  const root = host.attachShadow({ mode: 'closed' });
  addStyles(root, css);
  const mount = doc.createElement('div');
  root.append(mount);
  return { host, mount };
}
