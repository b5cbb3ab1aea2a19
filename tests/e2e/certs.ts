// A throwaway CA and a leaf certificate for the fake Amazon hosts, made with the openssl CLI at startup
// (node:crypto cannot sign X.509). Browsers are told to accept it; nothing is installed system-wide.
import { MARKETPLACES } from '../../src/marketplaces';
import { SIGNIN_HOSTS } from '../../src/signin-pages';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SetupError } from './env';

export interface Certs {
  key: Buffer;
  cert: Buffer;
  ca: Buffer;
}

// A wildcard covers one label only: doors such as na.account.amazon.com are named one by one.
export const CERT_HOSTS = [
  ...new Set([
    ...MARKETPLACES.flatMap((m) => [`*.${m.domain}`, m.domain]),
    ...SIGNIN_HOSTS.map((s) => s.host),
    'www.example.org',
  ]),
];

export function makeCerts(): Certs {
  const dir = mkdtempSync(path.join(tmpdir(), 'e2e-certs-'));
  const f = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => {
    try {
      execFileSync(process.env.OPENSSL ?? 'openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (error) {
      const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
      if (e.code === 'ENOENT') throw new SetupError('openssl not found: apt-get install openssl (or set OPENSSL)');
      throw new SetupError(`openssl ${args[0]} failed: ${e.stderr?.toString().trim() ?? e.message}`);
    }
  };
  try {
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=signin-helper e2e CA',
      '-keyout',
      f('ca.key'),
      '-out',
      f('ca.pem'),
    );
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      '/CN=www.amazon.co.jp',
      '-keyout',
      f('leaf.key'),
      '-out',
      f('leaf.csr'),
    );
    const san = [...CERT_HOSTS.map((h) => `DNS:${h}`), 'IP:127.0.0.1'].join(',');
    writeFileSync(f('ext.cnf'), `subjectAltName=${san}\nextendedKeyUsage=serverAuth\n`);
    openssl(
      'x509',
      '-req',
      '-in',
      f('leaf.csr'),
      '-CA',
      f('ca.pem'),
      '-CAkey',
      f('ca.key'),
      '-CAcreateserial',
      '-days',
      '2',
      '-sha256',
      '-extfile',
      f('ext.cnf'),
      '-out',
      f('leaf.pem'),
    );
    return { key: readFileSync(f('leaf.key')), cert: readFileSync(f('leaf.pem')), ca: readFileSync(f('ca.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
