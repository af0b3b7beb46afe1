// The content scripts' shared global `RULES`: the engine's rules() table, written into
// dist/*/content/rules.js at build time by tools/gen-rules.mjs (docs/api.md "Rules").
declare const RULES: import("../pkg/omamori.js").Rules;
