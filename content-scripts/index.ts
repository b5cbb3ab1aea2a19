// Content script entry (bundled to dist/*/content.js, run at document_end on sign-in paths). Starts the
// diagnosis loop, stops observing when the page is hidden for good or cached, resumes if restored.
import { startApp, defaultOptions } from './app';
import { guard } from './guard';

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
})();
