// Every scenario, in the order they run in each browser.
import type { Scenarios } from '../suite';
import { banner } from './banner';
import { bannerActions } from './banner-actions';
import { bannerPlacement } from './banner-placement';
import { captures, ownPageCatalogue } from './catalogue';
import { cookies } from './cookies';
import { history } from './history';
import { hostile } from './hostile';
import { inputHints } from './input-hints';
import { layoutA11y } from './layout-a11y';
import { pageReport } from './page-report';
import { layoutShift } from './layout-shift';
import { privacy } from './privacy';
import { signedIn } from './signed-in';
import { smoke } from './smoke';
import { tabs } from './tabs';

export const SCENARIOS: Readonly<Record<string, Scenarios>> = {
  smoke,
  captures,
  'own pages': ownPageCatalogue,
  tabs,
  'banner and options': banner,
  'banner actions': bannerActions,
  'input hints': inputHints,
  history,
  cookies,
  'signed in elsewhere': signedIn,
  'layout and a11y': layoutA11y,
  'layout shift': layoutShift,
  'banner placement': bannerPlacement,
  'hostile pages': hostile,
  privacy,
  'page report': pageReport,
};
