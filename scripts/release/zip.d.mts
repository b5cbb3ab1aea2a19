export interface ZipEntry {
  path: string;
  data: Buffer;
  executable?: boolean;
}
export function writeZip(files: readonly ZipEntry[]): Buffer;
export function readZip(zip: Buffer): Required<ZipEntry>[];
