// The WebKit harness (GJS, run under xvfb-run): `gjs -m tests/webkit/runner.js <job.json>`.
// Loads pages on their real hostnames through the suite's CONNECT proxy in WebKitGTK web views, with
// the built extension's content.js (and the rules-and-ui.js it imports) as user scripts in an isolated
// world and its background.js in a hidden background page, joined by a script message handler.
// Reads a job file (written by run.ts) and writes the results as JSON to its `out` path.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Gtk from 'gi://Gtk?version=3.0';
import JSC from 'gi://JavaScriptCore?version=4.1';
import WebKit2 from 'gi://WebKit2?version=4.1';
import System from 'system';
import { browsingContext, extensionFiles, SCHEME, userContent, WORLD } from './extension.js';
import { call, loaded, read, sleep, snapshot } from './webview.js';

Gtk.init(null);
const input = JSON.parse(read(System.programArgs[0]));
const manifest = JSON.parse(read(`${input.dist}/manifest.json`));
const EXT_ID = input.extensionId;
/** Horizontal distance between tab windows: more than the widest size asked for (run.ts sizes Xvfb's screen). */
const TAB_SPACING = input.tabSpacing;
const log = (line) => printerr(`webkit-runner: ${line}`);
const T0 = Date.now();
const debug = (line) => input.debug && log(`${Date.now() - T0} ms ${line}`);

// TLS errors are accepted for the suite's throwaway certificate only.
const pinned = Gio.TlsCertificate.new_from_pem(input.certificatePem, -1);
const contexts = [false, true].map((blockCookies) => browsingContext(input, manifest, { blockCookies }));
const newUserContent = userContent(input, manifest);

// The background page: the real background.js in a view of its own, never shown. Its
// scripting.executeScript reaches the runner through the harnessInject handler.
const backgroundContent = new WebKit2.UserContentManager();
backgroundContent.register_script_message_handler_with_reply('harnessInject', null);
const background = new WebKit2.WebView({
  web_context: contexts[0],
  user_content_manager: backgroundContent,
  settings: new WebKit2.Settings({ enable_write_console_messages_to_stdout: true }),
});
/** Open tabs by id, for the background's injections. */
const openTabs = new Map();
backgroundContent.connect('script-message-with-reply-received::harnessInject', (_m, value, reply) => {
  const { tabId, files, world } = JSON.parse(value.to_string());
  const jsc = value.get_context();
  const tab = openTabs.get(tabId);
  if (!tab) {
    reply.return_error_message(`No tab with id: ${tabId}.`);
    return true;
  }
  // As Safari's executeScript: the files run in the tab's top frame, in the content scripts' isolated
  // world unless MAIN (the page's own) is asked for.
  call(tab.view, `${extensionFiles(input, files)}\n;return null;`, {}, world === 'MAIN' ? null : WORLD)
    .then(() => reply.return_value(JSC.Value.new_string(jsc, 'ok')))
    .catch((error) => reply.return_error_message(String(error.message ?? error)));
  return true;
});
const backgroundReady = loaded(
  background,
  `${SCHEME}://${EXT_ID}/_harness/background.html?id=${EXT_ID}&ui=${encodeURIComponent(input.uiLanguage)}`,
  pinned,
);

