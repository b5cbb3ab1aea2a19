// The extension API the real background bundle (dist/<browser>/background.js) finds in the harness's
// hidden background page. Loaded first, so webextension-polyfill sees `browser.runtime.id` and hands
// the background this object. Only what the background touches for page messages is here: runtime
// (onMessage, id, getURL, getManifest), storage (in memory, three areas with onChanged),
// i18n.getUILanguage, tabs (events, get and query from the tabs the runner reports), the action's badge
// (recorded per tab for the results), permissions (every store allowed) and scripting.executeScript
// (the runner runs the files in the tab's isolated world). The GJS runner calls __harness.
(() => {
  const params = new URLSearchParams(location.search);
  const ID = params.get('id');
  const BASE = `${location.protocol}//${location.host}/`;
  const UI_LANGUAGE = params.get('ui') || 'en-US';

  const event = globalThis.__harnessEvent;
  const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

  const onStorageChanged = event();
  function area(name) {
    const data = new Map();
    const changed = (changes) => {
      if (Object.keys(changes).length) for (const f of onStorageChanged.listeners) f(clone(changes), name);
    };
    return {
      async get(keys) {
        if (keys === null || keys === undefined) return Object.fromEntries([...data].map(([k, v]) => [k, clone(v)]));
        const wanted =
          typeof keys === 'string'
            ? { [keys]: undefined }
            : Array.isArray(keys)
              ? Object.fromEntries(keys.map((k) => [k, undefined]))
              : keys;
        const out = {};
        for (const [k, fallback] of Object.entries(wanted)) {
          if (data.has(k)) out[k] = clone(data.get(k));
          else if (fallback !== undefined) out[k] = fallback;
        }
        return out;
      },
      async set(items) {
        const changes = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: clone(data.get(k)), newValue: clone(v) };
          data.set(k, clone(v));
        }
        changed(changes);
      },
      async remove(keys) {
        const changes = {};
        for (const k of [keys].flat())
          if (data.has(k)) {
            changes[k] = { oldValue: data.get(k) };
            data.delete(k);
          }
        changed(changes);
      },
      async clear() {
        await this.remove([...data.keys()]);
      },
    };
  }

  const badges = new Map();
  const perTab = (field) => async (details) => {
    const tab = badges.get(details.tabId) ?? {};
    tab[field] = details[field];
    badges.set(details.tabId, tab);
  };
  const runtime = {
    id: ID,
    getURL: (p) => BASE + String(p).replace(/^\//, ''),
    onMessage: event(),
    onInstalled: event(),
    onStartup: event(),
  };
  runtime.getManifest = () => clone(globalThis.__harnessManifest);
  /** Tab id → URL, as the runner reports loads; what tabs.get and tabs.query answer. */
  const tabUrls = new Map();
  const tabOf = (id) => ({ id, windowId: 1, url: tabUrls.get(id), incognito: false });
  const tabs = {
    onUpdated: event(),
    onRemoved: event(),
    onActivated: event(),
    async get(id) {
      if (!tabUrls.has(id)) throw new Error(`No tab with id: ${id}.`);
      return tabOf(id);
    },
    query: async () => [...tabUrls.keys()].map(tabOf),
  };
  /** Tab id → every file injected into it, in order. */
  const injections = new Map();
  const scripting = {
    async executeScript({ target, files, world }) {
      if (!tabUrls.has(target.tabId)) throw new Error(`No tab with id: ${target.tabId}.`);
      // The harness's tabs have their top frame only (frame 0), as the runner's user scripts do.
      const missing = (target.frameIds ?? []).find((id) => id !== 0);
      if (missing !== undefined) throw new Error(`No frame with id ${missing} in tab with id: ${target.tabId}.`);
      injections.set(target.tabId, [...(injections.get(target.tabId) ?? []), ...files]);
      await window.webkit.messageHandlers.harnessInject.postMessage(
        JSON.stringify({ tabId: target.tabId, files, world }),
      );
      return [{ frameId: 0, result: undefined }];
    },
  };
  const permissions = { onAdded: event(), onRemoved: event(), contains: async () => true, request: async () => true };
  const api = {
    runtime,
    storage: { local: area('local'), sync: area('sync'), session: area('session'), onChanged: onStorageChanged },
    i18n: { getUILanguage: () => UI_LANGUAGE },
    tabs,
    scripting,
    permissions,
    action: { setBadgeText: perTab('text'), setBadgeBackgroundColor: perTab('color'), setTitle: perTab('title') },
  };
  globalThis.browser = api;
  globalThis.chrome = api;

  globalThis.__harness = {
    /** A content-script message, with the sender the browser would report; resolves to the reply. */
    async deliver(message, sender) {
      for (const listener of runtime.onMessage.listeners) {
        const reply = listener(clone(message), sender);
        if (reply !== undefined) return clone(await reply);
      }
      return undefined;
    },
    tabEvent(kind, tabId, status, url) {
      if (kind === 'updated') {
        tabUrls.set(tabId, url);
        for (const f of tabs.onUpdated.listeners) f(tabId, { status }, { id: tabId, status });
      } else {
        tabUrls.delete(tabId);
        for (const f of tabs.onRemoved.listeners) f(tabId, { windowId: 1, isWindowClosing: false });
      }
    },
    /** A message from the popup (an extension page), as the browser would send it. */
    fromPopup: (message) => globalThis.__harness.deliver(message, { id: ID, url: `${BASE}popup/popup.html` }),
    injections: (tabId) => injections.get(tabId) ?? [],
    badge: (tabId) => badges.get(tabId) ?? {},
  };
})();
