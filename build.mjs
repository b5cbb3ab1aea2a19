// Builds dist/chrome, dist/firefox and dist/safari from the one source manifest. `node build.mjs --watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { writeLocaleTables } from './scripts/locale-tables.mjs';
import { manifestFor, TARGETS, UI_DELIVERY } from './scripts/manifest.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const watch = process.argv.includes('--watch');

const pageEntries = {
  background: 'src/background/index.ts',
  'popup/popup': 'popup/index.tsx',
  'options/options': 'options/index.tsx',
};
// Injected into every sign-in page: minified, because its size is paid on each page load. It only
// reads the page (gate, step, shown alerts); the cause rules and the banner and hint UI (preact) are
// in rules-and-ui.js, which it loads in idle time or when the page may have a cause: as an ES module it
// imports, or, in Safari, a classic script the background injects on its request (UI_DELIVERY,
// scripts/manifest.mjs).
const contentEntries = { content: 'content-scripts/index.ts' };
const rulesAndUiEntries = {
  import: { 'rules-and-ui': 'content-scripts/rules-and-ui.ts' },
  inject: { 'rules-and-ui': 'content-scripts/rules-and-ui-injected.ts' },
};
const staticFiles = [
  'icons',
  'popup/popup.html',
  'popup/popup.css',
  'options/options.html',
  'options/options.css',
  'ui/base.css',
];

/** The sign-in hosts and paths live in TypeScript; compile them in memory so the manifest and the code share them. */
async function loadSignInSites() {
  const out = await esbuild.build({
    entryPoints: [path.join(root, 'src/signin-pages.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'neutral',
  });
  const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
  return (await import(url)).signInSites();
}

async function copyStatic(outdir) {
  for (const file of staticFiles) {
    await cp(path.join(root, file), path.join(outdir, file), { recursive: true }).catch((error) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

/** Static files and the manifest of one target; each target writes only its own folder. */
async function writeStatic(target) {
  const source = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const outdir = path.join(root, 'dist', target);
  await copyStatic(outdir);
  await writeLocaleTables(root, outdir);
  const manifest = manifestFor(target, source, await loadSignInSites(), version);
  await writeFile(path.join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * We never render raw HTML (Amazon's words are shown as text), so preact's dangerouslySetInnerHTML
 * path is cut out at build time: no code path in any bundle can assign markup to innerHTML, and
 * `web-ext lint` has nothing to flag. Fails the build if a preact upgrade changes the code.
 */
const noRawHtml = {
  name: 'no-raw-html',
  setup(b) {
    b.onLoad({ filter: /[\\/]preact[\\/]dist[\\/]preact\.module\.js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const assignment = '(u.innerHTML=h.__html)';
      if (!code.includes(assignment)) throw new Error(`preact changed: ${assignment} not found in ${args.path}`);
      return {
        contents: code.replace(assignment, '(()=>{throw new Error("raw HTML is not rendered")})()'),
        loader: 'js',
      };
    });
  },
};

// The oldest browser each manifest admits (scripts/manifest.mjs).
const ESBUILD_TARGET = { chrome: 'chrome127', firefox: 'firefox140', safari: 'safari17' };

const options = (target, entryPoints, minify, format = 'iife') => ({
  // Paths in the bundles' comments are relative to the repository, wherever the build is run from:
  // a reviewer's rebuild in another folder gives the same bytes (scripts/release/rebuild.mjs).
  absWorkingDir: root,
  entryPoints,
  outdir: path.join(root, 'dist', target),
  bundle: true,
  format,
  target: ESBUILD_TARGET[target],
  // Extension pages stay readable for AMO reviewers; only the injected scripts are minified.
  minify,
  legalComments: 'none',
  // The polyfill's own minified build: readable pages need readable code of ours, and its expanded
  // source (a third of the background) is the same code in more bytes.
  alias: { 'webextension-polyfill': 'webextension-polyfill/dist/browser-polyfill.min.js' },
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'warning',
  plugins: [noRawHtml],
});
/** The one seam between the two ways of getting rules-and-ui: import-ui.ts is swapped for its injecting twin. */
const injectedUi = {
  name: 'injected-ui',
  setup(b) {
    b.onResolve({ filter: /^\.\/import-ui$/ }, (args) => ({
      path: path.join(args.resolveDir, 'import-ui-injected.ts'),
    }));
  },
};
const withInjectedUi = (base) => ({ ...base, plugins: [...base.plugins, injectedUi] });
const contentBuilds = (target) =>
  UI_DELIVERY[target] === 'inject'
    ? [withInjectedUi(options(target, contentEntries, true)), options(target, rulesAndUiEntries.inject, true)]
    : [options(target, contentEntries, true), options(target, rulesAndUiEntries.import, true, 'esm')];
const builds = (target) => [
  {
    ...options(target, pageEntries, false),
    plugins: [
      noRawHtml,
      {
        name: 'static',
        setup(b) {
          // src/i18n.ts reads _locales at run time: watching them from it rewrites the tables on change.
          b.onLoad({ filter: /[\\/]src[\\/]i18n\.ts$/ }, async (args) => ({
            contents: await readFile(args.path, 'utf8'),
            loader: 'ts',
            watchDirs: [path.join(root, '_locales')],
            watchFiles: (await readdir(path.join(root, '_locales'))).map((lang) =>
              path.join(root, '_locales', lang, 'messages.json'),
            ),
          }));
          b.onEnd((result) => (result.errors.length ? undefined : writeStatic(target)));
        },
      },
    ],
  },
  ...contentBuilds(target),
];

if (watch) {
  for (const build of TARGETS.flatMap(builds)) await (await esbuild.context(build)).watch();
  console.log(`watching: ${TARGETS.map((t) => `dist/${t}`).join(', ')} rebuild on change`);
} else {
  await rm(path.join(root, 'dist'), { recursive: true, force: true });
  await Promise.all(TARGETS.flatMap(builds).map((b) => esbuild.build(b)));
  console.log(`built ${TARGETS.map((t) => `dist/${t}`).join(', ')}`);
}
