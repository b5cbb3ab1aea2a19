// Amazon's identifier and password fields, the only ones input hints look at. Shared by the content
// script (which loads the hint UI on the first real event in one of them) and the hint UI itself.
const IDENTIFIER = '#ap_email, #ap_email_login, input[name=email]';
const PASSWORD = '#ap_password, input[type=password]';

export type FieldKind = 'identifier' | 'password';

export function fieldOf(target: EventTarget | null): { field: HTMLInputElement; kind: FieldKind } | null {
  const el = target as Element | null;
  if (el?.nodeType !== 1 || el.localName !== 'input' || (el as HTMLInputElement).type === 'hidden') return null;
  if (el.matches(PASSWORD)) return { field: el as HTMLInputElement, kind: 'password' };
  if (el.matches(IDENTIFIER)) return { field: el as HTMLInputElement, kind: 'identifier' };
  return null;
}
