export function changelogSection(text: string, version: string): string | null;
export function readVersion(root: string): string;
export function releaseNotes(root: string, version?: string): string | null;
