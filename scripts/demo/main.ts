// npm run demo [-- --out DIR | --readme | --shots | --store] [--lang de | de,ar | all]
// Serves our own sign-in pages (tests/pages) on their real addresses from the e2e fake Amazon and opens
// Chromium with the built extension on a gallery of them. With a display: a window, until Ctrl-C.
// Without one (or with --shots): screenshots of every cause in Japanese and English, desktop and phone.
// --store: the stores' images in every listing language (scripts/demo/store-images.ts), to
// artifacts/store-images/ unless --out says otherwise.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { REPO } from '../../tests/e2e/env';
import { HOSTS } from '../../tests/e2e/routes';
import { startFakeAmazon, type FakeAmazon } from '../../tests/e2e/server';
import { launchDemoChromium } from './browser';
import { allScenarios, demoLanguages, GALLERY_URL, galleryRoute, type Lang, type Scenario } from './gallery';
import { setLanguage } from './shots';
import { shootAll } from './run-shots';
import { writeReadmePictures } from './readme';
import { writeStoreImages } from './store-images';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Japanese text without a Japanese font renders as boxes: say so once, don't fail (CI has none). */
function checkJapaneseFont(): void {
  let fonts = '';
  try {
    fonts = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  } catch {
    // no fontconfig: treat as no font
  }
  if (!fonts.trim())
    console.log(
      'No Japanese font found: Japanese text will show as boxes. Install one: sudo apt-get install fonts-noto-cjk',
    );
}

async function headed(server: FakeAmazon, language: Lang | null): Promise<void> {
  const b = await launchDemoChromium({ serverPort: server.port, hosts: HOSTS, headed: true }).catch((error: Error) => {
    throw new Error(
      `${error.message}\nCould not open a Chromium window on DISPLAY=${process.env.DISPLAY}; for screenshots instead: npm run demo -- --shots`,
    );
  });
  if (language) await setLanguage(b, language);
  const page = b.ctx.pages()[0] ?? (await b.ctx.newPage());
  await page.goto(GALLERY_URL);
  console.log(`Chromium is open on ${GALLERY_URL} (served locally, nothing goes to Amazon).`);
  console.log(`The extension's options (language, banner): ${b.extensionBase}options/options.html`);
  console.log('Ctrl-C ends the demo.');
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    b.ctx.once('close', () => resolve()); // the person closed the window
  });
  await b.close();
}

async function main(): Promise<void> {
  const scenarios: Scenario[] = allScenarios();
  const langs = demoLanguages(arg('--lang'));
  const server = await startFakeAmazon([
    ...scenarios.map((s) => ({ url: s.url, file: s.file })),
    galleryRoute(scenarios),
  ]);
  try {
    if (process.argv.includes('--store')) {
      checkJapaneseFont();
      const out = path.resolve(arg('--out') ?? path.join(REPO, 'artifacts', 'store-images'));
      const problems = await writeStoreImages(server, scenarios, out, arg('--lang') ? langs : demoLanguages('all'));
      console.log(`store images in ${out}`);
      if (problems.length) {
        console.error(problems.join('\n'));
        process.exitCode = 1;
      }
    } else if (process.argv.includes('--readme')) {
      checkJapaneseFont();
      const files = await writeReadmePictures(server, scenarios, path.join(REPO, 'docs'));
      console.log(`README pictures:\n${files.map((f) => `  ${path.relative(REPO, f)}`).join('\n')}`);
    } else if (process.env.DISPLAY && !process.argv.includes('--shots')) {
      await headed(server, arg('--lang') ? langs[0]! : null);
    } else {
      checkJapaneseFont();
      const out = path.resolve(arg('--out') ?? path.join(REPO, 'demo-shots'));
      const files = await shootAll(server, scenarios, out, langs);
      console.log(`${files.length} screenshots in ${out} (open ${path.join(out, 'index.html')} to browse them)`);
    }
  } finally {
    await server.close();
  }
}

main().catch((error: Error) => {
  console.error(error.stack ?? String(error));
  process.exit(1);
});
