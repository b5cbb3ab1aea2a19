// The password was refused. Phone keyboards (auto-space, auto-capitalise, full-width input) cause many
// of these, so the guidance covers them before the reset.
import type { CauseRule } from '../types';
import { findAlert, phraseTable } from '../text';

const PHRASES = phraseTable({
  en: [
    'Your password is incorrect',
    'password is incorrect',
    'email address or password is incorrect',
    'password is wrong',
  ],
  ja: [
    'パスワードが正しくありません',
    'メールアドレスまたはパスワードが正しくありません',
    'Eメールアドレスとパスワードが合致しません',
    'パスワードが間違っています',
  ],
  // Other stores: only texts a source confirms (docs/AMAZON-SIGNIN.md, "Other stores' texts").
  de: ['Ihr Passwort ist falsch', 'Passwort ist nicht korrekt', 'Passwort war nicht korrekt', 'Falsches Passwort'],
  fr: ['Votre mot de passe est incorrect'],
  es: ['contraseña no es correcta'],
  it: ['La tua password non è corretta'],
  nl: ['Je wachtwoord is onjuist'],
});

export const wrongPassword: CauseRule = {
  id: 'wrong-password',
  matches: (ctx) => !!findAlert(ctx.alerts, PHRASES),
  alert: (ctx) => findAlert(ctx.alerts, PHRASES),
};
