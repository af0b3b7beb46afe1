// Local fixture server for the end-to-end tests: HTTP and HTTPS (self-signed) on 127.0.0.1.
// The browsers map every host name to 127.0.0.1, so the tests never reach a real host; this server
// answers only the fixture host names below and refuses everything else (404, logged), so a
// browser's own background request to some real service also stays here, unanswered.
import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { passwordRoute } from "./password-routes.mjs";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");

export const HOSTS = {
  official: "www.amazon.co.jp",
  lookalike: "amaz0n-co-jp.test",
  embedding: "amazon.co.jp.secure-check.test",
  unrelated: "unrelated-shop.test",
  trust: "amazon.co.jp.account-verify.test",
  medium: "amazon-points.test", // a combosquat: a medium warning (ways-out.mjs)
};
const KNOWN = new Set(Object.values(HOSTS));

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml" };

/** [file, extra headers] for a request, or null. */
function route(host, pathname, search = "") {
  if (!KNOWN.has(host)) return null;
  const layout = search.match(/[?&]layout=(top|middle|bottom|full)(&|$)/); // reminder placement (ways-out.mjs)
  if (host === HOSTS.official && layout) return [`ways-out/layout-${layout[1]}.html`, {}];
  const pw = passwordRoute(host, pathname, search, HOSTS);
  if (pw) return pw;
  if (/^\/(hostile\/)?[a-z-]+\.(js|svg)$/.test(pathname) && fs.existsSync(path.join(dir, pathname))) return [pathname.slice(1), {}];
  if (host === HOSTS.official && pathname === "/a/settings/approval") return ["official-two-step.html", {}];
  if (host === HOSTS.official && /(^|&)case=no-account(&|$)/.test(search.slice(1))) return ["official-signin-no-account.html", {}];
  if (host === HOSTS.medium) {
    const attack = search.match(/[?&]attack=([a-z-]+)(&|$)/);
    const script = attack && fs.existsSync(path.join(dir, "hostile", `${attack[1]}.js`)) ? `<script src="/hostile/${attack[1]}.js"></script>` : "";
    return ["ways-out/medium.html", {}, script];
  }
  if (host === HOSTS.official && /(^|&)case=password-step(&|$)/.test(search.slice(1))) return ["official-signin-password.html", {}];
  if (host === HOSTS.official) return ["official-signin.html", {}];
  if (host === HOSTS.unrelated && pathname === "/own-clip") return ["own-clip.html", {}];
  if (pathname === "/code-boxes" && (host === HOSTS.lookalike || host === HOSTS.unrelated)) return ["code-boxes.html", {}]; // code-boxes.mjs
  if (host === HOSTS.unrelated) return ["unrelated-shop.html", {}];
  if (pathname === "/late-form") return ["late-form.html", {}];
  // An attack page (fixtures/hostile/NAME.js, see hostile.mjs): the lookalike sign-in page with the
  // attack's script first in <head>.
  const attack = pathname.match(/^\/hostile\/([a-z-]+)$/);
  if (attack && fs.existsSync(path.join(dir, "hostile", `${attack[1]}.js`))) {
    const headers = attack[1] === "csp-sandbox" ? { "content-security-policy": "sandbox allow-scripts allow-forms" } : {};
    return ["lookalike-signin.html", headers, `<script src="/hostile/${attack[1]}.js"></script>`];
  }
  if (pathname === "/strict-csp") {
    // A page whose CSP forbids inline styles and foreign scripts: the banner must still show.
    return ["lookalike-signin.html", { "content-security-policy": "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self'" }];
  }
  return ["lookalike-signin.html", {}];
}

export const unexpected = [];

function handler(req, res) {
  const host = (req.headers.host || "").replace(/:\d+$/, "").toLowerCase();
  const { pathname, search } = new URL(req.url, "http://x");
  const r = route(host, pathname, search);
  if (!r) {
    if (pathname !== "/favicon.ico") unexpected.push(`${host}${pathname}`);
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not a fixture");
    return;
  }
  const [file, headers, inject] = r;
  let body = fs.readFileSync(path.join(dir, file));
  if (inject) body = Buffer.from(body.toString("utf8").replace("<head>", `<head>${inject}`));
  res.writeHead(200, { "content-type": TYPES[path.extname(file)], "cache-control": "no-store", ...headers });
  res.end(body);
}

export async function startServers({ tlsKey, tlsCert }) {
  const httpServer = http.createServer(handler);
  const httpsServer = https.createServer({ key: fs.readFileSync(tlsKey), cert: fs.readFileSync(tlsCert) }, handler);
  await new Promise((r) => httpServer.listen(0, "127.0.0.1", r));
  await new Promise((r) => httpsServer.listen(0, "127.0.0.1", r));
  return {
    httpPort: httpServer.address().port,
    httpsPort: httpsServer.address().port,
    close: () => {
      httpServer.closeAllConnections?.();
      httpsServer.closeAllConnections?.();
      httpServer.close();
      httpsServer.close();
    },
  };
}

// `node tests/e2e/server.mjs`: serve the fixtures for a look by hand.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { selfSignedCert, tmpDir } = await import("./common.mjs");
  const s = await startServers(selfSignedCert(tmpDir("omamori-fixtures-")));
  console.log(`http://${HOSTS.lookalike}:${s.httpPort}/  https://${HOSTS.official}:${s.httpsPort}/ap/signin`);
}
