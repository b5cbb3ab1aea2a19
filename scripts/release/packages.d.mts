import type { ZipEntry } from './zip.mjs';
export type PackageTarget = 'chrome' | 'firefox' | 'safari' | 'sources';
export function packageNames(version: string): Record<PackageTarget, string>;
export const REVIEWER_README: string;
export function folderFiles(dir: string): ZipEntry[];
export function trackedFiles(root: string): Required<ZipEntry>[];
export function reviewerReadme(root: string, version: string): Buffer;
export function makePackages(root: string, version: string): Record<PackageTarget, Buffer>;
