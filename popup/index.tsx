// Popup entry. In the toolbar popup the page has a fixed width; opened as a tab (Firefox for Android,
// or ?tabId=N in a tab) it is fluid. Decided before the first render so nothing jumps.
import { render } from 'preact';
import { Popup } from './app';
import { firstLook } from './start';
import { isInPopup } from './tab';

document.documentElement.classList.add(isInPopup() ? 'in-popup' : 'in-page');
const root = document.getElementById('root');
// Every question is asked now, together; the first render waits only for the words (before them the
// popup has nothing to show) and finds the tab's answers already there when they came in first.
if (root)
  void firstLook(location.search).then((first) => render(<Popup search={location.search} first={first} />, root));
