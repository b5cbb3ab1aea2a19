// Content script entry (bundled to dist/*/content.js, injected at document_start on sign-in paths, and
// by the background into sign-in tabs open before the extension started). One copy per page
// (instance.ts). A page that shows a problem as it is parsed is diagnosed in the frame that shows it; any
// other page is left alone until its load event (idle.ts). Then it runs the diagnosis loop, stops
// observing when the page is hidden for good or cached, and resumes if it is restored.
import { startApp, defaultOptions } from './app';
import { firstLook } from './first-look';
import { guard } from './guard';
import { startWhenNeeded } from './idle';
import { claimPage } from './instance';
import { contentApi } from './runtime';

const instance = claimPage(window, contentApi());

if (instance) {
  const { signal } = instance;
  startWhenNeeded(
    window,
    () => firstLook(window),
    guard(() => {
      if (signal.aborted) return;
      const app = startApp(defaultOptions(window, instance));
      window.addEventListener(
        'pagehide',
        guard(() => app.end()),
        { signal },
      );
      window.addEventListener(
        'pageshow',
        guard((event: PageTransitionEvent) => {
          if (event.persisted) app.begin();
        }),
        { signal },
      );
    }),
  );
}
