// The popup's one way to the background: request() of src/messages.ts over the browser seam, so each
// reply is checked by its route's parser and a background that can't be reached answers null.
import { getBrowser } from '../src/browser';
import { type MessageType, type Replies, type RequestBody, type Route, request } from '../src/messages';

export function ask<T extends MessageType>(route: Route<T>, body: RequestBody<T>): Promise<Replies[T] | null> {
  return request((message) => getBrowser().runtime.sendMessage(message), route, body);
}
