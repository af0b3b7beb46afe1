// @ts-check
// Regular expressions made from RULES' word lists (rules.js), once per frame, for every collector:
// no content script spells a word of the engine's lists or builds the same pattern twice.
/* exported literal, anyOf, COPYRIGHT_LINE, FIELD_NAMES */

/** `word` as a pattern that matches it literally. @param {string} word */
const literal = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A pattern matching any of `words` literally, case-insensitively; `token`: only where no ASCII
 * letter is glued to either end (`pw` in `user_pw`, not in `pwned`).
 * @param {readonly string[]} words @param {{ token?: boolean }} [opts]
 */
function anyOf(words, { token = false } = {}) {
  const alt = words.map(literal).join("|");
  return new RegExp(token ? `(^|[^a-z])(${alt})([^a-z]|$)` : alt, "i");
}

/** A line of text that is a copyright line (`© 2025 …`, `Copyright …`). */
const COPYRIGHT_LINE = anyOf(RULES.copyright_hints);

/** What a field's lower-cased `name` and `id` say it asks for (scan.js fieldKind). */
const FIELD_NAMES = Object.freeze({
  password: anyOf(RULES.password_names, { token: true }),
  otp: anyOf(RULES.otp_names),
  card: anyOf(RULES.card_names),
  email: anyOf(RULES.email_names),
});
