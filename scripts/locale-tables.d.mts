export function writeLocaleTables(root: string, outdir: string): Promise<void>;
