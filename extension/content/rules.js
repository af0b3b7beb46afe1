// @ts-check
// The page-scan rules: bounds and word lists. Generated at build time from the engine's `rules()`
// (Rust is their single source); this hand-written copy holds today's values until that lands.
// The other content scripts read only these names, never their own literals.
/* exported RULES */
const RULES = Object.freeze({
  limits: Object.freeze({
    title: 200,
    lang: 16,
    og_site_name: 100,
    headings: [20, 200],
    text: 4000,
    copyright: [5, 200],
    img_alts: [50, 100],
    buttons: [20, 100],
    form_action_hosts: [10, 253],
    img_hosts: [30, 253],
    css_hosts: [30, 253],
    script_hosts: [30, 253],
    favicon_hosts: [30, 253],
    link_hosts: [30, 253],
    scan_inputs: 200,
    scan_links: 500,
    scan_images: 300,
    scan_text_nodes: 3000,
    page_text: 20000,
    message_chars: 65536,
    url_chars: 8192,
  }),
  field_kinds: ["email", "tel", "password", "otp", "card", "text"],
  credential_kinds: ["password", "email", "tel", "otp", "card"],
  signin_words: ["sign in", "sign-in", "signin", "log in", "log-in", "login", "logon", "password", "continue", "next",
    "ログイン", "サインイン", "パスワード", "次へ", "続行", "続ける", "認証"],
  password_hints: ["password", "passwort", "contraseña", "contrasena", "mot de passe", "senha", "パスワード", "暗証番号",
    "密码", "密碼"],
  copyright_hints: ["©", "(c)", "copyright"],
});
