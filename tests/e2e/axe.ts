// axe-core in a real browser: the library is injected as a script (past the page's CSP), then run on
// the page or on one part of it. WCAG 2.x A/AA rules only: best-practice rules are advice, not bugs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserDriver, Tab } from './driver';
import { BANNER } from './expect-ext';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const MIRROR = '#e2e-banner-mirror';

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export async function runAxe(driver: BrowserDriver, tab: Tab, include: string | null = null): Promise<Violation[]> {
  await driver.addScript(tab, AXE_SOURCE);
  return driver.evaluate(
    tab,
    async ({ include, tags }: { include: string | null; tags: string[] }) => {
      const axe = (
        globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: any[] }> } }
      ).axe; // eslint-disable-line @typescript-eslint/no-explicit-any
      const result = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: 'tag', values: tags },
      });
      return result.violations.map((v) => ({
        id: v.id as string,
        impact: (v.impact ?? null) as string | null,
        help: v.help as string,
        targets: (v.nodes as { target: unknown[] }[]).slice(0, 5).map((n) => JSON.stringify(n.target)),
      }));
    },
    { include, tags: TAGS },
  );
}

/**
 * axe can't enter a closed shadow root (and shouldn't be able to). So the banner's rendered content
 * and styles are copied into an open shadow root on a stand-in host at the same place, where it can.
 * What's tested is the markup and CSS the banner really rendered, not a separate rendering.
 */
export async function mirrorBanner(driver: BrowserDriver, tab: Tab): Promise<string> {
  const done = await driver.inShadowRoot(
    tab,
    BANNER,
    (root, id: string) => {
      const css = [...root.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
      const host = document.createElement('e2e-banner-mirror');
      host.id = id;
      host.style.setProperty('display', 'block', 'important');
      host.attachShadow({ mode: 'open' }).innerHTML = `<style>${css}</style>${root.innerHTML}`;
      root.host.after(host);
      (root.host as HTMLElement).style.setProperty('display', 'none', 'important');
      // The mirror's visible text: proof that axe will look at something, not at an empty box.
      const shown = [...(host.shadowRoot?.children ?? [])].filter((e) => e.tagName !== 'STYLE');
      return shown
        .map((e) => e.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    },
    MIRROR.slice(1),
  );
  return done ?? '';
}

export const describeViolations = (vs: Violation[]) =>
  vs.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(' ')}`).join('\n');
