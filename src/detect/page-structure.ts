// The page's structure for a maintainers' page report: where the page is, which alert boxes are shown
// (their ids, classes and masked words) and which forms it has (ids, classes, action path, the NAMES
// of hidden inputs). A pure function of the page, computed in the content script when it diagnoses:
// it never reads a field's value, a query string or a cookie. Plain JSON, bounded, so `npm run
// diagnose` can print the same object and a test can compare the two.
import { signInAccountOfUrl } from '../door-store';
import type { MarketplaceId } from '../marketplaces';
import { maskNumbers, maskPersonal } from '../mask';
import { collectShownAlertBoxes } from './alerts';
import type { AlertKind, CauseId, Diagnosis, Step } from './types';

export const STRUCTURE_LIMITS = {
  alerts: 10,
  forms: 10,
  hiddenInputs: 60,
  classes: 12,
  /** ids, names, classes, appAction */
  name: 80,
  path: 200,
  /** an alert's masked heading or text */
  text: 600,
} as const;

export interface StructureAlert {
  id: string;
  classes: string[];
  kind: AlertKind;
  heading: string;
  text: string;
}

export interface StructureForm {
  id: string;
  name: string;
  classes: string[];
  /** The form's action path, without host or query, numbers masked. */
  action: string;
  /** Names of its hidden inputs, never their values. */
  hiddenInputs: string[];
}

export interface PageStructure {
  store: MarketplaceId | null;
  /** The page's host: a store has several (its storefront, Seller Central, Login with Amazon …). */
  host: string;
  /** The page's path without its query, numbers (session ids) masked. */
  path: string;
  step: Step | null;
  cause: CauseId | null;
  appAction: string;
  alerts: StructureAlert[];
  forms: StructureForm[];
}

const L = STRUCTURE_LIMITS;
const short = (value: string | null | undefined) => (value ?? '').slice(0, L.name);
const classesOf = (el: Element) => Array.from(el.classList).slice(0, L.classes).map(short);

function actionPath(form: HTMLFormElement | Element, base: URL): string {
  try {
    return maskNumbers(new URL(form.getAttribute('action') ?? '', base).pathname).slice(0, L.path);
  } catch {
    return '';
  }
}

function hiddenInputNames(form: Element, budget: number): string[] {
  const names = Array.from(form.querySelectorAll('input[type="hidden"]'))
    .slice(0, L.hiddenInputs * 2)
    .map((input) => short(input.getAttribute('name')))
    .filter((name) => name !== '');
  return [...new Set(names)].slice(0, budget);
}

export function pageStructure(doc: Document, url: string | URL, diagnosis: Diagnosis | null): PageStructure {
  const base = new URL(String(url));
  let budget: number = L.hiddenInputs;
  const forms = Array.from(doc.forms)
    .slice(0, L.forms)
    .map((form): StructureForm => {
      const hiddenInputs = hiddenInputNames(form, budget);
      budget -= hiddenInputs.length;
      return {
        id: short(form.id),
        name: short(form.getAttribute('name')),
        classes: classesOf(form),
        action: actionPath(form, base),
        hiddenInputs,
      };
    });
  const alerts = collectShownAlertBoxes(doc)
    .slice(0, L.alerts)
    .map(({ el, alert }) => ({
      id: short(alert.id),
      classes: classesOf(el),
      kind: alert.kind,
      heading: maskPersonal(alert.heading).slice(0, L.text),
      text: maskPersonal(alert.text).slice(0, L.text),
    }));
  const appAction = doc.querySelector('input[name="appAction"]')?.getAttribute('value');
  return {
    store: diagnosis?.marketplace ?? signInAccountOfUrl(base)?.marketplace.id ?? null,
    host: base.hostname.slice(0, L.name),
    path: maskNumbers(base.pathname).slice(0, L.path),
    step: diagnosis?.step ?? null,
    cause: diagnosis?.cause ?? null,
    appAction: short(appAction),
    alerts,
    forms,
  };
}
