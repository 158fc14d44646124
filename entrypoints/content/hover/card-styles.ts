/** The card's styles, inside its shadow root: nothing leaks in or out. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1d1b26; --muted: #5b586a; --line: #dedbe8; --button: #f3f2f8; --focus: #1a5fd0; --link: #3b2fa0;
  box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px); max-height: min(70vh, 520px); overflow: auto;
  background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  box-shadow: 0 8px 28px rgba(0,0,0,.18), 0 1px 3px rgba(0,0,0,.12);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: left; direction: ltr;
  padding: 12px 14px; letter-spacing: normal; word-spacing: normal; text-transform: none; white-space: normal;
}
.card[data-theme="dark"] {
  --bg: #1f1d26; --fg: #eeedf5; --muted: #b0adc0; --line: #3a3746; --button: #2c2a35; --focus: #8ab4f8; --link: #b9b0ff;
}
.card * { box-sizing: border-box; }
.head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; margin: 0 0 4px; }
.name { font-size: 15px; font-weight: 700; margin: 0; }
.matched { color: var(--muted); font-size: 12px; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: 0 0 2px; }
.meta { margin: 0 0 8px; color: var(--muted); }
.badges { display: flex; gap: 6px; flex-wrap: wrap; margin: 0 0 8px; }
.badge { display: inline-flex; align-items: center; gap: 5px; border: 1px solid var(--line); border-radius: 999px; padding: 1px 8px; font-size: 12px; }
.dot { width: 9px; height: 9px; border-radius: 50%; flex: none; }
.summary { margin: 0 0 8px; }
.note { margin: 0 0 8px; color: var(--muted); }
.strip { display: block; width: 100%; height: 30px; margin: 2px 0 8px; }
.strip text { font: 9px system-ui, sans-serif; fill: var(--muted); }
.links { display: flex; gap: 12px; flex-wrap: wrap; margin: 0 0 10px; }
a { color: var(--link); text-decoration: underline; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; }
button {
  font: inherit; font-size: 12px; color: var(--fg); background: var(--button); border: 1px solid var(--line);
  border-radius: 6px; padding: 4px 9px; cursor: pointer; margin: 0;
}
button:hover { border-color: var(--muted); }
button.quiet { background: transparent; border-color: transparent; color: var(--muted); text-decoration: underline; padding: 4px 2px; }
a:focus-visible, button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.status { min-height: 1em; margin: 6px 0 0; color: var(--muted); font-size: 12px; }
`;
