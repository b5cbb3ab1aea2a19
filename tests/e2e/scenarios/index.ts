// Every scenario, in the order they run in each browser.
import type { Scenarios } from '../suite';
import { banner } from './banner';
import { bannerActions } from './banner-actions';
import { bannerPlacement } from './banner-placement';
import { captures, ownPageCatalogue } from './catalogue';
import { cookies } from './cookies';
import { doorCookies } from './door-cookies';
import { history } from './history';
import { hostile } from './hostile';
import { inputHints } from './input-hints';
import { languages } from './languages';
import { layoutA11y } from './layout-a11y';
import { pageReport } from './page-report';
import { layoutShift } from './layout-shift';
import { openTabs } from './open-tabs';
import { privacy } from './privacy';
import { privateStores } from './private-stores';
import { signedIn } from './signed-in';
import { slowNetwork } from './slow-network';
import { smoke } from './smoke';
import { tabs } from './tabs';

export const SCENARIOS: Readonly<Record<string, Scenarios>> = {
  smoke,
  captures,
  'own pages': ownPageCatalogue,
  tabs,
  'banner and options': banner,
  'banner actions': bannerActions,
  'installed, updated, access withheld': openTabs,
  'input hints': inputHints,
  history,
  cookies,
  'door cookies': doorCookies,
  'signed in elsewhere': signedIn,
  'private windows and containers': privateStores,
  'layout and a11y': layoutA11y,
  'languages and long words': languages,
  'layout shift': layoutShift,
  'banner placement': bannerPlacement,
  'slow network': slowNetwork,
  'hostile pages': hostile,
  privacy,
  'page report': pageReport,
};
