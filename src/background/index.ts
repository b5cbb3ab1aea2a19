// Background entry (Chrome service worker, Firefox event page). Every listener is registered
// synchronously at the top level: a stopped worker is woken by the event and must find its listener
// in place before anything async runs. State lives in storage.session, not in module variables.
import { getBrowser } from '../browser';
import { onSettingsChanged } from '../settings';
import { injectIntoOpenTabs, injectIntoSignInTabs } from './inject';
import { onMessage } from './router';
import { onTabRemoved, onTabUpdated, refreshBadges } from './tab-events';

const api = getBrowser();

api.runtime.onMessage.addListener(onMessage);
api.tabs.onUpdated.addListener(onTabUpdated);
api.tabs.onRemoved.addListener(onTabRemoved);
onSettingsChanged(() => {
  refreshBadges().catch(() => console.warn('Sign-in Helper: could not refresh badges'));
});
// A store's access granted (popup, options, the browser's own menu): its open sign-in tabs start now.
api.permissions.onAdded.addListener((added) => {
  if (!added.origins?.length) return;
  injectIntoSignInTabs().catch(() => console.warn('Sign-in Helper: could not reach the open sign-in tabs'));
});
// Sign-in tabs open before this version started (install, update, enable) get the content script now.
injectIntoOpenTabs().catch(() => console.warn('Sign-in Helper: could not reach the open sign-in tabs'));
