/** Bundles a TypeScript entry (path from the repo) for Node; resolves to the bundle's path. */
export function bundleTs(entry: string): Promise<string>;
