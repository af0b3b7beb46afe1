"""Generates tests/corpus/shapes.tsv: our own attacker shapes for every catalog brand token, the ones
dnstwist does not make (issue 11):

- homoglyph-diacritic: letters swapped for accented, small-capital, Cyrillic or Chrome-supplement
  look-alikes (`amázȯn.com`, `păypaɫ.com`, `merᴄaṛi.com`, `þaypal.com`);
- brand-junk: the brand with random letters glued or hyphenated, on abused TLDs (`amazonsjhf.top`,
  `sid-rakuten.xyz`);
- romaji / pinyin: the brand with Japanese (romaji) or Chinese (pinyin) phishing words
  (`amazonrogin.co.jp`, `rogin-yahoo.co.jp`, `rakuten-denglu.com`);
- embedded-typo: an official domain with a typo, followed by junk labels
  (`www2.amazons.co.jp.logins4fd.x8k2.cn`, `amazano.co.ip.q7w.shop`);
- free-hosting: the brand on free hosting suffixes (`rakuten-safeo.pages.dev`);
- short-brand: short and everyday-word brands on abused TLDs and their slips on their own suffix
  (`apple.top`, `ebay.xyz`, `aapple.com`, `3bay.com`, `zuzo.jp`);
- brand-number (wave 3): a distinctive brand with a number glued after it, on any TLD
  (`rakuten4821.com`, `amazon77.net`);
- subdomain-junk (wave 3): a distinctive brand glued to random letters in a subdomain label over a
  made-up pronounceable registered name (`amazonqxv.tolimera.com`);
- typo-glued (wave 3): a one-letter slip of a brand of six letters or more glued to phishing,
  marketplace or country words (`rakutanonline.com`, `amazzonrogin.top`);
- brand-id (wave 3): every brand token (everyday words included) glued to `id`, the account's name,
  beside an ordinary word (`appleid-protects.com`, `guard-rakutenid.top`);
- short-subdomain (wave 3): a short distinctive brand (four letters or fewer, not an everyday word) as a
  whole subdomain label over a made-up pronounceable name on an abused TLD (`jcb.kelomira.top`);
- dynamic-dns (wave 3): the brand beside a misspelled credential word on a free dynamic-DNS zone
  from the PSL's private section (`rakuten-sigin.ddns.net`).

The wave-3 shapes draw from their own seeded generator, so the earlier shapes' lines are unchanged.

    python3 tools/corpus/gen_shapes.py

Deterministic (seeded). Each line: `half<TAB>shape<TAB>host<TAB>brand`.
"""

import random
import sys

import idna

from catalog import is_official, official_domains, retailers
from split import half

ABUSED = ["top", "xyz", "shop", "icu", "cyou", "buzz", "sbs", "cfd", "online", "site"]
ROMAJI = ["rogin", "kaiin", "ninsho", "kakunin", "anzen", "shiharai", "koushin", "teishi", "toroku", "henkou"]
PINYIN = ["denglu", "zhanghu", "anquan", "yanzheng", "zhifu", "huiyuan", "gengxin", "queren"]
FREE = ["pages.dev", "workers.dev", "web.app", "github.io", "firebaseapp.com", "netlify.app", "vercel.app"]
CONSONANTS = "bcdfghjklmnpqrstvwxz"
LOOKALIKES = {
    "a": "áàâäãåāăąȧạа", "b": "ḃḅʙьþ", "c": "çćčċᴄс", "d": "ďḍḋḑđԁ", "e": "éèêëēėęẹе",
    "g": "ğġģǵɢԍ", "h": "ĥȟḧḥһн", "i": "íìîïīįịɪі", "j": "ĵј", "k": "ķḳᴋк", "l": "ĺļľłɫӏ",
    "m": "ṁṃᴍм", "n": "ñńňņṅɴп", "o": "óòôöõōőȯøọоᴏ", "p": "ṗṕрþ", "r": "ŕřŗṛʀ", "s": "śšşṣꜱѕ",
    "t": "ťţṭтŧ", "u": "úùûüūůűųᴜ", "v": "ṽᴠѵ", "w": "ẃẅŵẇᴡԝ", "x": "ẋхχ", "y": "ýÿŷуʏ",
    "z": "źžżẓᴢ",
}
SHORT_LEN = 4


