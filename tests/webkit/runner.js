// The WebKit harness (GJS, run under xvfb-run): `gjs tests/webkit/runner.js <job.json>`.
// Loads pages on their real hostnames through the suite's CONNECT proxy in WebKitGTK web views, with
// the built extension's content.js (and the content-ui.js it imports) as user scripts in an isolated
// world and its background.js in a hidden background page, joined by a script message handler.
// Reads a job file (see run.ts RunnerInput) and writes the results as JSON to its `out` path.
imports.gi.versions.Gtk = '3.0';
imports.gi.versions.WebKit2 = '4.1';
imports.gi.versions.Soup = '3.0';
const { Gio, GLib, Gtk, JavaScriptCore: JSC, Soup, WebKit2 } = imports.gi;
const ByteArray = imports.byteArray;
Gtk.init(null);

const read = (path) => ByteArray.toString(GLib.file_get_contents(path)[1]);
const input = JSON.parse(read(ARGV[0]));
const HERE = input.harnessDir;
const SCHEME = 'safari-web-extension';
const EXT_ID = input.extensionId;
const BASE = `${SCHEME}://${EXT_ID}/`;
const WORLD = 'signin-helper';
/** Horizontal distance between tab windows: more than the widest size asked for (run.ts sizes Xvfb's screen). */
const TAB_SPACING = input.tabSpacing;
const manifest = JSON.parse(read(`${input.dist}/manifest.json`));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line) => printerr(`webkit-runner: ${line}`);
const T0 = Date.now();
const debug = (line) => input.debug && log(`${Date.now() - T0} ms ${line}`);

// TLS errors are accepted for the suite's throwaway certificate only, host by host, then reloaded.
const pinned = Gio.TlsCertificate.new_from_pem(input.certificatePem, -1);

/** The extension's files, as Safari serves them from its own scheme; _harness/ holds our two shims. */
function serveExtension(request) {
  const path = request.get_path().replace(/^\/+/, '');
  const file = path.startsWith('_harness/') ? `${HERE}/${path.slice(9)}` : `${input.dist}/${path}`;
  let body;
  try {
    body = path === '_harness/background.html' ? backgroundHtml() : read(file);
  } catch {
    request.finish_error(new GLib.Error(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND, `not found: ${path}`));
    return;
  }
  const bytes = new GLib.Bytes(ByteArray.fromString(body));
  const response = WebKit2.URISchemeResponse.new(Gio.MemoryInputStream.new_from_bytes(bytes), bytes.get_size());
  response.set_content_type(path.endsWith('.html') ? 'text/html' : 'text/javascript');
  const headers = Soup.MessageHeaders.new(Soup.MessageHeadersType.RESPONSE);
  headers.append('Access-Control-Allow-Origin', '*');
  response.set_http_headers(headers);
  request.finish_with_response(response);
}

/** An ephemeral browsing context: the proxy, the pinned certificate, the extension's scheme. */
function browsingContext({ blockCookies }) {
  const dataManager = WebKit2.WebsiteDataManager.new_ephemeral();
  const context = new WebKit2.WebContext({ website_data_manager: dataManager });
  dataManager.set_network_proxy_settings(
    WebKit2.NetworkProxyMode.CUSTOM,
    new WebKit2.NetworkProxySettings(input.proxy, ['localhost', '127.0.0.1']),
  );
  dataManager.set_tls_errors_policy(WebKit2.TLSErrorsPolicy.FAIL);
  // Safari's "Block All Cookies": the pages that need a browser refusing cookies (env-cookies=blocked).
  if (blockCookies) dataManager.get_cookie_manager().set_accept_policy(WebKit2.CookieAcceptPolicy.NEVER);
  context.register_uri_scheme(SCHEME, serveExtension);
  const security = context.get_security_manager();
  security.register_uri_scheme_as_secure(SCHEME);
  security.register_uri_scheme_as_cors_enabled(SCHEME);
  return context;
}
const contexts = [browsingContext({ blockCookies: false }), browsingContext({ blockCookies: true })];
const context = contexts[0];

function backgroundHtml() {
  const scripts = manifest.background.scripts ?? [manifest.background.service_worker];
  return `<!doctype html><meta charset="utf-8"><script src="/_harness/shim-event.js"></script><script src="/_harness/shim-background.js"></script>${scripts
    .map((s) => `<script src="/${s}"></script>`)
    .join('')}`;
}

