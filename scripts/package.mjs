// npm run package: builds, then writes the store packages to artifacts/ (scripts/release/packages.mjs).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePackages, packageNames } from './release/packages.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'artifacts', 'packages');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

execFileSync('node', ['build.mjs'], { cwd: root, stdio: 'inherit' });
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const packages = makePackages(root, version);
const names = packageNames(version);
for (const [target, zip] of Object.entries(packages)) writeFileSync(path.join(out, names[target]), zip);
console.log(`packages for version ${version} in ${path.relative(root, out)}/:\n  ${Object.values(names).join('\n  ')}`);
