// Withheld site access, said and fixed in one click: the popup on a store the browser keeps the
// extension off, and the options page's list of stores. The general help preselects the tab's store.
import { afterEach, describe, expect, it } from 'vitest';
import { Options } from '../../../options/app';
import { Popup } from '../../../popup/app';
import { translator } from '../../translations';
import type { TabState } from '../../../src/messages';
import { click, mount, stubBackground, text, waitFor, type Mounted } from './helpers';

const en = translator('en');
let view: Mounted | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const diagnosed: TabState = {
  tabId: 7,
  diagnosis: { cause: 'wrong-password', step: 'password', marketplace: 'jp', alert: null, hints: [] },
  marketplace: 'jp',
  time: 1,
};

async function openPopup(withheld: string[]) {
  const stub = stubBackground(null, { withheld });
  stub.signedIn = { tabStore: 'jp', stores: [] };
  view = mount(<Popup search="?tabId=7" />);
  const app = await waitFor(() => view!.root.querySelector<HTMLElement>('#app[data-cause]'), 'data-cause');
  return { stub, app };
}

describe('popup: the tab’s store withholds access', () => {
  it('says why, and the grant asks for exactly that store’s origins, then diagnoses the tab', async () => {
    const { stub, app } = await openPopup(['amazon.co.jp']);
    const button = await waitFor(() => app.querySelector('[data-action="grant-site-access"]'), 'grant button');
    expect(text(app.querySelector('[data-site-access]'))).toContain(en('siteAccessWithheld', 'amazon.co.jp'));
    expect(text(button)).toBe(en('siteAccessGrant', 'amazon.co.jp'));
    // The misleading intro is not said on a store we just said we can't read.
    expect(text(app)).not.toContain(en('popupHelpIntro'));
    expect(app.dataset.cause).toBe('none');

    stub.state = diagnosed; // what the background answers once it could read the tab
    const asked = stub.messages.filter((m) => m.type === 'ui-bg-get-tab').length;
    await click(button);
    expect(stub.fake.calls.permissionRequests).toEqual([{ origins: ['*://*.amazon.co.jp/*'] }]);
    await waitFor(() => app.dataset.cause === 'wrong-password', 'the cause after the grant');
    expect(stub.messages.filter((m) => m.type === 'ui-bg-get-tab').length).toBe(asked + 1);
    expect(app.querySelector('[data-action="grant-site-access"]')).toBeNull();
  });

  it('a refused prompt says so and keeps the button', async () => {
    const stub = stubBackground(null, { withheld: ['amazon.co.jp'], grantOnRequest: false });
    stub.signedIn = { tabStore: 'jp', stores: [] };
    view = mount(<Popup search="?tabId=7" />);
    const button = await waitFor(() => view!.root.querySelector('[data-action="grant-site-access"]'), 'grant button');
    await click(button);
    expect(text(view.root)).toContain(en('siteAccessRefused'));
    expect(view.root.querySelector('[data-action="grant-site-access"]')).not.toBeNull();
  });

  it('no notice where the store allows access', async () => {
    const { app } = await openPopup([]);
    await waitFor(() => app.querySelector('select#store'), 'general help');
    expect(app.querySelector('[data-site-access]')).toBeNull();
  });

  it('the general help on an Amazon page preselects that store, whatever the browser’s language', async () => {
    const { app } = await openPopup(['amazon.co.jp']);
    const select = await waitFor(() => app.querySelector<HTMLSelectElement>('select#store'), 'store select');
    expect(select.value).toBe('jp');
  });
});

describe('options: which stores the extension may read', () => {
  it('lists the withheld stores with a grant each, and all allowed once granted', async () => {
    const stub = stubBackground(null, { withheld: ['amazon.co.jp', 'amazon.de'] });
    view = mount(<Options />);
    const section = await waitFor(() => view!.root.querySelector<HTMLElement>('[data-site-access="withheld"]'));
    const buttons = [...section.querySelectorAll<HTMLElement>('[data-action="grant-site-access"]')];
    expect(buttons.map((b) => b.dataset.store)).toEqual(['jp', 'de']);
    await click(buttons[0]!);
    expect(stub.fake.calls.permissionRequests.at(-1)).toEqual({ origins: ['*://*.amazon.co.jp/*'] });
    await waitFor(() => section.querySelectorAll('[data-action="grant-site-access"]').length === 1, 'one left');
    await click(section.querySelector('[data-action="grant-site-access-all"]') ?? section.querySelector('button'));
    await waitFor(() => view!.root.querySelector('[data-site-access="all"]'), 'all allowed');
    expect(text(view.root.querySelector('[data-site-access]'))).toContain(en('siteAccessAll'));
  });
});
