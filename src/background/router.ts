// runtime.onMessage: a message is acted on only if parseMessage accepts its shape AND its sender fits
// its route. Rejected messages change nothing, log a short reason (never a field value or alert text)
// and get no reply (undefined), so the sender's promise resolves to undefined.
import { getBrowser } from '../browser';
import { parseMessage } from '../messages';
import type { Runtime } from 'webextension-polyfill';
import { handleMessage } from './handlers';
import { checkSender } from './sender';

function reject(reason: string): undefined {
  console.warn(`Sign-in Helper: message rejected: ${reason}`);
  return undefined;
}

export function onMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const parsed = parseMessage(raw);
  if (!parsed.ok) return reject(parsed.reason);
  const origin = checkSender(parsed.message.type, sender, getBrowser());
  if (typeof origin === 'string') return reject(origin);
  const type = parsed.message.type;
  // A failure while handling an accepted message reaches the sender as a rejected promise.
  return handleMessage(parsed.message, origin).catch((error: unknown) => {
    console.warn(`Sign-in Helper: ${type} failed`);
    throw error instanceof Error ? error : new Error('failed');
  });
}
