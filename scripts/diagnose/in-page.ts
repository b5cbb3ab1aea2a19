// Bundled and run inside the real browser's page by browser-engine.ts: the same findings as jsdom's,
// but with the browser's layout and Amazon's stylesheet deciding what is shown.
import { pageFindings } from './findings';

(globalThis as { signinHelperFindings?: unknown }).signinHelperFindings = () =>
  pageFindings(document, location.href, navigator.cookieEnabled);
