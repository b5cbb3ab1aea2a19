import { it } from 'vitest';
import { diagnoseInWebKit } from './run';
import { ownPages } from '../e2e/routes';
it('try', async () => {
const pages = ownPages();
const pick = pages.filter(p => ['wrong-password.ja.html','signin-clean.ja.html'].includes(p.expected.label));
const t0 = Date.now();
const r = await diagnoseInWebKit(pick.map(p => ({ url: p.expected.url })), { routes: pages.map(p => p.route) });
console.log(JSON.stringify(r, null, 1).slice(0, 5000), Date.now() - t0);
}, 600000);
