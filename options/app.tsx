// The options form. Every change is saved at once with saveSettings; the banner and the popup follow
// through storage.onChanged. Site data clearing needs the optional browsingData permission, asked for
// inside the click itself (browsers only grant permission requests from a user gesture). Where the
// browser has no site-data API at all (Safari, Firefox for Android) that choice steps aside and says
// where the browser's own settings do it.
import { useEffect, useState } from 'preact/hooks';
import type { Permissions } from 'webextension-polyfill';
import { getBrowser, platform } from '../src/browser';
import { ENDONYMS, htmlLang, LANGUAGES, type LanguageOption } from '../src/i18n';
import { saveSettings, type ClearScope, type Settings } from '../src/settings';
import { useUiSettings } from '../popup/use-settings';
import { HistoryView } from './history';
import { SiteAccessList } from './site-access';

const SITE_DATA: Permissions.Permissions = { permissions: ['browsingData'] };

export function Options() {
  const ui = useUiSettings();
  const [saved, setSaved] = useState(0);
  const [refused, setRefused] = useState(false);
  const [permitted, setPermitted] = useState<boolean | null>(null);

  const t = ui?.t;
  useEffect(() => {
    if (t) document.title = t('optionsTitle');
  }, [t]);
  useEffect(() => {
    getBrowser()
      .permissions.contains(SITE_DATA)
      .then(setPermitted, () => setPermitted(null));
  }, [ui?.settings.clearScope]);

  async function save(patch: Partial<Settings>) {
    ui?.apply(await saveSettings(patch));
    setSaved((n) => n + 1);
  }
  // "Saved" is a passing confirmation: it hides again after a moment.
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(0), 2500);
    return () => clearTimeout(timer);
  }, [saved]);

  function chooseScope(scope: ClearScope) {
    setRefused(false);
    if (scope === 'cookies') {
      void save({ clearScope: 'cookies' });
      // Least privilege: give the permission back when it is no longer used.
      getBrowser()
        .permissions.remove(SITE_DATA)
        .catch(() => undefined);
      return;
    }
    let asked: Promise<boolean>;
    try {
      asked = getBrowser().permissions.request(SITE_DATA);
    } catch {
      asked = Promise.resolve(false);
    }
    void asked
      .catch(() => false)
      .then((granted) => {
        setPermitted(granted);
        setRefused(!granted);
        return save({ clearScope: granted ? 'cookies-and-site-data' : 'cookies' });
      });
  }

  if (!ui || !t) return <main id="options" aria-busy="true" />;
  const { settings, language } = ui;
  const where = platform();
  const siteDataApi = where.siteData !== null;
  const siteData = siteDataApi && settings.clearScope === 'cookies-and-site-data';

  return (
    <main id="options" lang={htmlLang(language)}>
      <h1>{t('optionsTitle')}</h1>
      <form onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('optionsBannerLegend')}</legend>
          <label class="check">
            <input
              type="checkbox"
              name="banner"
              checked={settings.banner}
              aria-describedby="banner-help"
              onChange={(e) => void save({ banner: e.currentTarget.checked })}
            />
            <span>{t('optionsBannerLabel')}</span>
          </label>
          <p class="help" id="banner-help">
            {t('optionsBannerHelp')}
          </p>
        </fieldset>

        <fieldset>
          <legend>{t('optionsLanguageLegend')}</legend>
          {(['auto', ...LANGUAGES] as const).map((value: LanguageOption) => (
            <label class="check" key={value}>
              <input
                type="radio"
                name="language"
                value={value}
                checked={settings.language === value}
                onChange={() => void save({ language: value })}
              />
              <span lang={value === 'auto' ? undefined : htmlLang(value)}>
                {value === 'auto' ? t('optionsLanguageAuto') : ENDONYMS[value]}
              </span>
            </label>
          ))}
          <p class="help">{t('optionsLanguageHelp')}</p>
        </fieldset>

        <fieldset>
          <legend>{t('optionsInputHintsLegend')}</legend>
          <label class="check">
            <input
              type="checkbox"
              name="inputHints"
              checked={settings.inputHints}
              aria-describedby="hints-help"
              onChange={(e) => void save({ inputHints: e.currentTarget.checked })}
            />
            <span>{t('optionsInputHintsLabel')}</span>
          </label>
          <p class="help" id="hints-help">
            {t('optionsInputHintsHelp')}
          </p>
        </fieldset>

        <fieldset>
          <legend>{t('optionsScopeLegend')}</legend>
          {(['cookies', 'cookies-and-site-data'] as const).map((value) => (
            <label class="check" key={value}>
              <input
                type="radio"
                name="clearScope"
                value={value}
                checked={value === 'cookies' ? !siteData : siteData}
                disabled={value === 'cookies-and-site-data' && !siteDataApi}
                onChange={() => chooseScope(value)}
              />
              <span>{t(value === 'cookies' ? 'optionsScopeCookies' : 'optionsScopeSiteData')}</span>
            </label>
          ))}
          <p class="help">{t('optionsScopeHelp')}</p>
          {!siteDataApi && (
            <p class="note" data-note="site-data-unsupported">
              {t('optionsScopeUnsupported')} {t(where.settingsPathKey, 'amazon')}
            </p>
          )}
          <p class="problem" role="status" data-note="scope">
            {refused ? t('optionsScopeRefused') : ''}
          </p>
          {siteData && permitted === false && (
            <p class="problem">
              {t('optionsScopeMissing')}{' '}
              <button type="button" class="button" onClick={() => chooseScope('cookies-and-site-data')}>
                {t('optionsScopeAllow')}
              </button>
            </p>
          )}
        </fieldset>
      </form>
      <p class="note saved" role="status">
        {saved ? t('optionsSaved') : ''}
      </p>
      <SiteAccessList t={t} />
      <HistoryView t={t} language={language} />
    </main>
  );
}
