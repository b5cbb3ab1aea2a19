// On time on a slow network (issue 18): an error page whose image the fake Amazon holds back, as on a
// phone with weak reception, so the page's load event waits for it. The error is in the HTML as it is
// parsed, so its banner must come while the load event is still waiting; then the image is let go and
// the page finishes loading with exactly one banner. No timing is asserted (npm run bench measures the
// milliseconds: "error at parse → banner, with a slow sub-resource").
import path from 'node:path';
import { expect, it } from 'vitest';
import { renderPage } from '../../pages/render';
import { waitUntil } from '../driver';
import { CAPTURES, OWN_PAGES } from '../env';
import { BANNER } from '../expect-ext';
import { JP, US } from '../routes';
import type { Scenarios } from '../suite';

const PAGES = [
  { label: 'wrong-password.ja.html', file: path.join(OWN_PAGES, 'wrong-password.ja.html'), store: JP },
  { label: 'wrong-password.en.html', file: path.join(OWN_PAGES, 'wrong-password.en.html'), store: US },
  {
    label: 'capture post-signin-invalid-password.html',
    file: path.join(CAPTURES, 'post-signin-invalid-password.html'),
    store: US,
  },
];

/** The page with an image at the end of its body that the server holds. */
function withImage(html: string, src: string): string {
  const end = html.lastIndexOf('</body>');
  return `${html.slice(0, end)}<img src="${src}" alt="" width="1" height="1">${html.slice(end)}`;
}

/** In the page: waits (up to `waitMs`) for the banner's host, then says how far the page had loaded
 *  at that moment. A wait, not a time limit on the product: the image stays held all the while. */
function readyStateAtBanner([selector, waitMs]: [string, number]) {
  return new Promise<{ cause: string | null; readyState: string }>((resolve) => {
    const answer = (cause: string | null) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve({ cause, readyState: document.readyState });
    };
    const seen = () => {
      const host = document.querySelector(selector);
      if (host) answer(host.getAttribute('data-signin-helper-cause'));
    };
    const observer = new MutationObserver(seen);
    const timer = setTimeout(() => answer(null), waitMs);
    observer.observe(document, { subtree: true, childList: true, attributes: true });
    seen();
  });
}

export const slowNetwork: Scenarios = (ctx) => {
  for (const [i, page] of PAGES.entries()) {
    it(`slow network: ${page.label} with an image held back gets its banner before the load event`, async () => {
      const { driver, server } = ctx();
      const image = `${page.store}/e2e/held-image.gif?page=${i}`;
      const url = `${page.store}/ap/signin?e2e=slow-network-${i}`;
      server.route({ url, html: withImage(renderPage(page.file), image) });
      const held = server.hold(image);
      try {
        const tab = await driver.open(url);
        const atBanner = await driver.evaluate(tab, readyStateAtBanner, [BANNER, 8000]);
        expect(held.requested()).toBe(true);
        expect(atBanner).toEqual({ cause: 'wrong-password', readyState: expect.not.stringMatching(/^complete$/) });
        // Still loading now, after the banner: the image really held the load event.
        expect(await driver.evaluate(tab, () => document.readyState, null)).not.toBe('complete');
        held.release();
        await waitUntil(() => driver.evaluate(tab, () => document.readyState === 'complete', null), 'the load event');
        expect(await driver.evaluate(tab, (s: string) => document.querySelectorAll(s).length, BANNER)).toBe(1);
      } finally {
        held.release();
      }
    });
  }
};
