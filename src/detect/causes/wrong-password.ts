// The password was refused. Phone keyboards (auto-space, auto-capitalise, full-width input) cause many
// of these, so the guidance covers them before the reset.
import type { CauseRule } from '../types';
import { findAlert, phraseTable } from '../text';
import { guidance } from './guidance';

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
  it: ['La tua password non è corretta'],
  de: ['Ihr Passwort ist falsch', 'Passwort ist nicht korrekt'],
});

export const wrongPassword: CauseRule = {
  id: 'wrong-password',
  matches: (ctx) => !!findAlert(ctx.alerts, PHRASES),
  alert: (ctx) => findAlert(ctx.alerts, PHRASES),
  guidance: guidance(
    'wrongPassword',
    7,
    ['forgot-password', 'clear-cookies'],
    ['marketplace', 'input', 'another-device'],
  ),
};
