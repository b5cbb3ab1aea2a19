// A sign-in that takes one store's accounts only refused the account used: Amazon Pay on Japanese
// shops accepts amazon.co.jp accounts, and an amazon.com account gets "Amazon Pay では Amazon.co.jp
// アカウントのみご利用可能です". The account exists and the password may be right, so this is neither
// account-not-found nor wrong-password: the fix is the other store's account (docs/AMAZON-SIGNIN.md,
// "Sign-in doors"). Only the Japanese wording is confirmed; no English one was found. What it says:
// src/guidance.ts.
import type { CauseRule } from '../types';
import { findAlert, phraseTable } from '../text';

const PHRASES = phraseTable({
  ja: ['Amazon.co.jpアカウントのみご利用可能', 'Amazon.co.jpアカウントのみ'],
});

export const wrongStoreAccount: CauseRule = {
  id: 'wrong-store-account',
  matches: (ctx) => !!findAlert(ctx.alerts, PHRASES),
  alert: (ctx) => findAlert(ctx.alerts, PHRASES),
};
