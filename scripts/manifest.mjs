// Per-browser manifest from the one source manifest.json: {store}/{domain} patterns expand to every
// marketplace; Chrome gets a service worker, Firefox an event page and its gecko settings.
// web_accessible_resources (the content script's lazily imported UI) are for Amazon store pages only;
// Firefox has no use_dynamic_url (its moz-extension host is already random per install).
export const GECKO_ID = 'signin-helper-amazon@signin-helper.org';

function expand(patterns, marketplaces) {
  return marketplaces.flatMap((m) =>
    patterns.map((p) => p.replaceAll('{store}', m.host).replaceAll('{domain}', m.domain)),
  );
}

export function manifestFor(target, source, marketplaces, version) {
  const m = structuredClone(source);
  m.version = version;
  m.host_permissions = expand(source.host_permissions, marketplaces);
  m.content_scripts = source.content_scripts.map((cs) => ({ ...cs, matches: expand(cs.matches, marketplaces) }));
  m.web_accessible_resources = source.web_accessible_resources?.map((war) => {
    const entry = { ...war, matches: expand(war.matches, marketplaces) };
    if (target !== 'chrome') delete entry.use_dynamic_url;
    return entry;
  });
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
