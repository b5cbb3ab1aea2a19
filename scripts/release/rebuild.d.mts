import type { ZipEntry } from './zip.mjs';
export function rebuildFromSources(sourcesZip: Buffer): { dir: string; dispose(): void };
export function differences(packaged: readonly ZipEntry[], builtDir: string): string[];