/** Calls an async function body in a view (optionally in a world); resolves to its JSON-able result. */
function call(view, body, args = {}, world = null) {
  return new Promise((resolve, reject) => {
    const vars = new GLib.Variant(
      'a{sv}',
      Object.fromEntries(Object.entries(args).map(([k, v]) => [k, new GLib.Variant('s', JSON.stringify(v))])),
    );
    view.call_async_javascript_function(body, -1, vars, world, null, null, (_v, res) => {
      try {
        const value = view.call_async_javascript_function_finish(res);
        resolve(value.is_undefined() ? undefined : JSON.parse(value.to_json(0)));
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** Loads uri; resolves when it finished loading, or failed (FINISHED follows a failure too). */
function loaded(view, uri) {
  return new Promise((resolve) => {
    const ids = [];
    let retry = null;
    let failure = null;
    const done = (result) => {
      for (const id of ids) view.disconnect(id);
      resolve(result);
    };
    ids.push(
      view.connect('load-changed', (_v, event) => {
        if (event !== WebKit2.LoadEvent.FINISHED) return;
        if (retry) {
          view.load_uri(retry);
          retry = null;
        } else done(failure ?? { ok: true });
      }),
    );
    ids.push(
      view.connect('load-failed', (_v, _e, failing, error) => {
        failure = { ok: false, error: `${failing}: ${error.message}` };
        return true;
      }),
    );
    ids.push(
      view.connect('load-failed-with-tls-errors', (_v, failing, certificate) => {
        if (!certificate.is_same(pinned))
          failure = { ok: false, error: `${failing}: TLS error, not the suite's certificate` };
        else {
          view
            .get_context()
            .allow_tls_certificate_for_host(certificate, GLib.Uri.parse(failing, GLib.UriFlags.NONE).get_host());
          retry = failing;
        }
        return true;
      }),
    );
    view.load_uri(uri);
  });
}

// The background page: the real background.js in a view of its own, never shown.
const background = new WebKit2.WebView({
  web_context: context,
  settings: new WebKit2.Settings({ enable_write_console_messages_to_stdout: true }),
});
const backgroundReady = loaded(
  background,
  `${BASE}_harness/background.html?id=${EXT_ID}&ui=${encodeURIComponent(input.uiLanguage)}`,
);

const contentConfig = JSON.stringify({ id: EXT_ID, base: BASE });
const contentShim =
  read(`${HERE}/shim-event.js`) +
  read(`${HERE}/shim-content.js`).replace("'__HARNESS_CONFIG__'", () => JSON.stringify(contentConfig));
const contentScripts = manifest.content_scripts.map((cs) => ({
  code: (cs.js ?? []).map((f) => read(`${input.dist}/${f}`)).join('\n;\n'),
  matches: cs.matches,
  excludes: cs.exclude_matches ?? null,
  at: cs.run_at === 'document_start' ? WebKit2.UserScriptInjectionTime.START : WebKit2.UserScriptInjectionTime.END,
}));

function newTab(tabId, width, height, blockCookies) {
  const ucm = new WebKit2.UserContentManager();
  const frame = WebKit2.UserContentInjectedFrames.TOP_FRAME;
  ucm.add_script(
    WebKit2.UserScript.new_for_world(contentShim, frame, WebKit2.UserScriptInjectionTime.START, WORLD, null, null),
  );
  for (const cs of contentScripts)
    ucm.add_script(WebKit2.UserScript.new_for_world(cs.code, frame, cs.at, WORLD, cs.matches, cs.excludes));
  ucm.register_script_message_handler_with_reply('signinHelper', WORLD);
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
    if (event === WebKit2.LoadEvent.STARTED)
      void call(background, '__harness.tabEvent("updated", JSON.parse(tabId), "loading")', { tabId });
    if (event === WebKit2.LoadEvent.FINISHED)
      void call(background, '__harness.tabEvent("updated", JSON.parse(tabId), "complete")', { tabId });
  });
  const window = new Gtk.Window({ default_width: width, default_height: height });
  window.add(view);
  // Side by side, never on top of each other: WebKit stops painting a fully covered view, and then
  // runs no animation frames in it.
  window.move((tabId - 1) * TAB_SPACING, 0);
  window.show_all();
  return { id: tabId, view, window, blockCookies };
}

const inWorld = (view, body, args) => call(view, body, args, WORLD);
const state = (view) => inWorld(view, 'return globalThis.__signinHelperHarness?.state() ?? null');

async function resize(tab, width, height) {
  tab.window.resize(width, height);
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
    // No banner yet: keep waiting while the content script has named a cause (its UI is on the way)
    // or a hint is expected; a page it found nothing on is done after the quiet time.
    const pending = job.expectHint || (s?.messages.diagnosis?.cause ?? null) !== null;
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

function snapshot(view, path) {
  return new Promise((resolve, reject) => {
    view.get_snapshot(WebKit2.SnapshotRegion.VISIBLE, WebKit2.SnapshotOptions.NONE, null, (_v, res) => {
      try {
        view.get_snapshot_finish(res).writeToPNG(path);
        resolve(path);
      } catch (error) {
        reject(error);
      }
    });
  });
}

async function runJob(tab, job) {
  const tabId = tab.id;
  const result = { url: job.url, loaded: false };
  try {
    await resize(tab, ...job.sizes[0]);
    debug(`tab ${tabId} opening ${job.url}`);
    const load = await loaded(tab.view, job.url);
    debug(`tab ${tabId} loaded`);
    if (!load.ok) return { ...result, error: load.error };
    result.loaded = true;
    if (job.type) await typeInto(tab, job.type.selector, job.type.text);
    const s = await settle(tab.view, job);
    debug(`tab ${tabId} settled`);
    if (!s) return { ...result, error: 'the harness shim did not run in the page' };
    Object.assign(result, s);
    result.badge = (await call(background, 'return __harness.badge(JSON.parse(tabId))', { tabId })).text ?? '';
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
  const worker = async (tabId, blockCookies) => {
    const queue = input.jobs.map((job, i) => ({ job, i })).filter(({ job }) => !!job.blockCookies === blockCookies);
    let tab = null;
    for (;;) {
      const next = queue.find(({ i }) => !taken.has(i));
      if (!next) break;
      taken.add(next.i);
      tab ??= newTab(tabId, ...next.job.sizes[0], blockCookies);
      results[next.i] = await runJob(tab, next.job);
    }
    if (!tab) return;
    tab.window.destroy();
    await call(background, '__harness.tabEvent("removed", JSON.parse(tabId))', { tabId });
  };
  const taken = new Set();
  if (!bg.ok) throw new Error(`background page: ${bg.error}`);
  const n = Math.min(input.concurrency, input.jobs.length);
  await Promise.all([...Array.from({ length: n }, (_, i) => worker(i + 1, false)), worker(n + 1, true)]);
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
imports.system.exit(exitCode);
