// Fixture routes of the protected-password tests (password.mjs, password-hostile.mjs), kept apart
// from server.mjs's own: server.mjs asks here first. Pages are this project's own markup
// (tests/e2e/fixtures/pw-*.html, fixtures/pw-hostile/NAME.js).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const attacks = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "pw-hostile");

/** [file, headers, inject?] for a password-test request, or null. */
export function passwordRoute(host, pathname, search, HOSTS) {
  const q = new URLSearchParams(search);
  if (host === HOSTS.official && q.get("case") === "pw-signin") return ["pw-signin.html", {}];
  if (host === HOSTS.official && pathname === "/gp/css/homepage.html") return ["pw-account.html", {}];
  if (host === HOSTS.unrelated && pathname === "/pw/form") return ["pw-form.html", {}];
  if (host === HOSTS.unrelated && pathname === "/pw/frame") return ["pw-frame.html", {}];
  if (host === HOSTS.lookalike && pathname === "/pw/otp") return ["pw-otp.html", {}];
  // An attack on the password alert: the hostile sign-in page with the attack's script first in <head>.
  const attack = pathname.match(/^\/pw\/hostile\/([a-z-]+)$/);
  if (host === HOSTS.unrelated && attack && fs.existsSync(path.join(attacks, `${attack[1]}.js`))) {
    return ["pw-hostile.html", {}, `<script src="/pw-hostile/${attack[1]}.js"></script>`];
  }
  const script = pathname.match(/^\/pw-hostile\/([a-z-]+)\.js$/);
  if (host === HOSTS.unrelated && script && fs.existsSync(path.join(attacks, `${script[1]}.js`))) return [pathname.slice(1), {}];
  return null;
}
