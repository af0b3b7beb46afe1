// Fixture routes of the protected-password tests (password.mjs), kept apart from server.mjs's own:
// server.mjs asks here first. Pages are this project's own markup (tests/e2e/fixtures/pw-*.html).
/** [file, headers] for a password-test request, or null. */
export function passwordRoute(host, pathname, search, HOSTS) {
  const q = new URLSearchParams(search);
  if (host === HOSTS.official && q.get("case") === "pw-signin") return ["pw-signin.html", {}];
  if (host === HOSTS.official && pathname === "/gp/css/homepage.html") return ["pw-account.html", {}];
  if (host === HOSTS.unrelated && pathname === "/pw/form") return ["pw-form.html", {}];
  if (host === HOSTS.unrelated && pathname === "/pw/frame") return ["pw-frame.html", {}];
  if (host === HOSTS.lookalike && pathname === "/pw/otp") return ["pw-otp.html", {}];
  return null;
}
