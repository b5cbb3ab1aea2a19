// Loads an HTML page into its own jsdom document at the URL it was served from (scripts never run).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The real captures stay in the shared fixtures folder; they are never shipped or copied. */
export const CAPTURES_DIR = process.env.CAPTURES_DIR ?? path.resolve(repo, '../shared/fixtures/amazon-orders-captures');
export const PAGES_DIR = path.join(repo, 'tests/pages');

export function pageFromHtml(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

export function loadCapture(file: string, url: string): Document {
  return pageFromHtml(readFileSync(path.join(CAPTURES_DIR, file), 'utf8'), url);
}
