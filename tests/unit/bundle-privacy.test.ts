// Private by construction, checked on what ships: no built bundle (dist/*/*.js, dist/*/*/*.js) names a
// network API. Each file is parsed (TypeScript's parser reads plain JavaScript), so only code counts:
// identifiers, property names and string keys, never comments. The one fetch allowed reads a file of
// the extension itself and says so in its own words: `fetch(<api>.runtime.getURL('<literal path>'))`
// (src/i18n.ts, the locale table). npm test builds before vitest runs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');
const TARGETS = ['chrome', 'firefox', 'safari'];

/** Ways to reach the network from extension code (workers' importScripts included). */
const NETWORK_APIS = new Set([
  'fetch',
  'XMLHttpRequest',
  'sendBeacon',
  'WebSocket',
  'EventSource',
  'WebTransport',
  'RTCPeerConnection',
  'importScripts',
]);

/** The .js files one and two levels below dist/<target>/. */
function bundles(target: string): string[] {
  const root = path.join(DIST, target);
  const out: string[] = [];
  for (const name of readdirSync(root)) {
    const full = path.join(root, name);
    if (name.endsWith('.js')) out.push(full);
    else if (statSync(full).isDirectory())
      out.push(
        ...readdirSync(full)
          .filter((n) => n.endsWith('.js'))
          .map((n) => path.join(full, n)),
      );
  }
  return out;
}

/** `fetch(x.runtime.getURL(<string or template literal>))`: a file of the extension's own package. */
function fetchesOwnFile(node: ts.Identifier): boolean {
  const call = node.parent;
  if (node.text !== 'fetch' || !ts.isCallExpression(call) || call.expression !== node || call.arguments.length !== 1)
    return false;
  const [url] = call.arguments;
  if (!url || !ts.isCallExpression(url) || url.arguments.length !== 1) return false;
  const getURL = url.expression;
  const [path] = url.arguments;
  return (
    ts.isPropertyAccessExpression(getURL) &&
    getURL.name.text === 'getURL' &&
    ts.isPropertyAccessExpression(getURL.expression) &&
    getURL.expression.name.text === 'runtime' &&
    path !== undefined &&
    (ts.isStringLiteralLike(path) || ts.isTemplateExpression(path))
  );
}

/** Every use of a network API name in code: as an identifier, a property, or a string used as a key. */
function networkNames(code: string, file = 'bundle.js'): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && fetchesOwnFile(node)) return; // its argument is the call's other child
    if ((ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) && NETWORK_APIS.has(node.text)) found.push(node.text);
    if (ts.isStringLiteralLike(node) && NETWORK_APIS.has(node.text)) found.push(`"${node.text}"`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('built bundles make no network requests', () => {
  it('dist/ exists (npm test runs npm run build before the unit tests)', () => {
    const missing = TARGETS.filter((t) => !existsSync(path.join(DIST, t, 'manifest.json')));
    expect(missing, `no build in dist/${missing.join(', dist/')}: run \`npm run build\` first (npm test does)`).toEqual(
      [],
    );
  });

  it('the check finds network APIs in code and ignores them in comments', () => {
    expect(networkNames('/* fetch(url) */ // new WebSocket(u)\nconst a = 1;')).toEqual([]);
    expect(
      networkNames('fetch(u); navigator.sendBeacon(u); new self["XMLHttpRequest"](); let s = new EventSource(u);'),
    ).toEqual(['fetch', 'sendBeacon', '"XMLHttpRequest"', 'EventSource']);
  });

  it("lets through only a fetch of the extension's own file, written as such", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the bundle's code, quoted
    expect(networkNames('fetch(api.runtime.getURL(`_locales/${l}/messages.json`));')).toEqual([]);
    expect(networkNames("fetch(getBrowser().runtime.getURL('_locales/en/messages.json'));")).toEqual([]);
    expect(
      networkNames(
        'fetch(url); fetch(api.runtime.getURL(path)); fetch(api.runtime.getURL("a"), init); fetch(other.getURL("a")); const f = fetch; fetch(api.runtime.getURL(fetch("x")));',
      ),
    ).toEqual(Array(7).fill('fetch'));
  });

  for (const target of TARGETS) {
    it(`dist/${target}: no fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource… in any bundle`, () => {
      if (!existsSync(path.join(DIST, target))) throw new Error(`dist/${target} missing: run \`npm run build\` first`);
      const files = bundles(target);
      // The bundles the manifest names must all be here, or the check proves nothing.
      expect(files.map((f) => path.relative(path.join(DIST, target), f)).sort()).toEqual(
        expect.arrayContaining([
          'background.js',
          'content.js',
          'rules-and-ui.js',
          'popup/popup.js',
          'options/options.js',
        ]),
      );
      const uses = files.flatMap((f) =>
        networkNames(readFileSync(f, 'utf8'), f).map((name) => `${path.relative(DIST, f)}: ${name}`),
      );
      expect(uses).toEqual([]);
    });
  }
});
