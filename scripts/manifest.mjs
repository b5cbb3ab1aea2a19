// Per-browser manifest from the one source manifest.json: {store}/{domain} patterns expand to every
// marketplace; Chrome gets a service worker, Firefox an event page and its gecko settings.
export const GECKO_ID = 'signin-helper-amazon@signin-helper.org';

function expand(patterns, marketplaces) {
  return marketplaces.flatMap((m) => patterns.map((p) => p.replaceAll('{store}', m.host).replaceAll('{domain}', m.domain)));
}

export function manifestFor(target, source, marketplaces, version) {
  const m = structuredClone(source);
  m.version = version;
  m.host_permissions = expand(source.host_permissions, marketplaces);
  m.content_scripts = source.content_scripts.map((cs) => ({ ...cs, matches: expand(cs.matches, marketplaces) }));
  if (target === 'chrome') {
    m.minimum_chrome_version = '127';
  } else {
    m.background = { scripts: [source.background.service_worker] };
    m.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return m;
}
