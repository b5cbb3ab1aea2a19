// The fake Amazon: one HTTPS server on 127.0.0.1:<random port> that answers for the real hostnames
// (browsers are pointed at it by host mapping or by the CONNECT proxy). Pages come from a route table;
// each route may set cookies by Set-Cookie headers, exactly as Amazon would.
import type { ServerResponse } from 'node:http';
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

/** A sub-resource the server keeps unanswered, as on a slow network: it holds the page's load event. */
export interface HeldResource {
  /** The browser has asked for it (and is waiting). */
  requested(): boolean;
  /** Answers every request for it, now and later, with a 1×1 GIF. */
  release(): void;
}

export interface FakeAmazon {
  port: number;
  /** Add or replace a route while running. */
  route(route: Route): void;
  /** Holds every request for this URL until release(), or until afterMs after each request. */
  hold(url: string, afterMs?: number): HeldResource;
  /** Requests seen, for debugging: "GET www.amazon.co.jp/ap/signin 200". */
  log: string[];
  close(): Promise<void>;
}

export const keyOf = (url: string): string => {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}${u.search}`;
};

/** Runs in the page as it is parsed: takes an element out, puts it back `ms` later. */
function lateInsertScript(id: string, ms: number): string {
  return `<script>(() => { const el = document.getElementById(${JSON.stringify(id)}); if (!el) return;
const parent = el.parentNode, next = el.nextSibling; el.remove();
setTimeout(() => parent.insertBefore(el, next), ${ms}); })();</script>`;
}

/** The smallest GIF: one transparent pixel. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const answerPixel = (res: ServerResponse) =>
  void res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' }).end(PIXEL);

function heldResource(afterMs: number | undefined) {
  let released = false;
  let asked = false;
  const waiting = new Set<ServerResponse>();
  const answer = (res: ServerResponse) => {
    waiting.delete(res);
    if (!res.writableEnded && !res.destroyed) answerPixel(res);
  };
  return {
    serve(res: ServerResponse) {
      asked = true;
      if (released) return answer(res);
      waiting.add(res);
      res.on('close', () => waiting.delete(res));
      if (afterMs !== undefined) setTimeout(() => answer(res), afterMs);
    },
    requested: () => asked,
    release() {
      released = true;
      for (const res of [...waiting]) answer(res);
    },
  };
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
  const held = new Map<string, ReturnType<typeof heldResource>>();
  const log: string[] = [];
  const server: Server = createServer(makeCerts(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const key = `${host}${req.url ?? '/'}`;
    const route = table.get(key);
    const done = (status: number) => log.push(`${req.method} ${key} ${status}`);
    const hold = held.get(key);
    if (hold) {
      hold.serve(res);
      return void log.push(`${req.method} ${key} held`);
    }
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
    hold(url, afterMs) {
      const h = heldResource(afterMs);
      held.set(keyOf(url), h);
      return { requested: h.requested, release: h.release };
    },
    log,
    close: () =>
      new Promise<void>((resolve) => {
        for (const h of held.values()) h.release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
