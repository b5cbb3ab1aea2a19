// The banner never moves Amazon's form (docs/ARCHITECTURE.md, "The banner and the page"; issue 11):
// at a phone width and a desktop width,
// for an error that is in the page when it loads and for one that appears later, Amazon's form sits
// exactly where it sits on the same page without the extension, the banner does not overlap it, and
// (where the browser has the Layout Instability API: Chromium, not Firefox) no layout shift is
// attributed to our host and the page shifts no more than it does without us. No timing is asserted:
// the figures (CLS at three widths, frames) are npm run bench's.
import path from 'node:path';
import { expect, it } from 'vitest';
import type { BrowserDriver, Tab } from '../driver';
import { waitUntil } from '../driver';
import { CAPTURES } from '../env';
import { BANNER, expectBanner, settle } from '../expect-ext';
import { US } from '../routes';
import type { Scenarios } from '../suite';

const FILE = path.join(CAPTURES, 'post-signin-invalid-password.html');
const FORM = 'form[name="signIn"]';
const WIDTHS = [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
];
type Kind = 'load' | 'late';

/** Same HTML where the content script runs (/ap/…) and where it does not (/ap-no-script/…). */
const url = (side: 'with' | 'without', kind: Kind) =>
  `${US}/${side === 'with' ? 'ap' : 'ap-no-script'}/signin?e2e=layout-shift-${kind}`;

/** Runs in the page as soon as it can: keeps every layout-shift entry, with its sources' nodes. */
export function recordShifts(): boolean {
  const w = window as unknown as { e2eShifts?: { value: number; nodes: (Node | null)[] }[] };
  w.e2eShifts = [];
  if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) return false;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as { value: number; sources: { node: Node | null }[] }[]) {
      w.e2eShifts!.push({ value: e.value, nodes: e.sources.map((s) => s.node) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  return true;
}

/** Where Amazon's form and our banner are (page coordinates), and the page's layout shifts. */
const layout = (driver: BrowserDriver, tab: Tab) =>
  driver.evaluate(
    tab,
    ({ form, banner }: { form: string; banner: string }) => {
      const box = (sel: string) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY };
      };
      const host = document.querySelector(banner);
      const shifts = (window as unknown as { e2eShifts: { value: number; nodes: (Node | null)[] }[] }).e2eShifts;
      return {
        form: box(form),
        banner: box(banner),
        total: shifts.reduce((sum, s) => sum + s.value, 0),
        ours: shifts.filter((s) => s.nodes.some((n) => !!n && !!host && (n === host || host.contains(n)))).length,
      };
    },
    { form: FORM, banner: BANNER },
  );

async function openAndSettle(
  driver: BrowserDriver,
  side: 'with' | 'without',
  kind: Kind,
  viewport: (typeof WIDTHS)[0],
) {
  const tab = await driver.open(url(side, kind), viewport);
  const supported = await driver.evaluate(tab, recordShifts, null);
  if (side === 'with') await expectBanner(driver, tab, 'wrong-password');
  else {
    await waitUntil(
      () => driver.evaluate(tab, () => !!document.getElementById('auth-error-message-box'), null),
      'error',
    );
  }
  await settle(500); // frames after the banner (or the error) came: a late move would show here
  return { supported, ...(await layout(driver, tab)) };
}

export const layoutShift: Scenarios = (ctx) => {
  for (const kind of ['load', 'late'] as const) {
    for (const viewport of WIDTHS) {
      it(`error ${kind === 'load' ? 'in the page at load' : 'appearing after load'}, ${viewport.width} px: the banner does not move or cover Amazon's form`, async () => {
        const { driver, server } = ctx();
        for (const side of ['with', 'without'] as const) {
          server.route({
            url: url(side, kind),
            file: FILE,
            ...(kind === 'late' ? { lateInsertId: 'auth-error-message-box', lateMs: 300 } : {}),
          });
        }
        const withUs = await openAndSettle(driver, 'with', kind, viewport);
        const without = await openAndSettle(driver, 'without', kind, viewport);
        expect(without.banner).toBeNull();
        // Amazon's form is exactly where it is without the extension.
        expect(withUs.form).not.toBeNull();
        for (const edge of ['left', 'top', 'right', 'bottom'] as const) {
          expect(Math.abs(withUs.form![edge] - without.form![edge])).toBeLessThan(0.5);
        }
        // The banner is on screen and does not overlap the form.
        const b = withUs.banner!;
        const f = withUs.form!;
        expect(b.right - b.left).toBeGreaterThan(200);
        expect(b.bottom <= f.top + 0.5 || b.top >= f.bottom - 0.5).toBe(true);
        if (!withUs.supported) return; // Firefox: no Layout Instability API; the form's box is the check
        expect(withUs.ours).toBe(0);
        expect(withUs.total).toBeLessThanOrEqual(without.total + 0.001);
      });
    }
  }
};
