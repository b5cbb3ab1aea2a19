// Where the banner lands for a person (docs/ARCHITECTURE.md, "Where the banner goes"): on a phone
// (360×740) and a desktop (1280×800), in Japanese and English, on a real capture and on our own pages
// whose error box leaves little room above the form, the banner is in the first viewport, overlaps
// none of Amazon's fields and buttons, and (where the browser has Layout Instability: Chromium) no
// layout shift is attributed to it. Its words: a banner over Amazon's box repeats what the box said.
import path from 'node:path';
import { expect, it } from 'vitest';
import { renderPage } from '../../pages/render';
import { OWN_PAGES } from '../env';
import { BANNER, expectBanner, settle } from '../expect-ext';
import { ownPages, PAGES } from '../routes';
import type { Scenarios } from '../suite';
import { recordShifts } from './layout-shift';

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];
const own = (label: string) => ownPages().find((p) => p.expected.label === label)!.expected.url;
/** Our Japanese wrong-password page with a long page below the form (as Amazon's phone pages have:
 *  "new to Amazon", footers): the page's end is far below the first viewport. */
const LONG_PAGE = {
  url: 'https://www.amazon.co.jp/ap/signin?e2e=long-page',
  html: renderPage(path.join(OWN_PAGES, 'wrong-password.ja.html')).replace(
    '</body>',
    '<div style="height: 2000px">ご利用規約</div></body>',
  ),
};
const PAGES_TO_CHECK = [
  { name: 'wrong-password.ja, long page', url: LONG_PAGE.url, cause: 'wrong-password' },
  { name: 'capture (en)', url: PAGES.wrongPassword, cause: 'wrong-password' },
  { name: 'wrong-password.ja', url: own('wrong-password.ja.html'), cause: 'wrong-password' },
  { name: 'wrong-password.en', url: own('wrong-password.en.html'), cause: 'wrong-password' },
  { name: 'account-not-found.ja', url: own('account-not-found.ja.html'), cause: 'account-not-found' },
];

/** The banner's box, Amazon's fields and buttons it overlaps, whether it covers Amazon's alert box
 *  (and then whether it says Amazon's words), and layout shifts attributed to it. */
function placement(banner: string) {
  const host = document.querySelector(banner) as HTMLElement;
  const b = host.getBoundingClientRect();
  const overlaps = (r: DOMRect) => r.bottom > b.top && r.top < b.bottom && r.right > b.left && r.left < b.right;
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? r : null;
  };
  const covered = [...document.querySelectorAll('input:not([type=hidden]), button, select, textarea, .a-button')]
    .filter((el) => !host.contains(el))
    .filter((el) => {
      const r = visible(el);
      return !!r && overlaps(r);
    })
    .map((el) => `${el.localName}#${el.id}`);
  const alertCovered = [...document.querySelectorAll('.a-alert')].some((el) => {
    const r = visible(el);
    return !!r && overlaps(r);
  });
  const shifts = (window as unknown as { e2eShifts: { nodes: (Node | null)[] }[] }).e2eShifts;
  return {
    top: b.top,
    bottom: b.bottom,
    width: b.width,
    scrollY,
    innerHeight,
    covered,
    alertCovered,
    ours: shifts.filter((s) => s.nodes.some((n) => !!n && (n === host || host.contains(n)))).length,
  };
}

export const bannerPlacement: Scenarios = (ctx) => {
  for (const viewport of VIEWPORTS) {
    it(`${viewport.width}×${viewport.height}: banner in the first viewport, over none of Amazon's fields and buttons, no layout shift (ja and en)`, async () => {
      const { driver, server } = ctx();
      server.route(LONG_PAGE);
      const seen: string[] = [];
      for (const page of PAGES_TO_CHECK) {
        const tab = await driver.open(page.url, viewport);
        const lsApi = await driver.evaluate(tab, recordShifts, null);
        await expectBanner(driver, tab, page.cause);
        await settle(500);
        const p = await driver.evaluate(tab, placement, BANNER);
        const says = await driver.inShadowRoot(
          tab,
          BANNER,
          (root) => (root.querySelector('.alert')?.getClientRects().length ?? 0) > 0,
          null,
        );
        const problems = [
          p.scrollY === 0 ? '' : `page scrolled to ${p.scrollY}`,
          p.top >= 0 && p.bottom <= p.innerHeight ? '' : `outside the first viewport (${p.top}–${p.bottom})`,
          p.width > 200 ? '' : `only ${p.width} px wide`,
          p.covered.length ? `covers ${p.covered.join(', ')}` : '',
          p.alertCovered && !says ? "covers Amazon's box without its words" : '',
          lsApi && p.ours ? `${p.ours} layout shifts from the banner` : '',
        ].filter(Boolean);
        if (problems.length) seen.push(`${page.name}: ${problems.join('; ')}`);
      }
      expect(seen).toEqual([]);
    });
  }
};