def junk(rng, n):
    return "".join(rng.choice(CONSONANTS + "0123456789") for _ in range(n))


def suffix_of(domain):
    return domain.split(".", 1)[1]


def homoglyph(rng, token, n):
    out = set()
    letters = [i for i, c in enumerate(token) if c in LOOKALIKES]
    for _ in range(n * 4):
        if len(out) >= n or not letters:
            break
        chars = list(token)
        for i in rng.sample(letters, min(len(letters), rng.choice([1, 1, 2]))):
            chars[i] = rng.choice(LOOKALIKES[chars[i]])
        label = "".join(chars)
        try:
            idna.encode(label, uts46=True)
        except idna.IDNAError:
            continue
        if label != token:
            out.add(label)
    return sorted(out)


def typo(rng, token):
    i = rng.randrange(1, len(token))
    kind = rng.choice(["insert", "double", "vowel"])
    if kind == "insert":
        return token[:i] + rng.choice("aeiou") + token[i:]
    if kind == "double":
        return token[:i] + token[i - 1] + token[i:]
    vowels = [j for j, c in enumerate(token) if c in "aeiou"]
    if not vowels:
        return token + "s"
    j = rng.choice(vowels)
    return token[:j] + rng.choice([v for v in "aeiou" if v != token[j]]) + token[j + 1:]


SYLLABLES = ["ka", "to", "mi", "re", "lo", "na", "vi", "se", "du", "ra", "po", "te", "li", "mo", "ne"]
# Free dynamic-DNS zones (PSL private section, No-IP and Duck DNS entries).
DDNS = ["ddns.net", "hopto.org", "zapto.org", "no-ip.org", "duckdns.org", "servehttp.com", "3utilities.com"]
MISSPELT = ["sigin", "acount", "verifiy", "scure", "logn", "suport", "updte"]
LETTERS = "bcdfghjklmnpqrstvwxz"
ORDINARY = ["protects", "detect", "team", "guard", "desk", "place", "zone", "hub", "point", "base"]
GLUED_WORDS = ["online", "jp", "japan", "login", "store", "shop", "support", "member", "secure", "card"]


def wave3(add):
    rng = random.Random(31)
    for r in retailers():
        weak = r.get("common_word", False)
        for token in r["brand_tokens"]:
            if len(token) <= SHORT_LEN or weak or token in r.get("weak_tokens", []):
                continue
            for _ in range(2):
                tld = rng.choice(["com", "net", "jp"] + ABUSED)
                add("brand-number", f"{token}{rng.randint(10, 9999)}.{tld}", token)
            for _ in range(2):
                name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4)))
                glued = "".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 5)))
                tld = rng.choice(["com", "net", "org", "cn"] + ABUSED)
                add("subdomain-junk", f"{token}{glued}.{name}.{tld}", token)
            zone = rng.choice(DDNS)
            add("dynamic-dns", f"{token}-{rng.choice(MISSPELT)}.{zone}", token)
    rng = random.Random(37)
    for r in retailers():
        weak = r.get("common_word", False)
        for token in r["brand_tokens"]:
            if len(token) < 6 or weak or token in r.get("weak_tokens", []):
                continue
            for _ in range(2):
                word = rng.choice(GLUED_WORDS + ROMAJI)
                add("typo-glued", f"{typo(rng, token)}{word}.{rng.choice(['com', 'net'] + ABUSED)}", token)
    rng = random.Random(43)
    for r in retailers():
        if r.get("common_word", False):
            continue
        for token in r["brand_tokens"]:
            if len(token) > SHORT_LEN or token in r.get("weak_tokens", []):
                continue
            for _ in range(3):
                name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4)))
                add("short-subdomain", f"{token}.{name}.{rng.choice(ABUSED)}", token)
    rng = random.Random(41)
    for r in retailers():
        for token in r["brand_tokens"]:
            word = rng.choice(ORDINARY)
            add("brand-id", f"{token}id-{word}.{rng.choice(['com', 'net', 'jp'] + ABUSED)}", token)
            word = rng.choice(ORDINARY)
            add("brand-id", f"{word}-{token}id.{rng.choice(['com', 'net'] + ABUSED)}", token)


