// Store packages, named with the version: the Chrome Web Store zip, the AMO package (web-ext build),
// the Safari zip (the web-extension part of the Safari app: unzip it and give the folder to Apple's
// converter on a Mac, docs/SAFARI.md) and the sources zip AMO review asks for (exactly what is
// committed, so reviewers can rebuild it).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const out = 'artifacts';
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
const webExt = (source, filename) =>
  run('npx', [
    'web-ext',
    'build',
    '--source-dir',
    source,
    '--artifacts-dir',
    out,
    '--filename',
    filename,
    '--overwrite-dest',
  ]);

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
run('node', ['build.mjs']);
webExt('dist/chrome', `signin-helper-${version}-chrome.zip`);
webExt('dist/firefox', `signin-helper-${version}-firefox.zip`);
webExt('dist/safari', `signin-helper-${version}-safari.zip`);
run('git', ['archive', '--format=zip', `--output=${out}/signin-helper-${version}-sources.zip`, 'HEAD']);
console.log(`packages in ${out}/: chrome, firefox (AMO), safari and sources zips for version ${version}`);
