// Content script entry (bundled to dist/*/content.js, injected at document_idle on sign-in paths, and
// by the background into sign-in tabs open before the extension started). One copy per page
// (instance.ts). It does nothing before the page's load event: then it starts the diagnosis loop,
// stops observing when the page is hidden for good or cached, and resumes if it is restored.
import { startApp, defaultOptions } from './app';
import { guard } from './guard';
import { afterLoad } from './idle';
import { claimPage } from './instance';
import { contentApi } from './runtime';

const instance = claimPage(window, contentApi());

if (instance) {
  afterLoad(
    window,
    guard(() => {
      if (instance.signal.aborted) return;
      const app = startApp(defaultOptions(window, instance));
      const { signal } = instance;
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
