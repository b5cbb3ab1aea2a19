// The docs' door table is the door table: every door host, with its service, and no other host.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOORS } from '../../src/doors';

const doc = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/AMAZON-SIGNIN.md'),
  'utf8',
);
const section = doc.slice(doc.indexOf('## Sign-in doors'), doc.indexOf('## The flow, step by step'));
const rows = [...section.matchAll(/^\| `([a-z0-9.-]+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2]!.trim()]);

const SERVICE_NAMES = {
  'seller-central': 'Seller Central',
  'amazon-pay': 'Amazon Pay / Login with Amazon',
  alexa: 'Alexa',
  'prime-video': 'Prime Video',
} as const;

describe('docs/AMAZON-SIGNIN.md, "Sign-in doors"', () => {
  it('lists exactly the door hosts of src/doors.ts, each with its service', () => {
    expect(rows).toEqual(DOORS.map((d) => [d.host, SERVICE_NAMES[d.service]]));
  });
});
