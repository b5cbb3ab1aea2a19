// The extension's side of the harness (GJS module): its files on Safari's scheme, its background page,
// its content scripts as user scripts in an isolated world, as Safari runs them.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Soup from 'gi://Soup?version=3.0';
import WebKit2 from 'gi://WebKit2?version=4.1';
import { read } from './webview.js';

export const SCHEME = 'safari-web-extension';
/** The isolated world content scripts run in; the page's own scripts never see it. */
export const WORLD = 'signin-helper';

/** The extension's files, as Safari serves them from its own scheme; _harness/ holds our two shims. */
function serveExtension(input, manifest, request) {
  const path = request.get_path().replace(/^\/+/, '');
  const file = path.startsWith('_harness/') ? `${input.harnessDir}/${path.slice(9)}` : `${input.dist}/${path}`;
  let body;
  try {
    body = path === '_harness/background.html' ? backgroundHtml(manifest) : read(file);
  } catch {
    request.finish_error(new GLib.Error(Gio.io_error_quark(), Gio.IOErrorEnum.NOT_FOUND, `not found: ${path}`));
    return;
  }
  const bytes = new GLib.Bytes(new TextEncoder().encode(body));
  const response = WebKit2.URISchemeResponse.new(Gio.MemoryInputStream.new_from_bytes(bytes), bytes.get_size());
  response.set_content_type(path.endsWith('.html') ? 'text/html' : 'text/javascript');
  const headers = Soup.MessageHeaders.new(Soup.MessageHeadersType.RESPONSE);
  headers.append('Access-Control-Allow-Origin', '*');
  response.set_http_headers(headers);
  request.finish_with_response(response);
}

/** The background page: our two shims, then the manifest's background script(s). */
function backgroundHtml(manifest) {
  const scripts = manifest.background.scripts ?? [manifest.background.service_worker];
  // runtime.getManifest() answers with the manifest itself (the background reads its content scripts).
  const manifestScript = `<script>globalThis.__harnessManifest = ${JSON.stringify(manifest).replaceAll('<', '\\u003c')};</script>`;
  return `<!doctype html><meta charset="utf-8">${manifestScript}<script src="/_harness/shim-event.js"></script><script src="/_harness/shim-background.js"></script>${scripts
    .map((s) => `<script src="/${s}"></script>`)
    .join('')}`;
}

/** An ephemeral browsing context: the proxy, the pinned certificate, the extension's scheme. */
export function browsingContext(input, manifest, { blockCookies }) {
  const dataManager = WebKit2.WebsiteDataManager.new_ephemeral();
  const context = new WebKit2.WebContext({ website_data_manager: dataManager });
  dataManager.set_network_proxy_settings(
    WebKit2.NetworkProxyMode.CUSTOM,
    new WebKit2.NetworkProxySettings(input.proxy, ['localhost', '127.0.0.1']),
  );
  dataManager.set_tls_errors_policy(WebKit2.TLSErrorsPolicy.FAIL);
  // Safari's "Block All Cookies": the pages that need a browser refusing cookies (env-cookies=blocked).
  if (blockCookies) dataManager.get_cookie_manager().set_accept_policy(WebKit2.CookieAcceptPolicy.NEVER);
  context.register_uri_scheme(SCHEME, (request) => serveExtension(input, manifest, request));
  const security = context.get_security_manager();
  security.register_uri_scheme_as_secure(SCHEME);
  security.register_uri_scheme_as_cors_enabled(SCHEME);
  return context;
}
/**
 * A tab's user scripts: the harness shim at document start, then each of the manifest's content scripts
 * where its matches say, at its run_at, in the top frame, all in WORLD; and the message channel.
 * `manifestScripts` false: only the shim, as in a tab the extension reaches only by scripting.
 */
export function userContent(input, manifest) {
  const base = `${SCHEME}://${input.extensionId}/`;
  const config = JSON.stringify({ id: input.extensionId, base });
  const shim =
    read(`${input.harnessDir}/shim-event.js`) +
    read(`${input.harnessDir}/shim-content.js`).replace("'__HARNESS_CONFIG__'", () => JSON.stringify(config));
  const scripts = manifest.content_scripts.map((cs) => ({
    code: (cs.js ?? []).map((f) => read(`${input.dist}/${f}`)).join('\n;\n'),
    matches: cs.matches,
    excludes: cs.exclude_matches ?? null,
    at: cs.run_at === 'document_start' ? WebKit2.UserScriptInjectionTime.START : WebKit2.UserScriptInjectionTime.END,
  }));
  return (manifestScripts = true) => {
    const ucm = new WebKit2.UserContentManager();
    const frame = WebKit2.UserContentInjectedFrames.TOP_FRAME;
    ucm.add_script(
      WebKit2.UserScript.new_for_world(shim, frame, WebKit2.UserScriptInjectionTime.START, WORLD, null, null),
    );
    for (const cs of manifestScripts ? scripts : [])
      ucm.add_script(WebKit2.UserScript.new_for_world(cs.code, frame, cs.at, WORLD, cs.matches, cs.excludes));
    ucm.register_script_message_handler_with_reply('signinHelper', WORLD);
    return ucm;
  };
}

/** What scripting.executeScript injects: the files, read from the built extension. */
export const extensionFiles = (input, files) => files.map((f) => read(`${input.dist}/${f}`)).join('\n;\n');
