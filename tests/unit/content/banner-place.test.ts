// Where the banner goes (content-scripts/banner-place.ts), with the page's boxes given by hand:
// jsdom lays nothing out, so getBoundingClientRect answers from a table here.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMPACT_CLASS, placeBanner, protectedArea } from '../../../content-scripts/banner-place';

/** Height of the banner (full, compact) and Amazon's form top, in page pixels. */
let bannerHeight = { full: 150, compact: 100 };
let formTop = 300;
/** Where Amazon's "create account" link button is; far below by default. */
let createTop = 2000;
let host: HTMLElement;
let mount: HTMLElement;

const rect = (x: number, y: number, width: number, height: number) => new DOMRect(x, y, width, height);

beforeEach(() => {
  document.body.innerHTML =
    '<div id="logo"></div><div id="error"></div><form><input id="field"></form><p><a id="legal">Conditions</a></p><p><a id="create" class="a-button">Create</a></p>';
  host = document.createElement('signin-helper-banner');
  mount = document.createElement('div');
  host.append(mount);
  document.body.append(host);
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(360);
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    if (this === host) {
      const height = mount.classList.contains(COMPACT_CLASS) ? bannerHeight.compact : bannerHeight.full;
      // At top 0 / left 0 the host sits at the page's origin; elsewhere where its offsets put it.
      return rect(Number.parseFloat(host.style.left) || 0, Number.parseFloat(host.style.top) || 0, 344, height);
    }
    if (this.localName === 'form') return rect(8, formTop, 344, 200);
    if (this.id === 'field') return rect(8, formTop + 40, 200, 24);
    // Below the form: a line of links, then (when the test puts it there) a link drawn as a button.
    if (this.id === 'legal') return rect(8, formTop + 200, 120, 20);
    if (this.id === 'create') return rect(8, createTop, 200, 36);
    if (this.id === 'hidden') return rect(8, 10, 100, 20); // a box, were it not type=hidden
    if (this.id === 'empty') return rect(8, 20, 0, 0);
    return rect(0, 0, 0, 0);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  bannerHeight = { full: 150, compact: 100 };
  formTop = 300;
  createTop = 2000;
});

const style = (name: string) => host.style.getPropertyValue(name);

describe('placeBanner', () => {
  it('floats the banner right above Amazon form, out of flow, so nothing of the page moves', () => {
    placeBanner(host, mount);
    expect(style('position')).toBe('absolute');
    expect(host.style.getPropertyPriority('position')).toBe('important');
    expect(style('top')).toBe(`${300 - 8 - 150}px`);
    expect(style('left')).toBe('8px');
    expect(style('width')).toBe('344px');
    expect(mount.classList.contains(COMPACT_CLASS)).toBe(false);
  });

  it('uses the compact banner where the full one would reach into the form', () => {
    formTop = 130;
    placeBanner(host, mount);
    expect(mount.classList.contains(COMPACT_CLASS)).toBe(true);
    expect(style('top')).toBe(`${130 - 8 - 100}px`);
  });

  it('where even the compact banner does not fit above the form, floats right below it, past a line of links it would cut through', () => {
    formTop = 60;
    placeBanner(host, mount);
    expect(style('position')).toBe('absolute');
    expect(mount.classList.contains(COMPACT_CLASS)).toBe(true);
    // Form 60–260, links 260–280: the banner starts 8 px below the links, not through them.
    expect(style('top')).toBe(`${280 + 8}px`);
  });

  it('goes in flow after everything else where below the form it would cover a control', () => {
    formTop = 60;
    createTop = 320;
    placeBanner(host, mount);
    expect(style('position')).toBe('');
    expect(document.body.lastElementChild).toBe(host);
  });

  it('goes last, in flow, on a page without a visible form or control', () => {
    document.querySelector('form')!.remove();
    host.remove();
    document.body.prepend(host);
    placeBanner(host, mount);
    expect(style('position')).toBe('');
    expect(document.body.lastElementChild).toBe(host);
  });

  it('goes back to the full banner above the form when the space comes back', () => {
    formTop = 130;
    placeBanner(host, mount);
    formTop = 300;
    placeBanner(host, mount);
    expect(mount.classList.contains(COMPACT_CLASS)).toBe(false);
    expect(style('top')).toBe(`${300 - 8 - 150}px`);
  });
});

describe('protectedArea', () => {
  it('is the topmost visible form or control, hidden inputs and empty boxes left out', () => {
    document.body.insertAdjacentHTML('afterbegin', '<input type="hidden" id="hidden"><button id="empty"></button>');
    expect(protectedArea(document)).toEqual({ top: 300, bottom: 500, centre: 8 + 344 / 2 });
  });
});
