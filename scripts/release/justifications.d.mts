export interface Justifications {
  permissions: Record<string, string>;
  hosts: Record<string, string>;
}
type Manifest = Record<string, any>;
type Stores = readonly { domain: string; host: string }[];
export function readJustifications(root: string): Justifications;
export function manifestHosts(manifest: Manifest): string[];
export function justifiedHosts(justifications: Justifications, marketplaces: Stores): Set<string>;
export function unjustified(manifest: Manifest, justifications: Justifications, marketplaces: Stores): string[];
