// Firefox cannot map a hostname to a port, and binding :443 needs root. So Firefox uses this HTTP proxy:
// CONNECT www.amazon.co.jp:443 is tunnelled to the fake Amazon's random port. Every other host is
// refused, so the browser's own background traffic never reaches the internet.
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface Proxy {
  port: number;
  /** Hosts refused, for debugging (Firefox's own telemetry, captures' CDN assets…). */
  refused: Set<string>;
  close(): Promise<void>;
}

export async function startProxy(hosts: readonly string[], targetPort: number): Promise<Proxy> {
  const allowed = new Set(hosts.map((h) => h.toLowerCase()));
  const refused = new Set<string>();
  const sockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    // Plain-HTTP requests through the proxy: our pages are HTTPS only.
    refused.add(req.headers.host ?? '?');
    res.writeHead(403, { 'content-type': 'text/plain' }).end('e2e proxy: https only');
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    const [host = '', port = ''] = (req.url ?? '').toLowerCase().split(':');
    if (!allowed.has(host) || port !== '443') {
      refused.add(req.url ?? '?');
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
