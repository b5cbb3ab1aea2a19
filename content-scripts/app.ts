// The content script's state: diagnose the page, tell the background when the diagnosis changed, keep
// the settings it answers with, and show (or take down) the banner and the input hints to match.
import { certainlyClean, cleanDiagnosis, readPage } from '../src/detect/read-page';
import type { CauseId, Diagnosis } from '../src/detect/types';
import { marketplaceById } from '../src/marketplaces';
import type { BannerSignedIn, ContentSettings } from '../src/messages';
import type { ClearView } from './banner';
import { bannerHost } from './banner-host';
import { guard } from './guard';
import { whenIdle } from './idle';
import { importUi } from './import-ui';
import type { Instance } from './instance';
import { lazyHints } from './lazy-hints';
import { observeChanges, type Timing } from './observe';
import { contentApi } from './runtime';
import { asBannerSignedIn, asClearResult, asContentSettings, send } from './send';
import { uiLoader, type UiLoader } from './ui-loader';

export interface AppOptions {
  doc: Document;
  /** The page's address (location.href) at the time of asking. */
  href(): string;
  cookiesEnabled(): boolean;
  timing: Timing;
  /** Opens a store page in this tab (location.assign). */
  navigate(url: string): void;
  reload(): void;
  /** The cause rules and the banner and hint UI (content-ui.js), loaded on first need or when the page is idle. */
  ui: UiLoader;
  /** Calls back once the page is idle: the time to get ready for an error that may come. */
  whenIdle(fn: () => void): void;
  /** This copy's claim on the page (instance.ts): whether its extension is still there, and its end. */
  instance?: Pick<Instance, 'alive' | 'end' | 'onEnd' | 'onRefresh'>;
}

export function defaultOptions(win: Window, instance?: AppOptions['instance']): AppOptions {
  return {
    doc: win.document,
    href: () => win.location.href,
    cookiesEnabled: () => win.navigator.cookieEnabled,
    timing: win,
    navigate: (url) => win.location.assign(url),
    reload: () => win.location.reload(),
    ui: uiLoader(importUi),
    whenIdle: (fn) => whenIdle(win, fn),
    instance,
  };
}

