// One-click cookie clearing for one store: says beforehand what it does, then what happened, and
// offers to reload the sign-in page so the person can try again at once. Where the browser cannot
// clear them from an extension, it says where the browser's own settings do it instead.
import { useState } from 'preact/hooks';
import { platform } from '../src/browser';
import { clearReasonText } from '../src/clear-reasons';
import { doorClearText } from '../src/door-texts';
import { doorForHost } from '../src/doors';
import type { Translate } from '../src/i18n';
import { marketplaceById, type MarketplaceId } from '../src/marketplaces';
import { type ClearResult, uiBgClearCookies, uiBgReloadTab } from '../src/messages';
import { ask } from './api';
import { pascalCase } from '../src/pascal-case';

interface Props {
  t: Translate;
  marketplace: MarketplaceId;
  /** The tab whose cookie store is used (private windows have their own). */
  tabId: number | null;
  /** Offer a reload only when that tab shows this store. */
  canReload: boolean;
  /** The main action of the view gets the filled button style. */
  primary: boolean;
  /** Another label for the button where it is offered as a sign-out ("Sign out of amazon.co.jp here"). */
  label?: string;
  /** On a sign-in door's own host: clear that door's sign-in instead of the whole store (src/doors.ts). */
  door?: string | null;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; result: ClearResult } | { kind: 'failed' };

export function ClearCookies({ t, marketplace, tabId, canReload, primary, label, door }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [reloaded, setReloaded] = useState(false);
  const doorHost = door && doorForHost(door) ? door : null;
  const domain = doorHost ?? marketplaceById(marketplace).domain;
  // A new store picked in the general help starts fresh.
  const [shownFor, setShownFor] = useState(marketplace);
  if (shownFor !== marketplace) {
    setShownFor(marketplace);
    setStatus({ kind: 'idle' });
  }

  const where = platform();
  if (!where.cookieClearing) {
    return (
      <section class="card clear" aria-labelledby="clear-title" data-clear="unavailable">
        <h2 id="clear-title">{t('popupClearTitle', domain)}</h2>
        <p>{t('clearUnavailable', domain)}</p>
        <p class="settings-path">{t(where.settingsPathKey, domain)}</p>
      </section>
    );
  }

  async function clear() {
    setStatus({ kind: 'busy' });
    setReloaded(false);
    const result = await ask(uiBgClearCookies, { marketplace, tabId, ...(doorHost ? { door: doorHost } : {}) });
    setStatus(result ? { kind: 'done', result } : { kind: 'failed' });
  }

  async function reload() {
    if (tabId === null) return;
    // The background answers false for a tab it would not reload; only no answer at all is a failure.
    if ((await ask(uiBgReloadTab, { tabId })) === null) setStatus({ kind: 'failed' });
    else setReloaded(true);
  }

  return (
    <section class="card clear" aria-labelledby="clear-title">
      <h2 id="clear-title">{t('popupClearTitle', domain)}</h2>
      <p id="clear-effect" data-clear-door={doorHost ?? undefined}>
        {doorHost ? doorClearText(t, doorHost) : t('popupClearEffect', domain)}
      </p>
      <button
        type="button"
        class={primary ? 'button primary' : 'button'}
        data-action="clear-cookies"
        aria-describedby="clear-effect"
        disabled={status.kind === 'busy'}
        onClick={() => void clear()}
      >
        {label ?? (doorHost ? t('doorClearButton') : t('popupClearButton', domain))}
      </button>
      <div role="status" class="clear-status">
        {status.kind === 'busy' && <p>{t('popupClearBusy')}</p>}
        {status.kind === 'failed' && <p class="problem">{t('popupClearFailed')}</p>}
        {status.kind === 'done' && <ClearOutcome t={t} result={status.result} domain={domain} />}
        {reloaded && <p>{t('popupReloaded')}</p>}
      </div>
      {status.kind === 'done' && canReload && tabId !== null && !reloaded && (
        <button type="button" class="button" data-action="reload-tab" onClick={() => void reload()}>
          {t('popupReloadButton')}
        </button>
      )}
    </section>
  );
}

function ClearOutcome({ t, result, domain }: { t: Translate; result: ClearResult; domain: string }) {
  const counts = [String(result.removed), String(result.remaining)];
  const siteKey = `popupSiteData${pascalCase(result.siteData)}`;
  const siteData = result.siteData !== 'off' && t.has(siteKey) ? siteKey : null;
  return (
    <div class="outcome">
      <p class={result.remaining === 0 && result.errors.length === 0 ? 'ok' : 'problem'}>
        {result.remaining === 0 ? t('popupClearDone', counts) : t('popupClearPartly', counts)}
      </p>
      {result.remainingCookies.length > 0 && (
        <ul class="remaining" aria-label={t('popupClearRemainingLabel')}>
          {result.remainingCookies.map((c, i) => (
            <li key={i}>
              <code>{c.name}</code> ({c.domain}): {clearReasonText(c.reason, t)}
            </li>
          ))}
        </ul>
      )}
      {result.errors.length > 0 && (
        <ul class="errors" aria-label={t('popupClearErrorsLabel')}>
          {result.errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
      {siteData && <p>{t(siteData)}</p>}
      {result.siteData === 'unsupported' && <p class="settings-path">{t(platform().settingsPathKey, domain)}</p>}
    </div>
  );
}
