// Turns a `tools/measure-pages.mjs CORPUS --dump=DIR` dump into picture tables for
// tools/visual/roc.mjs: one line per picture, `<expected retailer or -> <label>/<sample> <picture>`
// (the expected retailer is the sample's meta.json brand for phish/ and genuine/, none for benign/),
// split into measure-pages' two halves (its FNV-1a split, `result.half`; the second file is the
// held-back half).
//
//   node tools/visual/pages-table.mjs DUMP_DIR CORPUS_DIR OUT_PREFIX   → OUT_PREFIX-a.txt, OUT_PREFIX-b.txt
import fs from "node:fs";
import path from "node:path";

const [dump, corpus, out] = process.argv.slice(2);
if (!out) {
  console.error("usage: pages-table.mjs DUMP_DIR CORPUS_DIR OUT_PREFIX");
  process.exit(2);
}
const halves = [[], []];
const counts = [0, 0];
for (const label of ["phish", "genuine", "benign"]) {
  const dir = path.join(corpus, label);
  if (!fs.existsSync(dir)) continue;
  const samples = fs.readdirSync(dir).filter((n) => fs.existsSync(path.join(dir, n, "index.html"))).sort();
  samples.forEach((name, i) => {
    const file = path.join(dump, `${label}-${name}.json`);
    if (!fs.existsSync(file)) return;
    const meta = JSON.parse(fs.readFileSync(path.join(dir, name, "meta.json"), "utf8"));
    const expected = label === "benign" ? "-" : meta.brand;
    const got = JSON.parse(fs.readFileSync(file, "utf8"));
    const pictures = got.signals?.pictures ?? [];
    const h = got.result?.half === "held-back" ? 1 : got.result?.half ? 0 : i % 2;
    counts[h] += 1;
    // A sample without pictures still counts (a page the visual step cannot help with).
    if (!pictures.length) halves[h].push(`${expected} ${label}/${name} -`);
    for (const p of pictures) halves[h].push(`${expected} ${label}/${name} ${p}`);
  });
}
fs.writeFileSync(`${out}-a.txt`, halves[0].join("\n") + "\n");
fs.writeFileSync(`${out}-b.txt`, halves[1].join("\n") + "\n");
console.log(`${out}-a.txt: ${counts[0]} samples; ${out}-b.txt (held back): ${counts[1]} samples`);
