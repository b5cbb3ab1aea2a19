// Per-browser manifest from the one source manifest.json and the sign-in sites (src/signin-pages.ts):
// "{signin-pages}" expands to every sign-in path on every sign-in host, {signin-host} to each sign-in
// host, {cookie-domain} to each registrable domain whose cookies the extension reads. Chrome gets a service worker; Firefox an event page and its gecko settings; Safari a
// non-persistent background page (iOS refuses a persistent one, and Safari's MV3 service worker is the
// less reliable of the two on iPhone: docs/SAFARI.md, "Background") and its minimum version.
// web_accessible_resources (the content script's lazily imported UI) are for sign-in hosts' pages only;
// only Chrome takes use_dynamic_url: Firefox already gives each install a random host. Safari has
// none: the background injects the UI there (UI_DELIVERY).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * How each target's content.js gets rules-and-ui.js (the cause rules and the UI), the one place the
 * browsers differ in it. 'import': an ES module, web-accessible to store pages, that content.js
 * imports (content-scripts/import-ui.ts). 'inject': a classic script that content.js asks the
 * background to run in its frame with scripting.executeScript (import-ui-injected.ts): Safari, where
 * a content script's import() is not documented (docs/SAFARI.md). 'inject' exposes no resource.
 */
export const UI_DELIVERY = { chrome: 'import', firefox: 'import', safari: 'inject' };
/** Firefox's data_collection_permissions: the data-use answers all stores get (store/data-use.json). */
const DATA_USE = JSON.parse(
  readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../store/data-use.json'), 'utf8'),
);
export const GECKO_ID = 'signin-helper-amazon@signin-helper.org';
export const TARGETS = ['chrome', 'firefox', 'safari'];

/**
 * Safari 17: storage.session (16.4) is the hard floor; 17 and 18 are the versions docs/SAFARI.md
 * reasons about. Before 18 the cookies API misses HttpOnly cookies, so clearing steps aside there.
 */
export const SAFARI_MIN_VERSION = '17.0';

function expand(patterns, sites) {
  return patterns.flatMap((p) => {
    if (p === '{signin-pages}') return sites.matches;
    if (p.includes('{signin-host}')) return sites.hosts.map((h) => p.replaceAll('{signin-host}', h));
    if (p.includes('{cookie-domain}')) return sites.cookieDomains.map((d) => p.replaceAll('{cookie-domain}', d));
    return [p];
  });
}

const BACKGROUND = {
  chrome: (script) => ({ service_worker: script }),
  firefox: (script) => ({ scripts: [script] }),
  safari: (script) => ({ scripts: [script], persistent: false }),
};

const SETTINGS = {
  chrome: () => ({ minimum_chrome_version: '127' }),
  firefox: () => ({
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: DATA_USE.firefox.data_collection_permissions,
      },
      // 142: Firefox for Android's first release that knows data_collection_permissions (the linter
      // checks Android against this), and every API we call there is older (docs/SAFARI.md, "Android").
      gecko_android: { strict_min_version: '142.0' },
    },
  }),
  safari: () => ({ browser_specific_settings: { safari: { strict_min_version: SAFARI_MIN_VERSION } } }),
};

export function manifestFor(target, source, sites, version) {
  if (!TARGETS.includes(target)) throw new Error(`unknown target ${target}`);
  const m = structuredClone(source);
  m.version = version;
  m.host_permissions = expand(source.host_permissions, sites);
  m.content_scripts = source.content_scripts.map((cs) => ({ ...cs, matches: expand(cs.matches, sites) }));
  m.web_accessible_resources = source.web_accessible_resources?.map((war) => {
    const entry = { ...war, matches: expand(war.matches, sites) };
    if (target !== 'chrome') delete entry.use_dynamic_url;
    return entry;
  });
  if (UI_DELIVERY[target] === 'inject') delete m.web_accessible_resources;
  m.background = BACKGROUND[target](source.background.service_worker);
  // Safari has no browsingData API at all: asking for it would only add a converter warning.
  if (target === 'safari') {
    m.optional_permissions = source.optional_permissions?.filter((p) => p !== 'browsingData');
    if (!m.optional_permissions?.length) delete m.optional_permissions;
  }
  return { ...m, ...SETTINGS[target]() };
}
