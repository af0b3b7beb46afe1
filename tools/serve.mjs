#!/usr/bin/env node
// Tiny static HTTP server for `./build.sh run`: serves tools/demo/ at / and, when present,
// tests/e2e/fixtures/ at /fixtures/ (with a directory listing). Binds 127.0.0.1 only; the
// browser maps lookalike host names such as amaz0n-co-jp.test to it.
//
//   node tools/serve.mjs [PORT]      # PORT 0 (default) picks a free port; prints "LISTENING <port>"
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const mounts = [
  ["/fixtures/", path.join(root, "tests/e2e/fixtures")],
  ["/", path.join(root, "tools/demo")],
];
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".css": "text/css", ".json": "application/json", ".png": "image/png", ".svg": "image/svg+xml",
  ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8",
};
const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  const pathname = decodeURIComponent(url.pathname);
  const [prefix, dir] = mounts.find(([p]) => pathname.startsWith(p));
  let file = path.join(dir, pathname.slice(prefix.length));
  if (!file.startsWith(dir)) return void res.writeHead(403).end("forbidden");
  let st = fs.statSync(file, { throwIfNoEntry: false });
  if (st?.isDirectory()) {
    const index = path.join(file, "index.html");
    if (fs.existsSync(index)) {
      file = index;
      st = fs.statSync(file);
    } else {
      const items = fs.readdirSync(file).sort().map((n) => `<li><a href="${esc(encodeURIComponent(n))}">${esc(n)}</a></li>`);
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return void res.end(`<!doctype html><title>${esc(pathname)}</title><h1>${esc(pathname)}</h1><ul>${items.join("")}</ul>`);
    }
  }
  if (!st) return void res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
  fs.createReadStream(file).pipe(res);
});
server.listen(Number(process.argv[2] ?? 0), "127.0.0.1", () => {
  console.log(`LISTENING ${server.address().port}`);
});
