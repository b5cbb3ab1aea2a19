// The store uploads of `npm run release` (never with --dry-run). Each store's upload runs only when all
// its secrets are in the environment (the release workflow maps them from GitHub secrets; their names
// are in docs/RELEASING.md) and is skipped with a word otherwise. Secrets go to the clients through
// their environment variables, never on a command line.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Upload {
  store: string;
  secrets: readonly string[];
  run(o: UploadInput): Promise<void>;
}
export interface UploadInput {
  root: string;
  version: string;
  notes: string;
  packages: { chrome: string; firefox: string; sources: string };
}

const env = (name: string) => process.env[name] ?? '';

/** Firefox Add-ons, listed channel, with the sources for review and the release notes. */
const amo: Upload = {
  store: 'Firefox Add-ons',
  secrets: ['AMO_JWT_ISSUER', 'AMO_JWT_SECRET'],
  async run({ root, version, notes, packages }) {
    const dir = path.join(root, 'artifacts', 'amo');
    mkdirSync(dir, { recursive: true });
    const metadata = path.join(dir, 'metadata.json');
    writeFileSync(metadata, JSON.stringify({ version: { release_notes: { 'en-US': notes } } }));
    execFileSync(
      'npx',
      ['web-ext', 'sign', '--channel', 'listed', '--source-dir', 'dist/firefox', '--artifacts-dir', dir],
      {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          WEB_EXT_API_KEY: env('AMO_JWT_ISSUER'),
          WEB_EXT_API_SECRET: env('AMO_JWT_SECRET'),
          WEB_EXT_UPLOAD_SOURCE_CODE: packages.sources,
          WEB_EXT_AMO_METADATA: metadata,
          WEB_EXT_APPROVAL_TIMEOUT: '0', // submitted for review; AMO mails the result
        },
      },
    );
    console.log(`AMO: ${version} submitted for review`);
  },
};

/** Chrome Web Store, with chrome-webstore-upload-cli 3: no command uploads and publishes (live once reviewed). */
const chromeWebStore: Upload = {
  store: 'Chrome Web Store',
  secrets: ['CWS_EXTENSION_ID', 'CWS_CLIENT_ID', 'CWS_CLIENT_SECRET', 'CWS_REFRESH_TOKEN'],
  async run({ root, packages }) {
    execFileSync('npx', ['--yes', 'chrome-webstore-upload-cli@3', '--source', packages.chrome], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        EXTENSION_ID: env('CWS_EXTENSION_ID'),
        CLIENT_ID: env('CWS_CLIENT_ID'),
        CLIENT_SECRET: env('CWS_CLIENT_SECRET'),
        REFRESH_TOKEN: env('CWS_REFRESH_TOKEN'),
      },
    });
  },
};

const EDGE_API = 'https://api.addons.microsoftedge.microsoft.com/v1/products';

/** Microsoft Edge Add-ons, through its REST API v1.1: upload the package, wait for it, submit. */
const edgeAddOns: Upload = {
  store: 'Edge Add-ons',
  secrets: ['EDGE_PRODUCT_ID', 'EDGE_CLIENT_ID', 'EDGE_API_KEY'],
  async run({ notes, packages }) {
    const base = `${EDGE_API}/${env('EDGE_PRODUCT_ID')}/submissions`;
    const headers = { Authorization: `ApiKey ${env('EDGE_API_KEY')}`, 'X-ClientID': env('EDGE_CLIENT_ID') };
    const started = async (response: Response) => {
      if (response.status !== 202) throw new Error(`Edge Add-ons: HTTP ${response.status} ${await response.text()}`);
      return response.headers.get('location') ?? '';
    };
    const finished = async (url: string) => {
      for (let i = 0; i < 60; i++) {
        const status = (await (await fetch(url, { headers })).json()) as { status: string; message?: string };
        if (status.status === 'Succeeded') return;
        if (status.status !== 'InProgress') throw new Error(`Edge Add-ons: ${status.status}: ${status.message}`);
        await new Promise((r) => setTimeout(r, 5000));
      }
      throw new Error('Edge Add-ons: still in progress after 5 minutes');
    };
    const body = readFileSync(packages.chrome);
    const upload = await started(
      await fetch(`${base}/draft/package`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/zip' },
        body,
      }),
    );
    await finished(`${base}/draft/package/operations/${upload}`);
    const publish = await started(
      await fetch(base, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify({ notes: notes.slice(0, 4000) }),
      }),
    );
    await finished(`${base}/operations/${publish}`);
  },
};

export const UPLOADS: readonly Upload[] = [amo, chromeWebStore, edgeAddOns];

export const missingSecrets = (u: Upload) => u.secrets.filter((name) => !env(name));
