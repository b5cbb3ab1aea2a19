// Injected by the GJS runner at document start into the content script's isolated world (the world
// content.js and rules-and-ui.js run in, as Safari runs content scripts), so the page never sees it.
// 1. The extension API the content script uses: runtime.sendMessage over the WebKit script message
//    handler (answered by the real background in the harness's background page), runtime.getURL for
//    the web-accessible rules-and-ui.js, storage.onChanged.
// 2. The harness's own hooks: attachShadow is wrapped to keep the closed roots our content script
//    makes (readable here only), and every frame samples where Amazon's form is, so a layout shift
//    can be measured where WebKit has no Layout Instability API.
(() => {
  const { id: ID, base: BASE } = JSON.parse('__HARNESS_CONFIG__');
  // Looked up on use: at document start WebKit may not have set window.webkit up in this world yet.
  const channel = () => window.webkit.messageHandlers.signinHelper;
  const event = globalThis.__harnessEvent;
  /** What the content script sent (types only) and which sends failed: for the results. */
  const messages = { sent: [], replies: [], failed: [], diagnosis: undefined };
  const api = {
    runtime: {
      id: ID,
      getURL: (p) => BASE + String(p).replace(/^\//, ''),
      async sendMessage(message) {
        messages.sent.push(message?.type);
        if (message?.type === 'cs-bg-diagnosis') messages.diagnosis = message.diagnosis;
        try {
          const reply = await channel().postMessage(JSON.stringify(message));
          messages.replies.push(reply ? Object.keys(JSON.parse(reply)).join(',') : null);
          return reply ? JSON.parse(reply) : undefined;
        } catch (error) {
          messages.failed.push(String(error));
          throw error;
        }
      },
      onMessage: event(),
    },
    storage: { onChanged: event() },
  };
  globalThis.browser = api;
  globalThis.chrome = api;

  const roots = new Map();
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.set(this, root);
    return root;
  };
  const ours = () => [...roots.keys()].filter((h) => h.isConnected);
  const box = (r) => ({ top: r.top, left: r.left, width: r.width, height: r.height, right: r.right, bottom: r.bottom });
  const text = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

  // Layout Instability where the engine has it (WebKit does not, as of 2.50: see README).
  const layoutShiftApi = (PerformanceObserver.supportedEntryTypes ?? []).includes('layout-shift');
  const shiftEntries = [];
  if (layoutShiftApi)
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        shiftEntries.push({
          value: e.value,
          ours: (e.sources ?? []).some((s) => s.node && ours().some((h) => h === s.node || h.contains(s.node))),
        });
    }).observe({ type: 'layout-shift', buffered: true });

  // The element a person is about to touch: the first field of Amazon's form (or the form).
  const target = () => document.querySelector('form input:not([type=hidden]), form');
  const frames = { count: 0, firstWithBanner: null, shifts: [] };
  let last = null;
  // Sampled just after each frame's rendering update (a message posted from requestAnimationFrame runs
  // after it), so a sample shows what that frame painted, including changes made in rAF callbacks.
  /** Where the field would be without our elements (hidden for one synchronous layout, then restored). */
  const movedByUs = (el, hosts, top) => {
    const saved = hosts.map((h) => [h.style.getPropertyValue('display'), h.style.getPropertyPriority('display')]);
    for (const h of hosts) h.style.setProperty('display', 'none', 'important');
    const without = el.getBoundingClientRect().top + scrollY;
    for (const [i, h] of hosts.entries()) h.style.setProperty('display', saved[i][0], saved[i][1]);
    return Math.abs(without - top) > 0.5;
  };
  const afterPaint = new MessageChannel();
  afterPaint.port1.onmessage = () => {
    const el = target();
    const hosts = ours();
    const signature = hosts
      .map((h) => {
        const r = h.getBoundingClientRect();
        return `${r.top + scrollY},${r.height}`;
      })
      .join(';');
    if (frames.firstWithBanner === null && hosts.some((h) => h.hasAttribute('data-signin-helper-cause')))
      frames.firstWithBanner = frames.count;
    if (el) {
      const r = el.getBoundingClientRect();
      const now = { el, top: r.top + scrollY, left: r.left + scrollX, signature };
      if (last && last.el === el && (Math.abs(now.top - last.top) > 0.5 || Math.abs(now.left - last.left) > 0.5))
        frames.shifts.push({
          frame: frames.count,
          dy: now.top - last.top,
          dx: now.left - last.left,
          // Ours only if our element changed in this frame AND the field sits elsewhere without it: the
          // banner now comes in the error box's own frame, so the page's own shift shares that frame.
          oursChanged: now.signature !== last.signature && movedByUs(el, hosts, now.top),
        });
      last = now;
    }
    frames.count++;
    if (frames.count < 1200) requestAnimationFrame(frame);
  };
  const frame = () => afterPaint.port2.postMessage(0);
  requestAnimationFrame(frame);

  const view = (selector) => {
    const host = document.querySelector(selector);
    const root = host && roots.get(host);
    if (!host) return null;
    return { host, root, box: box(host.getBoundingClientRect()) };
  };

  globalThis.__signinHelperHarness = {
    state() {
      const b = view('[data-signin-helper-cause]');
      const h = view('signin-helper-hint');
      return {
        cause: b?.host.getAttribute('data-signin-helper-cause') ?? null,
        banner: !!b && !!b.root && b.root.querySelector('*') !== null && b.box.height > 0 && b.box.width > 0,
        bannerText: b?.root ? text(b.root) : null,
        // Closed: the host does not hand its root out (only the harness's attachShadow hook has it).
        bannerRootClosed: b ? b.host.shadowRoot === null && !!b.root && b.root.mode === 'closed' : null,
        bannerBox: b?.box ?? null,
        // How the closed root got its stylesheet: constructed (adoptedStyleSheets) or a <style> fallback.
        bannerStyles: b?.root
          ? b.root.adoptedStyleSheets.length
            ? 'adopted'
            : b.root.querySelector('style')
              ? 'style'
              : 'none'
          : null,
        cookieEnabled: navigator.cookieEnabled,
        bannerInsideViewport: b?.root
          ? Math.max(b.box.right, ...[...b.root.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right)) <=
            innerWidth + 0.5
          : null,
        hint: h?.root
          ? {
              items: [...h.root.querySelectorAll('li')].map(text),
              suggestion: text(h.root.querySelector('li b')),
              afterField: h.host.previousElementSibling?.matches('input') ?? false,
            }
          : null,
        messages,
        layout: {
          api: layoutShiftApi,
          entries: shiftEntries,
          frames: frames.count,
          firstWithBanner: frames.firstWithBanner,
          shifts: frames.shifts,
        },
      };
    },
    /** Sideways scroll with our elements, and the page's own without them (hidden for one layout). */
    scroll() {
      const wide = [...document.querySelectorAll('body *')]
        .filter((e) => e.getBoundingClientRect().right > innerWidth + 0.5)
        .slice(0, 3)
        .map(
          (e) =>
            `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}`,
        );
      const scrollWidth = document.documentElement.scrollWidth;
      const hosts = ours().map((h) => [h, h.style.getPropertyValue('display'), h.style.getPropertyPriority('display')]);
      for (const [h] of hosts) h.style.setProperty('display', 'none', 'important');
      const pageScrollWidth = document.documentElement.scrollWidth;
      for (const [h, value, priority] of hosts) h.style.setProperty('display', value, priority);
      return { innerWidth, innerHeight, scrollWidth, pageScrollWidth, wide };
    },
    focus(selector) {
      const el = document.querySelector(selector);
      el?.focus();
      return document.activeElement === el && el !== null;
    },
  };
})();
