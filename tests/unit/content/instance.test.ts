// One content script per page: a second injection of the same extension makes the running copy
// report again; a copy whose extension is gone is ended, and what a dead copy left is removed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimPage, extensionAlive } from '../../../content-scripts/instance';
import type { ContentApi } from '../../../content-scripts/runtime';

const api = (id?: string) => ({ runtime: { id }, storage: {} }) as unknown as ContentApi;
const claims: { end(): void }[] = [];
function claim(a: ContentApi) {
  const c = claimPage(window, a);
  if (c) claims.push(c);
  return c;
}

afterEach(() => {
  for (const c of claims.splice(0)) c.end();
  document.body.innerHTML = '';
});

describe('claimPage', () => {
  it('a second copy of a live extension stops and asks the running one to report again', () => {
    const first = claim(api('ext'));
    const refresh = vi.fn();
    first!.onRefresh(refresh);
    expect(claim(api('ext'))).toBeNull();
    expect(claim(api('ext'))).toBeNull();
    expect(refresh).toHaveBeenCalledTimes(2);
    expect(first!.signal.aborted).toBe(false);
  });

  it('a copy whose extension is gone is ended by the next one, which takes the page', () => {
    const old = api('ext');
    const first = claim(old)!;
    const teardown = vi.fn();
    first.onEnd(teardown);
    delete (old.runtime as { id?: string }).id;
    const second = claim(api('ext'));
    expect(second).not.toBeNull();
    expect(teardown).toHaveBeenCalledOnce();
    expect(first.signal.aborted).toBe(true);
    // The new copy is the one asked from now on.
    const refresh = vi.fn();
    second!.onRefresh(refresh);
    expect(claim(api('ext'))).toBeNull();
    expect(refresh).toHaveBeenCalledOnce();
  });

  it("removes our hosts a dead copy left on the page, never the page's own element of that name", () => {
    const leftBanner = document.createElement('signin-helper-banner');
    const leftHint = document.createElement('signin-helper-hint');
    const pages = document.createElement('signin-helper-banner');
    pages.textContent = 'the page wraps its own text in this tag';
    document.body.append(leftBanner, leftHint, pages);
    claim(api('ext'));
    expect(leftBanner.isConnected).toBe(false);
    expect(leftHint.isConnected).toBe(false);
    expect(pages.isConnected).toBe(true);
  });

  it('ends once: teardowns run once, one failing does not keep the others', () => {
    const c = claim(api('ext'))!;
    const after = vi.fn();
    c.onEnd(() => {
      throw new Error('broken part');
    });
    c.onEnd(after);
    c.end();
    c.end();
    expect(after).toHaveBeenCalledOnce();
    // Ended: the page is free for the next copy.
    expect(claim(api('ext'))).not.toBeNull();
  });
});

describe('extensionAlive', () => {
  it('is true while runtime.id is there, false once it is gone or reading it throws', () => {
    expect(extensionAlive(api('ext'))).toBe(true);
    expect(extensionAlive(api(undefined))).toBe(false);
    expect(extensionAlive(undefined)).toBe(false);
    const throwing = {
      get runtime(): never {
        throw new Error('Extension context invalidated.');
      },
    } as unknown as ContentApi;
    expect(extensionAlive(throwing)).toBe(false);
  });
});
