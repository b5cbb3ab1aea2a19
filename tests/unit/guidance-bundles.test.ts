// @vitest-environment node
// What a cause says (src/guidance.ts) is kept apart from how it is found (src/detect/causes/): the
// background, the popup and the options show headlines and fixes but never detect, so none of them
// may bundle a cause rule or its phrase tables. Checked on the module graph and on dist/.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { moduleGraph } from './module-graph';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRIES = {
  'background.js': 'src/background/index.ts',
  'popup/popup.js': 'popup/index.tsx',
  'options/options.js': 'options/index.tsx',
};
/** Phrases of two rules' tables (ASCII: esbuild writes other characters as \u escapes). */
const PHRASES = ['Your password is incorrect', 'too many OTPs today'];
const DETECTION = /src\/detect\/(causes|decide|hints)\b/;

describe('bundles that show guidance but never detect', () => {
  it.each(Object.entries(ENTRIES))('%s: no cause rule in its module graph', async (_out, entry) => {
    const inputs = await moduleGraph(entry);
    expect(inputs).toContain('src/guidance.ts');
    expect(inputs.filter((f) => DETECTION.test(f))).toEqual([]);
  });

  it.each(['chrome', 'firefox', 'safari'])('dist/%s: no phrase in the background, popup or options', (target) => {
    for (const out of Object.keys(ENTRIES)) {
      const code = readFileSync(path.join(repo, 'dist', target, out), 'utf8');
      for (const phrase of PHRASES) expect(code, `${target}/${out}`).not.toContain(phrase);
    }
  });

  it('the check would see a phrase where detection is bundled', () => {
    const content = readFileSync(path.join(repo, 'dist', 'safari', 'rules-and-ui.js'), 'utf8');
    for (const phrase of PHRASES) expect(content).toContain(phrase);
  });
});
