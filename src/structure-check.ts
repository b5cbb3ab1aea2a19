// Validation of a PageStructure received in a message or read back from storage: every field's type,
// every list's length and every string's length within STRUCTURE_LIMITS, no unknown keys. What fails
// is dropped (null), never repaired.
import { type PageStructure, STRUCTURE_LIMITS as L } from './detect/page-structure';
import { isCauseId, isStep } from './detect/types';
import { isRecord } from './json-guards';
import { isMarketplaceId } from './marketplaces';

const KINDS = ['error', 'warning', 'info', 'inline'];
const hasKeys = (v: Record<string, unknown>, keys: readonly string[]) =>
  Object.keys(v).length === keys.length && keys.every((k) => k in v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const strList = (v: unknown, count: number, max: number): v is string[] =>
  Array.isArray(v) && v.length <= count && v.every((s) => str(s, max));

function isAlert(v: unknown): boolean {
  return (
    isRecord(v) &&
    hasKeys(v, ['id', 'classes', 'kind', 'heading', 'text']) &&
    str(v.id, L.name) &&
    strList(v.classes, L.classes, L.name) &&
    KINDS.includes(v.kind as string) &&
    str(v.heading, L.text) &&
    str(v.text, L.text)
  );
}

function isForm(v: unknown): boolean {
  return (
    isRecord(v) &&
    hasKeys(v, ['id', 'name', 'classes', 'action', 'hiddenInputs']) &&
    str(v.id, L.name) &&
    str(v.name, L.name) &&
    strList(v.classes, L.classes, L.name) &&
    str(v.action, L.path) &&
    strList(v.hiddenInputs, L.hiddenInputs, L.name)
  );
}

export function parsePageStructure(v: unknown): PageStructure | null {
  if (!isRecord(v) || !hasKeys(v, ['store', 'host', 'path', 'step', 'cause', 'appAction', 'alerts', 'forms']))
    return null;
  if (v.store !== null && !isMarketplaceId(v.store)) return null;
  if (v.step !== null && !isStep(v.step)) return null;
  if (v.cause !== null && !isCauseId(v.cause)) return null;
  if (!str(v.path, L.path) || !str(v.host, L.name) || !str(v.appAction, L.name)) return null;
  if (!Array.isArray(v.alerts) || v.alerts.length > L.alerts || !v.alerts.every(isAlert)) return null;
  if (!Array.isArray(v.forms) || v.forms.length > L.forms || !v.forms.every(isForm)) return null;
  const hidden = (v.forms as { hiddenInputs: string[] }[]).reduce((n, f) => n + f.hiddenInputs.length, 0);
  if (hidden > L.hiddenInputs) return null;
  // Checked field by field above: a deep copy through JSON keeps no reference to the sender's object.
  return JSON.parse(JSON.stringify(v)) as PageStructure;
}
