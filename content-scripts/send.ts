// Messages to the background, through the one typed request() of src/messages.ts: each route's reply
// is checked by its parser there, and a content script that outlived its extension (reloaded or
// updated) gets null, silently.
import { type MessageType, type Replies, type RequestBody, type Route, request } from '../src/messages';
import { contentApi } from './runtime';

export function ask<T extends MessageType>(route: Route<T>, body: RequestBody<T>): Promise<Replies[T] | null> {
  return request((message) => contentApi()?.runtime.sendMessage(message), route, body);
}
