// One browser, one fake Amazon, every scenario: a browser's whole suite is `browserSuite(name, launch)`.
// Scenarios get a getter because the browser only exists once beforeAll has run.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe } from 'vitest';
import type { BrowserDriver, LaunchOptions } from './driver';
import { ARTIFACTS, browserPath, type BrowserName } from './env';
import { builtinRoutes, HOSTS, ownPages } from './routes';
import { startFakeAmazon, type FakeAmazon } from './server';

export interface SuiteContext {
  driver: BrowserDriver;
  server: FakeAmazon;
}
export type Scenarios = (ctx: () => SuiteContext) => void;

const slug = (s: string) => s.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 90);

export function browserSuite(
  name: BrowserName,
  launch: (options: LaunchOptions) => Promise<BrowserDriver>,
  scenarios: readonly Scenarios[],
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
        ctx = { server, driver: await launch({ serverPort: server.port, hosts: HOSTS }) };
      } catch (error) {
        await server.close();
        throw error;
      }
    }, 60_000);

    afterEach(async ({ task }) => {
      if (!ctx) return;
      if (task.result?.state === 'fail') {
        // What the browser showed when the scenario failed: artifacts/e2e/<browser>/<test>-<n>.png
        const dir = path.join(ARTIFACTS, name);
        mkdirSync(dir, { recursive: true });
        const tabs = ctx.driver.scenarioTabs();
        for (const [i, tab] of tabs.entries()) {
          await ctx.driver.screenshot(tab, path.join(dir, `${slug(task.name)}-${i}.png`)).catch(() => {});
        }
      }
      await ctx.driver.closeScenarioTabs();
    });

    afterAll(async () => {
      await ctx?.driver.close().catch(() => {});
      await ctx?.server.close();
    }, 30_000);

    for (const scenario of scenarios) scenario(get);
  });
}
