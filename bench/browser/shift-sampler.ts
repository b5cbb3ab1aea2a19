// Layout shift as the page sees it, in both browsers. Chromium reports Layout Instability entries
// (PerformanceObserver 'layout-shift'); Firefox has no such API (it lists no 'layout-shift' in
// PerformanceObserver.supportedEntryTypes). So the page also samples the boxes of its own elements
// on every animation frame and scores each frame the way Layout Instability does: elements visible in
// the viewport whose top-left corner moved, impact fraction (the viewport share of their old and new
// boxes together, on an 8 px grid) times distance fraction (the largest move over the viewport's
// larger side), summed over frames. An element that appears is not a shift, in both measures.
// Runs in the page (a <script> the benchmark adds at the end of <body>, the same with and without
// the content script); window.benchShifts() reads the totals.

/** The sampler, as page script text; the function below is its source. */
export const SHIFT_SAMPLER = `<script>(${sampler.toString()})();</script>`;

function sampler(): void {
  const CELL = 8;
  const MAX_ELEMENTS = 4000;
  let instability: number | null = null;
  let sampled = 0;
  let frames = 0;
  try {
    if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
      instability = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!e.hadRecentInput) instability = (instability ?? 0) + e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    }
  } catch {
    instability = null;
  }
  let previous = new Map<Element, DOMRect>();
  const tick = () => {
    frames++;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const next = new Map<Element, DOMRect>();
    const cells = new Set<number>();
    let distance = 0;
    const cover = (r: DOMRect) => {
      const x0 = Math.max(0, r.left);
      const y0 = Math.max(0, r.top);
      const x1 = Math.min(vw, r.right);
      const y1 = Math.min(vh, r.bottom);
      if (x1 <= x0 || y1 <= y0) return;
      for (let y = Math.floor(y0 / CELL); y < Math.ceil(y1 / CELL); y++)
        for (let x = Math.floor(x0 / CELL); x < Math.ceil(x1 / CELL); x++) cells.add(y * 10_000 + x);
    };
    const all = document.body ? document.body.getElementsByTagName('*') : [];
    for (let i = 0; i < all.length && i < MAX_ELEMENTS; i++) {
      const el = all[i]!;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      next.set(el, r);
      const old = previous.get(el);
      if (!old) continue;
      const dx = r.left - old.left;
      const dy = r.top - old.top;
      if (Math.abs(dx) < 1 && Math.abs(dy) < 1) continue;
      const visible = (b: DOMRect) => b.right > 0 && b.bottom > 0 && b.left < vw && b.top < vh;
      if (!visible(old) && !visible(r)) continue;
      cover(old);
      cover(r);
      distance = Math.max(distance, Math.abs(dx), Math.abs(dy));
    }
    const impact = (cells.size * CELL * CELL) / (vw * vh);
    sampled += Math.min(1, impact) * Math.min(1, distance / Math.max(vw, vh));
    previous = next;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  (window as unknown as { benchShifts(): unknown }).benchShifts = () => ({ instability, sampled, frames });
}
