// Loads rules-and-ui.js (the cause rules, the banner and the hint UI) once, in idle time or on first
// need, and hands it out synchronously afterwards, so a banner already on screen re-renders in the
// same task as the change that caused it.
import { guard } from './guard';
import type * as Ui from './rules-and-ui';

export type UiModule = typeof Ui;

export interface UiLoader {
  /** The module, if it has loaded. */
  get(): UiModule | null;
  /** Starts loading (once); resolves null if it can't be loaded (extension gone, import refused). */
  load(): Promise<UiModule | null>;
}

const isUi = (m: unknown): m is UiModule =>
  typeof m === 'object' &&
  m !== null &&
  typeof (m as UiModule).showBanner === 'function' &&
  typeof (m as UiModule).inputHints === 'function';

export function uiLoader(importer: () => Promise<unknown>): UiLoader {
  let loaded: UiModule | null = null;
  let pending: Promise<UiModule | null> | null = null;
  return {
    get: () => loaded,
    load() {
      pending ??= (async () => {
        try {
          const m = await importer();
          if (isUi(m)) loaded = m;
        } catch {
          // No rules and nothing to show then: a page that may have a cause is reported nothing, a
          // certainly clean one clean (app.ts look()), so no wrong diagnosis reaches the badge.
        }
        return loaded;
      })();
      return pending;
    },
  };
}

/** Runs `fn` with the UI once it is there: now if loaded, else after loading (errors swallowed). */
export function withUi(ui: UiLoader, fn: (m: UiModule) => void): void {
  const now = ui.get();
  if (now) return guard(fn)(now);
  void ui.load().then(
    guard((m: UiModule | null) => {
      if (m) fn(m);
    }),
  );
}
