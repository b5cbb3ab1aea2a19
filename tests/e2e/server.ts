// The fake Amazon: one HTTPS server on 127.0.0.1:<random port> that answers for the real hostnames
// (browsers are pointed at it by host mapping or by the CONNECT proxy). Pages come from a route table;
// each route may set cookies by Set-Cookie headers, exactly as Amazon would.
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { renderPage } from '../pages/render';
import { makeCerts } from './certs';

export interface Route {
  /** Full URL the page is served at; matched on host + path + query (the hash never reaches us). */
  url: string;
  /** HTML file to serve (its <!-- include: … --> lines expanded, see tests/pages/render.ts), or inline HTML. */
  file?: string;
  html?: string;
  /** Set-Cookie header values sent with the page. */
  cookies?: string[];
  /** Remove the element with this id while the page parses and put it back after lateMs: an error that appears late. */
  lateInsertId?: string;
  lateMs?: number;
}

export interface FakeAmazon {
  port: number;
  /** Add or replace a route while running. */
  route(route: Route): void;
  /** Requests seen, for debugging: "GET www.amazon.co.jp/ap/signin 200". */
  log: string[];
  close(): Promise<void>;
}

export const keyOf = (url: string): string => {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}${u.search}`;
};

/** Runs in the page before the content script (document_end): hides an element, restores it later. */
function lateInsertScript(id: string, ms: number): string {
  return `<script>(() => { const el = document.getElementById(${JSON.stringify(id)}); if (!el) return;
const parent = el.parentNode, next = el.nextSibling; el.remove();
setTimeout(() => parent.insertBefore(el, next), ${ms}); })();</script>`;
}

async function body(route: Route): Promise<string> {
  let html = route.html ?? (route.file ? renderPage(route.file) : '');
  if (route.lateInsertId) {
    const script = lateInsertScript(route.lateInsertId, route.lateMs ?? 300);
    const end = html.lastIndexOf('</body>');
    html = end >= 0 ? html.slice(0, end) + script + html.slice(end) : html + script;
  }
  return html;
}

export async function startFakeAmazon(routes: Route[]): Promise<FakeAmazon> {
  const table = new Map(routes.map((r) => [keyOf(r.url), r]));
  const log: string[] = [];
  const server: Server = createServer(makeCerts(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const key = `${host}${req.url ?? '/'}`;
    const route = table.get(key);
    const done = (status: number) => log.push(`${req.method} ${key} ${status}`);
    if (!route) {
      // Scripts, images and beacons the captures ask for: answer fast so pages finish loading.
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('not served by e2e');
      return done(404);
    }
    body(route).then(
      (html) => {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          ...(route.cookies?.length ? { 'set-cookie': route.cookies } : {}),
        });
        res.end(html);
        done(200);
      },
      (error: Error) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error.message));
        done(500);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    route: (r) => void table.set(keyOf(r.url), r),
    log,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
