// WebKitGTK helpers for the harness (GJS module): run a function in a view, load a page, take a PNG.
import GLib from 'gi://GLib';
import WebKit2 from 'gi://WebKit2?version=4.1';

export const read = (path) => new TextDecoder().decode(GLib.file_get_contents(path)[1]);
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls an async function body in a view (optionally in a world); resolves to its JSON-able result. */
export function call(view, body, args = {}, world = null) {
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

/**
 * Loads uri; resolves when it finished loading, or failed (FINISHED follows a failure too). TLS errors
 * are accepted for the `pinned` certificate only, host by host, and the page is then loaded again.
 */
export function loaded(view, uri, pinned) {
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

/** Writes a PNG of the visible part of the view. */
export function snapshot(view, path) {
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
