// Content script entry (bundled to dist/*/content.js, injected at document_idle on sign-in paths).
// It does nothing before the page's load event: then it starts the diagnosis loop, stops observing
// when the page is hidden for good or cached, and resumes if it is restored.
import { startApp, defaultOptions } from './app';
import { guard } from './guard';
import { afterLoad } from './idle';

afterLoad(
  window,
  guard(() => {
    const app = startApp(defaultOptions(window));
    window.addEventListener(
      'pagehide',
      guard(() => app.end()),
    );
    window.addEventListener(
      'pageshow',
      guard((event: PageTransitionEvent) => {
        if (event.persisted) app.begin();
      }),
    );
  }),
);
