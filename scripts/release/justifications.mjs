// Every permission and host a built manifest asks for must have its written reason in
// store/permissions.json; unjustified() lists those that don't.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function readJustifications(root) {
  return JSON.parse(readFileSync(path.join(root, 'store/permissions.json'), 'utf8'));
}

/** The host of a match pattern: "*://*.amazon.co.jp/*" → "*.amazon.co.jp". */
const hostOf = (pattern) => /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? pattern;

/** Every host a manifest reaches: host permissions (required and optional), content scripts, exposed files. */
export function manifestHosts(manifest) {
  const patterns = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((cs) => cs.matches),
    ...(manifest.web_accessible_resources ?? []).flatMap((war) => war.matches),
  ];
  return [...new Set(patterns.map(hostOf))];
}

/** The justified host names: {domain} and {host} keys expanded over every store. */
export function justifiedHosts(justifications, marketplaces) {
  return new Set(
    Object.keys(justifications.hosts).flatMap((key) =>
      key.includes('{')
        ? marketplaces.map((m) => key.replaceAll('{domain}', m.domain).replaceAll('{host}', m.host))
        : [key],
    ),
  );
}

/** "permission x" / "host y" for each one the manifest asks for without a reason. */
export function unjustified(manifest, justifications, marketplaces) {
  const permissions = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
  const hosts = justifiedHosts(justifications, marketplaces);
  return [
    ...permissions.filter((p) => !justifications.permissions[p]?.trim()).map((p) => `permission ${p}`),
    ...manifestHosts(manifest)
      .filter((h) => !hosts.has(h))
      .map((h) => `host ${h}`),
  ];
}
