// Unit tests never load the real polyfill (it throws outside an extension); they install a fake with
// setBrowserForTesting() from src/browser.ts.
export default {};
