// @ts-check
// Style sheets of the in-page UI, adopted by its closed shadow roots (a constructed sheet: not
// subject to the page's CSP style-src). CSS only: no logic here.
/* exported HOST_CSS, WARNING_CSS, NOTE_CSS, CHIP_CSS */

// The host element's own style attribute. `all: initial !important` beats every page stylesheet
// rule, !important and cascade layers included (element-attached important declarations win
// within the author origin; CSS Cascade 5 §6.2), and also resets transition/animation, so no
// page transition can override it. The later declarations then set what each host needs.
const HOST_CSS = Object.freeze({
  base:
    "all: initial !important; display: block !important; position: fixed !important; margin: 0 !important;" +
    "padding: 0 !important; border: 0 !important; background: transparent !important; z-index: 2147483647 !important;" +
    "visibility: visible !important; opacity: 1 !important; transform: none !important; filter: none !important;" +
    "clip-path: none !important; mask: none !important; pointer-events: auto !important; overflow: visible !important;" +
    "max-width: none !important; max-height: none !important; min-width: 0 !important; min-height: 0 !important;" +
    "inset: auto !important; content-visibility: visible !important; color-scheme: normal !important;",
  banner: "top: 0 !important; left: 0 !important; width: 100% !important; height: auto !important;",
  guard: "top: 0 !important; left: 0 !important; width: 100% !important; height: 100% !important;",
  chip: "left: 12px !important; bottom: 12px !important; width: auto !important; height: auto !important;",
});

/** The banner and the form guard. */
const WARNING_CSS = `:host { all: initial; }
* { box-sizing: border-box; }
.bar, .card { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
  "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, sans-serif; color: #fff; letter-spacing: normal;
  text-align: left; }
.bar { display: flex; gap: 16px; align-items: flex-start; padding: 14px 24px 16px; background: #b3261e;
  border-bottom: 4px solid #7f1b16; box-shadow: 0 2px 12px rgba(0,0,0,.35); --shield-mark: #b3261e; }
.bar.medium, .bar.low { background: #fff4e5; color: #3d2a00; border-bottom-color: #e37400; --shield-mark: #fff4e5; }
.bar.medium .icon, .bar.low .icon { color: #e37400; }
.icon { flex: none; color: #fff; margin-top: 2px; }
.main { flex: 1 1 auto; min-width: 0; }
.brand { font-size: 12px; font-weight: 600; letter-spacing: .04em; opacity: .85; margin: 0 0 2px; }
h2 { font-size: 19px; font-weight: 700; margin: 0 0 4px; line-height: 1.35; }
p { margin: 0 0 6px; }
ul { margin: 4px 0 0; padding: 0 0 0 20px; }
li { margin: 2px 0; }
.actions { flex: none; display: flex; flex-direction: column; gap: 8px; align-items: stretch; min-width: 220px; }
button { font: inherit; font-size: 14px; font-weight: 600; border-radius: 6px; padding: 8px 14px; cursor: pointer;
  border: 1px solid rgba(255,255,255,.85); background: transparent; color: inherit; }
button:focus-visible { outline: 3px solid #fff; outline-offset: 2px; }
button.primary { background: #fff; color: #b3261e; border-color: #fff; }
button.quiet { border-color: transparent; text-decoration: underline; font-weight: 500; }
.medium button, .low button { border-color: #b06000; }
.medium button.primary, .low button.primary { background: #e37400; color: #fff; border-color: #e37400; }
.medium button:focus-visible, .low button:focus-visible { outline-color: #3d2a00; }
@media (max-width: 720px) { .bar { flex-wrap: wrap; } .actions { min-width: 0; width: 100%; } }
/* form guard */
.backdrop { position: fixed; inset: 0; background: rgba(32, 8, 8, .45); }
.card { position: fixed; width: min(420px, calc(100vw - 24px)); background: #fff; color: #202124; border-radius: 10px;
  border-top: 6px solid #b3261e; box-shadow: 0 8px 32px rgba(0,0,0,.45); padding: 16px 18px 18px; --shield-mark: #fff; }
.card .icon { color: #b3261e; }
.card .head { display: flex; gap: 10px; align-items: center; margin-bottom: 6px; }
.card h2 { color: #b3261e; font-size: 18px; margin: 0; }
.card .actions { min-width: 0; margin-top: 12px; }
.card button { border-color: #dadce0; color: #202124; }
.card button.primary { background: #b3261e; color: #fff; border-color: #b3261e; }
.card button.quiet { color: #5f6368; }
.card button:focus-visible { outline-color: #1a73e8; }
`;

/** The minimised banner (chip.js). */
const CHIP_CSS = `:host { all: initial; }
* { box-sizing: border-box; }
.chip { display: flex; align-items: center; gap: 8px; max-width: min(420px, calc(100vw - 24px)); padding: 6px 14px 6px 8px;
  font: 600 14px/1.4 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans JP",
  "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, sans-serif; letter-spacing: normal; text-align: left; cursor: pointer;
  border-radius: 999px; border: 2px solid #7f1b16; background: #b3261e; color: #fff; --shield-mark: #b3261e;
  box-shadow: 0 3px 12px rgba(0,0,0,.35); }
.chip.medium, .chip.low { background: #fff4e5; color: #3d2a00; border-color: #e37400; --shield-mark: #fff4e5; }
.chip.medium .icon, .chip.low .icon { color: #e37400; }
.icon { flex: none; display: flex; color: #fff; }
.chip:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
`;

/** The two-step reminder and the recovery offer (a card placed in free space, or its compact chip: reminder-card.js). */
const NOTE_CSS = `:host { all: initial; }
* { box-sizing: border-box; }
.note { font: 14px/1.55 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
  "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, sans-serif; color: #202124; background: #fff;
  border: 1px solid #dadce0; border-left: 5px solid #1a56c4; border-radius: 10px; padding: 14px 16px 14px;
  box-shadow: 0 4px 18px rgba(0,0,0,.18); text-align: left; letter-spacing: normal; position: relative; }
.note.assist { border-left-color: #e37400; }
.brand { display: flex; align-items: center; gap: 6px; font-size: 12px; font-weight: 600; color: #1a56c4; margin: 0 0 4px; }
.assist .brand { color: #b06000; }
h2 { font-size: 16px; font-weight: 700; margin: 0 0 4px; line-height: 1.4; padding-right: 22px; }
p { margin: 0 0 10px; color: #3c4043; }
.row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
a.primary, button { font: inherit; font-size: 13px; font-weight: 600; border-radius: 6px; padding: 7px 12px; cursor: pointer;
  border: 1px solid #dadce0; background: #fff; color: #202124; text-decoration: none; display: inline-block; }
a.primary, button.primary { background: #1a56c4; border-color: #1a56c4; color: #fff; }
.assist button.primary { background: #b06000; border-color: #b06000; }
button.quiet { border-color: transparent; color: #5f6368; font-weight: 500; padding-left: 6px; padding-right: 6px; }
button.chip { display: none; }
.note.compact { padding: 0; border-left-width: 1px; border-radius: 999px; }
.note.compact > * { display: none; }
.note.compact > button.chip { display: block; border: 0; border-radius: 999px; padding: 9px 16px; color: #1a56c4; background: #fff; }
.note.compact.assist > button.chip { color: #b06000; }
button.close { position: absolute; top: 8px; right: 8px; border: 0; padding: 2px 6px; font-size: 18px; line-height: 1; color: #5f6368; }
a:focus-visible, button:focus-visible { outline: 3px solid #8ab4f8; outline-offset: 2px; }
`;
