// Styles of the banner, inside its closed shadow root. `all: initial` cuts off everything the page
// would otherwise pass down (fonts, colours, line heights); sizes are in px for the same reason.
// Where the banner sits (above Amazon's form, never over it) is banner-place.ts; `.compact` is its
// shorter form for a short space: denser, and Amazon's words cut to two lines, never left out (the
// banner may cover Amazon's box, so it says what the box said).
export const BANNER_CSS = `
:host { all: initial; display: block; contain: content; }
.b {
  --fg: #0f1111; --bg: #fff8e5; --line: #c77700; --muted: #3d4547;
  --btn-bg: #0f1111; --btn-fg: #ffffff; --btn2-bg: #ffffff; --btn2-fg: #0f1111; --focus: #007185;
  box-sizing: border-box; width: 100%; max-width: 100%; margin: 0; padding: 12px 14px;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", Meiryo, sans-serif;
  color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-bottom-width: 3px; border-radius: 8px;
  overflow-wrap: anywhere; hyphens: auto; text-align: start;
}
@media (prefers-color-scheme: dark) {
  .b {
    --fg: #f3f3f3; --bg: #2b2417; --line: #f0a634; --muted: #d0d4d6;
    --btn-bg: #f3f3f3; --btn-fg: #0f1111; --btn2-bg: #1c1f21; --btn2-fg: #f3f3f3; --focus: #7fd3e6;
  }
}
.brand { margin: 0 0 2px; font-size: 12px; font-weight: 600; color: var(--muted); }
.h { margin: 0; font-size: 16px; font-weight: 700; text-wrap: pretty; }
/* Japanese breaks between phrases (文節), not mid-word, where the browser can (Chrome 119+). */
.b:lang(ja) .h, .b:lang(ja) .s, .b:lang(ja) .alert, .b:lang(ja) .note { word-break: auto-phrase; }
.s { margin: 4px 0 0; font-size: 14px; }
.alert { margin: 6px 0 0; font-size: 13px; color: var(--muted); }
.compact .b { padding: 8px 10px; }
.compact .brand { font-size: 11px; line-height: 1.2; }
.compact .h { font-size: 15px; line-height: 1.3; }
.compact .alert { margin-top: 4px; font-size: 12px; line-height: 1.35; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2; overflow: hidden; }
.compact .s, .compact .note { margin-top: 4px; font-size: 13px; }
.compact .row { margin-top: 6px; gap: 6px; }
.compact button { min-height: 36px; padding: 6px 12px; }
.note { margin: 6px 0 0; font-size: 13px; color: var(--muted); }
.result { margin: 8px 0 0; font-size: 14px; font-weight: 600; }
.row { display: flex; flex-wrap: wrap; gap: 8px; margin: 10px 0 0; padding: 0; }
/* Labels wrap (German, Dutch, Polish are long at 360 px) instead of running out of the button. */
button {
  box-sizing: border-box; flex: 0 1 auto; min-width: 0; min-height: 40px; max-width: 100%; margin: 0; padding: 8px 14px;
  font: inherit; font-size: 14px; line-height: 1.3; text-align: center; overflow-wrap: anywhere; hyphens: auto;
  color: var(--btn2-fg); background: var(--btn2-bg); border: 1px solid var(--fg); border-radius: 8px;
  cursor: pointer;
}
button.primary { color: var(--btn-fg); background: var(--btn-bg); border-color: var(--btn-bg); font-weight: 600; }
button:disabled { opacity: 0.6; cursor: default; }
button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
@media (forced-colors: active) { .b { border: 2px solid CanvasText; } }
`;