function newTab(tabId, width, height, blockCookies, manifestScripts = true) {
  const ucm = newUserContent(manifestScripts);
  const settings = new WebKit2.Settings({
    enable_write_console_messages_to_stdout: true,
    enable_developer_extras: false,
  });
  const view = new WebKit2.WebView({
    web_context: contexts[blockCookies ? 1 : 0],
    user_content_manager: ucm,
    settings,
  });
  ucm.connect('script-message-with-reply-received::signinHelper', (_m, value, reply) => {
    const uri = view.get_uri();
    const sender = {
      id: EXT_ID,
      url: uri,
      origin: uri.match(/^[a-z-]+:\/\/[^/]+/)?.[0],
      frameId: 0,
      tab: { id: tabId, windowId: 1, url: uri },
    };
    const message = JSON.parse(value.to_string()); // validated by the background's own router
    const jsc = value.get_context();
    call(
      background,
      'return JSON.stringify(await __harness.deliver(JSON.parse(message), JSON.parse(sender)) ?? null)',
      { message, sender },
    )
      .then((json) => reply.return_value(JSC.Value.new_string(jsc, json === 'null' ? '' : json)))
      .catch((error) => reply.return_error_message(String(error.message ?? error)));
    return true;
  });
  view.connect('load-changed', (_v, event) => {
    const url = view.get_uri();
    if (event === WebKit2.LoadEvent.STARTED)
      void call(background, '__harness.tabEvent("updated", JSON.parse(tabId), "loading", JSON.parse(url))', {
        tabId,
        url,
      });
    if (event === WebKit2.LoadEvent.FINISHED)
      void call(background, '__harness.tabEvent("updated", JSON.parse(tabId), "complete", JSON.parse(url))', {
        tabId,
        url,
      });
  });
  const window = new Gtk.Window({ default_width: width, default_height: height });
  window.add(view);
  // Side by side, never on top of each other: WebKit stops painting a fully covered view, and then
  // runs no animation frames in it.
  window.move((tabId - 1) * TAB_SPACING, 0);
  window.show_all();
  const tab = { id: tabId, view, window, blockCookies };
  openTabs.set(tabId, tab);
  return tab;
}

const inWorld = (view, body, args) => call(view, body, args, WORLD);
const state = (view) => inWorld(view, 'return globalThis.__signinHelperHarness?.state() ?? null');

/** Sizes the window for a CSS viewport of width×height at the view's zoom (a stand-in for a device pixel ratio). */
async function resize(tab, width, height) {
  const zoom = tab.view.get_zoom_level();
  tab.window.resize(Math.round(width * zoom), Math.round(height * zoom));
  if (!tab.view.get_uri()) return null; // nothing loaded yet
  // Reading scrollWidth lays the page out at the new size; no frame needs to be painted for it.
  for (let i = 0; i < 100; i++) {
    await sleep(20);
    const s = await inWorld(tab.view, 'return globalThis.__signinHelperHarness.scroll()');
    if (s.innerWidth === width && s.innerHeight === height) return s;
  }
  throw new Error(`the view did not take the size ${width}×${height}`);
}

/** Waits for the banner (or, on a page without a problem, for the settle time) and returns the state. */
async function settle(view, job) {
  const quiet = Date.now() + (job.waitMs ?? input.settleMs);
  const deadline = Date.now() + input.timeoutMs;
  // Two painted frames after the banner's first (or after load): the layout samples then show whether
  // anything moved, even on a machine so busy that frames are rare.
  const painted = (s) => s.layout.frames >= (s.layout.firstWithBanner ?? 0) + 2;
  for (;;) {
    const s = await state(view);
    if (s?.banner && (!job.expectHint || s.hint) && painted(s)) return s;
    // No banner yet: keep waiting while the content script has named a cause (its UI is on the way),
    // awaits an answer of the background (Safari's content.js asks for rules-and-ui.js before it can
    // name one) or a hint is expected; a page it found nothing on is done after the quiet time.
    const m = s?.messages;
    const inFlight = !!m && m.sent.length > m.replies.length + m.failed.length;
    const pending = job.expectHint || inFlight || (m?.diagnosis?.cause ?? null) !== null;
    if (Date.now() > deadline || (!pending && Date.now() > quiet && (!s || painted(s)))) return s;
    await sleep(50);
  }
}