export function startApp(options: AppOptions) {
  const { doc } = options;
  const banner = bannerHost(doc, options.ui);
  const hints = lazyHints(doc, options.ui);
  let settings: ContentSettings | null = null;
  let diagnosis: Diagnosis | null = null;
  let lastSent = '';
  let sentSeq = 0;
  let appliedSeq = 0;
  /** Hidden by the person for this cause on this page; another cause shows again. */
  let dismissed: CauseId | null = null;
  let clear: ClearView = { state: 'idle' };
  /** What this browser's sessions say about the cause it was asked for (cs-bg-signed-in). */
  let signedIn: (BannerSignedIn & { cause: CauseId }) | null = null;
  let stopObserving: (() => void) | null = null;

  /** False (and this copy taken off the page) once its extension was updated or removed. */
  function live(): boolean {
    if (!options.instance || options.instance.alive()) return true;
    options.instance.end();
    return false;
  }

  function paint(): void {
    hints.update(settings?.inputHints ? { texts: settings.texts, language: settings.language } : null);
    const d = diagnosis;
    const cause = d?.cause;
    // A cause was named by the rules, which came with the UI: it is loaded whenever there is one.
    const ui = options.ui.get();
    if (!d || !cause || !ui || !settings?.banner || cause === dismissed) return banner.hide();
    const guidance = ui.ruleFor(cause).guidance;
    const primary = guidance.primary;
    // A session elsewhere makes "sign in on that store" the button; one here, "sign out of this one".
    const session = signedIn?.cause === cause ? signedIn : null;
    const clears = session ? session.kind === 'here' : primary === 'clear-cookies';
    banner.show({
      cause,
      language: settings.language,
      texts: settings.texts,
      headlineKey: guidance.headline,
      primaryLabelKey: primary ? ui.actionLabelKey(primary) : null,
      primaryClears: clears,
      signedIn: session,
      alert: d.alert,
      clear,
      onPrimary: () => {
        if (!live()) return;
        if (clears) return void clearCookies().catch(() => undefined);
        // The UI holds the store's URL table.
        const action = session ? 'sign-in' : primary;
        const url = action && ui.actionUrl(action, marketplaceById(session?.store ?? d.marketplace));
        // Amazon's own pages: the same tab is where the person is already signing in.
        if (url) options.navigate(url);
        else void send({ type: 'cs-bg-open-popup' });
      },
      onMore: () => void (live() && send({ type: 'cs-bg-open-popup' })),
      onDismiss: () => {
        dismissed = cause;
        paint();
      },
      onReload: () => options.reload(),
    });
  }

  async function clearCookies(): Promise<void> {
    if (clear.state === 'busy') return;
    const cause = diagnosis?.cause;
    clear = { state: 'busy' };
    paint();
    const result = asClearResult(await send({ type: 'cs-bg-clear-cookies' }));
    if (diagnosis?.cause !== cause) return; // another cause took over meanwhile: its banner starts afresh
    clear = result ? { state: 'done', ...result } : { state: 'failed' };
    paint();
  }

  async function report(d: Diagnosis): Promise<void> {
    const seq = ++sentSeq;
    // The page's structure for a maintainers' report, read now, while the page shows the problem, so
    // the report leaves in the frame that found the cause. Its code (and the masking) lives in the UI
    // bundle, which the rules that named the cause came with.
    const ui = d.cause ? options.ui.get() : null;
    const structure = ui ? ui.pageStructure(doc, options.href(), d) : null;
    // Where this browser is signed in is asked together with the report, not after its reply (one
    // round trip less before the first banner), and before the first paint, so the banner does not
    // grow a line after it appeared. The background answers null at once for causes where sessions
    // don't matter (src/signed-in.ts).
    const cause = d.cause;
    const [settingsReply, sessionReply] = await Promise.all([
      send({ type: 'cs-bg-diagnosis', diagnosis: d, structure }),
      cause ? send({ type: 'cs-bg-signed-in', cause }) : null,
    ]);
    const reply = asContentSettings(settingsReply);
    // Replies can overtake each other; an older one must not replace a newer one's texts.
    if (!reply || seq < appliedSeq) return void live();
    const session = cause && reply.banner ? asBannerSignedIn(sessionReply) : null;
    appliedSeq = seq;
    settings = reply;
    signedIn = session && cause ? { ...session, cause } : null;
    paint();
  }

  /** The diagnosis now, or 'rules' when the page may have a cause and the rules are not loaded yet. */
  function look(): Diagnosis | null | 'rules' {
    const context = readPage(doc, options.href(), { cookiesEnabled: options.cookiesEnabled() });
    if (!context) return null;
    const ui = options.ui.get();
    if (ui) return ui.decide(context).diagnosis;
    return certainlyClean(context) ? cleanDiagnosis(context) : 'rules';
  }

  const update = guard(() => {
    if (!live()) return;
    const next = look();
    // The rules are needed now: load them (at once, not in idle time) and look again when they are in.
    // Until then the page keeps what it had (nothing, or a clean diagnosis: a cause needs the rules).
    if (next === 'rules') return void options.ui.load().then(guard((ui) => ui && update()));
    if (next?.cause !== diagnosis?.cause) {
      clear = { state: 'idle' };
      signedIn = null;
    }
    if (next?.cause && next.cause !== dismissed) dismissed = null;
    diagnosis = next;
    // Only what the detector produced goes out: cause, step, store, hints, Amazon's alert. Never a value.
    const json = next ? JSON.stringify(next) : '';
    if (next && json !== lastSent) {
      lastSent = json;
      void report(next).catch(() => undefined);
    }
    paint();
  });

  /** A fresh page (first load, or restored from the back/forward cache): dismissals and sends reset. */
  function begin(): void {
    stopObserving?.();
    dismissed = null;
    lastSent = '';
    update();
    stopObserving = observeChanges(doc, options.timing, update);
  }

  function end(): void {
    stopObserving?.();
    stopObserving = null;
  }

  // Options changed while the page is open: ask again, the reply carries the new switches and texts.
  const onStorage = guard((changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !('settings' in changes)) return;
    lastSent = '';
    update();
  });
  try {
    contentApi()?.storage.onChanged.addListener(onStorage);
  } catch {
    // Extension context gone: the page simply keeps what it has.
  }
  const unsubscribe = () => {
    try {
      contentApi()?.storage.onChanged.removeListener(onStorage);
    } catch {
      // Same: nothing to unsubscribe from any more.
    }
  };

  const app = {
    begin,
    end,
    /** Tests: take everything down. */
    dispose(): void {
      end();
      unsubscribe();
      banner.hide();
      hints.dispose();
    },
  };
  options.instance?.onEnd(app.dispose);
  // Another copy of this extension's script was injected (the popup's on-demand diagnosis): report again.
  options.instance?.onRefresh(() => {
    lastSent = '';
    update();
  });
  begin();
  // Ready before needed: the rules and the UI are loaded in idle time, so an error that appears later
  // is diagnosed and shown in the frame that finds it (the first reply already carried the texts of
  // every cause). With the banner off too: the badge and the popup need the rules' diagnosis.
  // Looking again then costs idle time only, and corrects a page that certainlyClean() got wrong.
  options.whenIdle(guard(() => void options.ui.load().then(guard((ui) => ui && update()))));
  return app;
}
