// Options page entry.
import { render } from 'preact';
import { Options } from './app';

const root = document.getElementById('root');
if (root) render(<Options />, root);
