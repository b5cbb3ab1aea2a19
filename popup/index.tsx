// Popup entry. In the toolbar popup the page has a fixed width; opened as a tab (Firefox for Android,
// or ?tabId=N in a tab) it is fluid. Decided before the first render so nothing jumps.
import { render } from 'preact';
import { Popup } from './app';
import { isInPopup } from './tab';

document.documentElement.classList.add(isInPopup() ? 'in-popup' : 'in-page');
const root = document.getElementById('root');
if (root) render(<Popup search={location.search} />, root);
