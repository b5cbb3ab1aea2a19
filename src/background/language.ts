// The UI language the user chose in the options ('auto' follows the browser), as a translator.
import { getBrowser } from '../browser';
import { resolveLanguage, translator, type Translate } from '../i18n';
import { loadSettings } from '../settings';

export async function userTranslator(): Promise<Translate> {
  const settings = await loadSettings();
  return translator(resolveLanguage(settings.language, getBrowser().i18n.getUILanguage()));
}