def main():
    rng = random.Random(11)
    official = official_domains()
    rows = set()

    def add(shape, host, brand):
        try:
            ascii_host = idna.encode(host, uts46=True).decode()
        except idna.IDNAError:
            return
        if not is_official(ascii_host, official):
            rows.add((half(host), shape, host, brand))

    for r in retailers():
        main_domain = r["site"][0]["domain"]
        sfx = suffix_of(main_domain)
        weak = r.get("common_word", False)
        for token in r["brand_tokens"]:
            short = len(token) <= SHORT_LEN or weak or token in r.get("weak_tokens", [])
            if not short:
                for label in homoglyph(rng, token, 6):
                    add("homoglyph-diacritic", f"{label}.{rng.choice([sfx, 'com'])}", token)
                for _ in range(3):
                    tld = rng.choice(ABUSED)
                    add("brand-junk", f"{token}{junk(rng, rng.randint(3, 6))}.{tld}", token)
                    add("brand-junk", f"{junk(rng, 3)}-{token}.{tld}", token)
                    add("brand-junk", f"{token}-{junk(rng, 5)}.{tld}", token)
                for w in rng.sample(ROMAJI, 3):
                    add("romaji", f"{token}{w}.{rng.choice([sfx, 'com'])}", token)
                    add("romaji", f"{w}-{token}.{rng.choice([sfx, 'com', 'top'])}", token)
                for w in rng.sample(PINYIN, 2):
                    add("pinyin", f"{token}-{w}.{rng.choice(['com', 'top', 'cn'])}", token)
                    add("pinyin", f"{w}{token}.{rng.choice(ABUSED)}", token)
                for _ in range(2):
                    t = typo(rng, token)
                    add("embedded-typo", f"www2.{t}.{sfx}.logins{junk(rng, 3)}.{junk(rng, 4)}.cn", token)
                    bad_sfx = sfx.replace("jp", "ip").replace("com", "corn")
                    add("embedded-typo", f"{t}.{bad_sfx}.{junk(rng, 5)}.{rng.choice(ABUSED)}", token)
                for host in rng.sample(FREE, 3):
                    add("free-hosting", f"{token}-{junk(rng, 4)}.{host}", token)
            else:
                for tld in rng.sample(ABUSED, 3):
                    add("short-brand", f"{token}.{tld}", token)
                i = rng.randrange(0, len(token))
                add("short-brand", f"{token[:i + 1]}{token[i:]}.{sfx}", token)
                leet = {"e": "3", "a": "4", "s": "5", "t": "7"}
                for j, c in enumerate(token):
                    if c in leet:
                        add("short-brand", f"{token[:j]}{leet[c]}{token[j + 1:]}.{sfx}", token)
                        break
                vowels = [j for j, c in enumerate(token) if c in "aeiou"]
                if vowels:
                    j = rng.choice(vowels)
                    v = rng.choice([x for x in "aeiou" if x != token[j]])
                    add("short-brand", f"{token[:j]}{v}{token[j + 1:]}.{sfx}", token)
                add("short-brand", f"{token}-{rng.choice(['login', 'verify', 'rogin', 'kakunin'])}.{rng.choice(ABUSED)}", token)
    wave3(add)
    with open(sys.argv[1] if len(sys.argv) > 1 else "tests/corpus/shapes.tsv", "w", encoding="utf-8") as f:
        f.write("# Generated by tools/corpus/gen_shapes.py; do not edit.\n")
        for row in sorted(rows):
            f.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
