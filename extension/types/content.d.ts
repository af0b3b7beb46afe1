// The content scripts' shared global `RULES`: the engine's rules() table, written into
// dist/*/content/rules.js at build time by tools/gen-rules.mjs (docs/api.md "Rules").
declare const RULES: import("../pkg/omamori.js").Rules;

// The page collectors (extension/content/collect-text.js, collect-drawn.js, visual-find.js, visual.js), set on the isolated world's
// global object and called by scan.js.
declare var OmamoriCollect: any;
declare var OmamoriFields: any;
declare var OmamoriFrames: any;
declare var OmamoriDrawn: any;
declare var OmamoriVisual: any;
declare var OmamoriVisualFind: any;