async function typeInto(tab, selector, text) {
  if (!(await inWorld(tab.view, 'return __signinHelperHarness.focus(JSON.parse(selector))', { selector })))
    throw new Error(`could not focus ${selector}`);
  await sleep(input.typePauseMs); // a person's pause between reaching the field and typing
  for (const ch of text) {
    // WebKit's own editing command: trusted beforeinput/input events, as from the keyboard.
    tab.view.execute_editing_command_with_argument('InsertText', ch);
    await sleep(15);
  }
}

async function runJob(tab, job) {
  const tabId = tab.id;
  const result = { url: job.url, loaded: false };
  try {
    const injections = () => call(background, 'return __harness.injections(JSON.parse(tabId))', { tabId });
    const injectedBefore = (await injections()).length;
    tab.view.set_zoom_level(job.zoom ?? 1);
    await resize(tab, ...job.sizes[0]);
    debug(`tab ${tabId} opening ${job.url}`);
    const load = await loaded(tab.view, job.url, pinned);
    debug(`tab ${tabId} loaded`);
    if (!load.ok) return { ...result, error: load.error };
    result.loaded = true;
    if (job.type) await typeInto(tab, job.type.selector, job.type.text);
    // The popup's question, which diagnoses a tab without a diagnosis on demand.
    for (let i = 0; i < (job.popupAsks ?? 0); i++)
      result.popupState = await call(
        background,
        'return await __harness.fromPopup({ type: "ui-bg-get-tab", tabId: JSON.parse(tabId) })',
        { tabId },
      );
    const s = await settle(tab.view, job);
    debug(`tab ${tabId} settled`);
    if (!s) return { ...result, error: 'the harness shim did not run in the page' };
    Object.assign(result, s);
    result.badge = (await call(background, 'return __harness.badge(JSON.parse(tabId))', { tabId })).text ?? '';
    result.injected = (await injections()).slice(injectedBefore);
    if (job.evaluate) result.evaluated = await inWorld(tab.view, job.evaluate);
    if (job.snapshot) result.snapshot = await snapshot(tab.view, job.snapshot);
    result.scroll = [];
    for (const [w, h] of job.sizes) result.scroll.push({ width: w, height: h, ...(await resize(tab, w, h)) });
  } catch (error) {
    result.error = String(error?.message ?? error);
  }
  return result;
}

async function main() {
  const bg = await backgroundReady;
  debug('background ready');
  const results = new Array(input.jobs.length);
  // A few tabs, each loading one job's page after another, as a person's tab navigates; pages that
  // need cookies blocked get a tab of their own in the cookie-blocking context.
  // Jobs the popup diagnoses on demand get a tab without the manifest's content scripts.
  const worker = async (tabId, blockCookies, onDemand = false) => {
    const queue = input.jobs
      .map((job, i) => ({ job, i }))
      .filter(({ job }) => !!job.popupAsks === onDemand && (onDemand || !!job.blockCookies === blockCookies));
    let tab = null;
    for (;;) {
      const next = queue.find(({ i }) => !taken.has(i));
      if (!next) break;
      taken.add(next.i);
      tab ??= newTab(tabId, ...next.job.sizes[0], blockCookies, !onDemand);
      results[next.i] = await runJob(tab, next.job);
    }
    if (!tab) return;
    openTabs.delete(tabId);
    tab.window.destroy();
    await call(background, '__harness.tabEvent("removed", JSON.parse(tabId))', { tabId });
  };
  const taken = new Set();
  if (!bg.ok) throw new Error(`background page: ${bg.error}`);
  const n = Math.min(input.concurrency, input.jobs.length);
  await Promise.all([
    ...Array.from({ length: n }, (_, i) => worker(i + 1, false)),
    worker(n + 1, true),
    worker(n + 2, false, true),
  ]);
  GLib.file_set_contents(input.out, JSON.stringify(results));
}

let exitCode = 0;
const loop = new GLib.MainLoop(null, false);
main()
  .catch((error) => {
    log(`${error}\n${error?.stack ?? ''}`);
    exitCode = 1;
  })
  .finally(() => loop.quit());
loop.run();
System.exit(exitCode);
