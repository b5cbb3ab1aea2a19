// One browser, one fake Amazon, every scenario: a browser's whole suite is `browserSuite(name, launch)`.
// Scenarios get a getter because the browser only exists once beforeAll has run.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import type { BrowserDriver, LaunchOptions, Tab } from './driver';
import { ARTIFACTS, browserPath, type BrowserName } from './env';
import { builtinRoutes, HOSTS, ownPages } from './routes';
import { startFakeAmazon, type FakeAmazon } from './server';

export interface SuiteContext {
  driver: BrowserDriver;
  server: FakeAmazon;
  /** A second browser of the same kind with a different environment (e.g. cookies blocked); caller closes it. */
  launchVariant(variant: Pick<LaunchOptions, 'blockCookies' | 'uiLocale'>): Promise<BrowserDriver>;
}
export type Scenarios = (ctx: () => SuiteContext) => void;

const slug = (s: string) =>
  s
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 90);

/** What the browser showed when a scenario failed: artifacts/e2e/<browser>/<test>-<n>.png */
export async function saveScreenshots(driver: BrowserDriver, test: string, tabs: readonly Tab[]): Promise<void> {
  const dir = path.join(ARTIFACTS, driver.name);
  mkdirSync(dir, { recursive: true });
  for (const [i, tab] of tabs.entries()) {
    await driver.screenshot(tab, path.join(dir, `${slug(test)}-${i}.png`)).catch(() => {});
  }
}

export function browserSuite(
  name: BrowserName,
  launch: (options: LaunchOptions) => Promise<BrowserDriver>,
  scenarios: Readonly<Record<string, Scenarios>>,
): void {
  // Fail at collection, in one line, when the browser isn't installed: no point starting anything.
  browserPath(name);
  let ctx: SuiteContext | undefined;
  const get = () => {
    if (!ctx) throw new Error(`${name} did not start (see the beforeAll error)`);
    return ctx;
  };
  describe(name, () => {
    beforeAll(async () => {
      const server = await startFakeAmazon([...builtinRoutes(), ...ownPages().map((p) => p.route)]);
      try {
        const base = { serverPort: server.port, hosts: HOSTS };
        ctx = { server, driver: await launch(base), launchVariant: (variant) => launch({ ...base, ...variant }) };
      } catch (error) {
        await server.close();
        throw error;
      }
    }, 60_000);

    afterEach(async ({ task }) => {
      // Concurrent scenarios close their own tabs; closing all here would pull tabs from under siblings.
      if (!ctx || task.concurrent) return;
      if (task.result?.state === 'fail') await saveScreenshots(ctx.driver, task.name, ctx.driver.scenarioTabs());
      await ctx.driver.closeScenarioTabs();
    });

    afterAll(async () => {
      await ctx?.driver.close().catch(() => {});
      await ctx?.server.close();
    }, 30_000);

    // Each group in its own describe, so a group's hooks (e.g. resetting options) stay in that group.
    for (const [title, scenario] of Object.entries(scenarios)) describe(title, () => scenario(get));
  });
}
