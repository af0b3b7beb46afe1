//! Issue 11 shapes, table-driven, through the public API: homoglyphs with diacritics and Chrome's
//! extra confusables, brand plus junk on throw-away domains, romaji and pinyin vocabulary, embedded
//! domains with typos, short and everyday-word brands, free hosting, the new Japanese brands — and
//! the "legitimate hosts don't trigger" group (retailers' own infrastructure, CDN customer zones).
//! The lead folds these rows into `tests/cases` once it is a data file.

#[path = "common/tables.rs"]
mod tables;

use omamori::verdict::{Severity, VerdictKind};
use tables::{engine, Row};

const LOOKALIKES: &[Row] = &[
    // Diacritics (Chrome's diacritic remover) and Chrome's extra confusables.
    ("https://amázȯn.com/", "amazon", "homoglyph", Severity::High),
    ("https://păypaɫ.com/", "paypal", "homoglyph", Severity::High),
    (
        "https://yoḑobasḧi.com/",
        "yodobashi",
        "homoglyph",
        Severity::High,
    ),
    (
        "https://merᴄaṛi.com/",
        "mercari",
        "homoglyph",
        Severity::High,
    ),
    (
        "https://ãrnazon.com/",
        "amazon",
        "homoglyph",
        Severity::High,
    ),
    ("https://þaypal.com/", "paypal", "homoglyph", Severity::High),
    (
        "https://raкuten.co.jp/",
        "rakuten",
        "homoglyph",
        Severity::High,
    ),
    // Brand plus junk or ordinary words on throw-away domains.
    (
        "https://sid-rakuten.xyz/",
        "rakuten",
        "combosquat",
        Severity::Medium,
    ),
    (
        "https://rakutenstore.xyz/",
        "rakuten",
        "combosquat",
        Severity::Medium,
    ),
    (
        "https://black-amazon.com/",
        "amazon",
        "combosquat",
        Severity::Low,
    ),
    (
        "https://mercaribl.com/",
        "mercari",
        "combosquat",
        Severity::Low,
    ),
    (
        "https://amazonsjhf.top/",
        "amazon",
        "combosquat",
        Severity::Medium,
    ),
    (
        "https://rakuten-safeo.pages.dev/",
        "rakuten",
        "combosquat",
        Severity::Medium,
    ),
    (
        "https://www2.amazons.co.jp.logins4fd.x8k2.cn/",
        "amazon",
        "embedding",
        Severity::High,
    ),
    (
        "https://amazano.co.ip.q7w.shop/",
        "amazon",
        "embedding",
        Severity::High,
    ),
    (
        "https://fantasticrakuten.nxswa.buzz/",
        "rakuten",
        "embedding",
        Severity::Medium,
    ),
    // Romaji and pinyin vocabulary.
    (
        "https://amazonrogin.co.jp/",
        "amazon",
        "combosquat",
        Severity::High,
    ),
    (
        "https://amazonkaiin.co.jp/",
        "amazon",
        "combosquat",
        Severity::High,
    ),
    (
        "https://rogin-yahoo.co.jp/",
        "yahoo-japan",
        "combosquat",
        Severity::High,
    ),
    (
        "https://rakuten-denglu.com/",
        "rakuten",
        "combosquat",
        Severity::High,
    ),
    // Short and everyday-word brands.
    ("https://apple.top/", "apple", "tld-swap", Severity::Low),
    ("https://ebay.xyz/", "ebay", "tld-swap", Severity::Medium),
    (
        "https://aapple.com/",
        "apple",
        "typosquat",
        Severity::Medium,
    ),
    ("https://3bay.com/", "ebay", "typosquat", Severity::Medium),
    (
        "https://zuzo.jp/",
        "zozotown",
        "typosquat",
        Severity::Medium,
    ),
    // dnstwist's shapes that need the new rules.
    (
        "https://anazor.co.jp/",
        "amazon",
        "homoglyph",
        Severity::Medium,
    ),
    (
        "https://amazeson.com/",
        "amazon",
        "typosquat",
        Severity::High,
    ),
    (
        "https://amazonco.jp/",
        "amazon",
        "typosquat",
        Severity::High,
    ),
    ("https://cbay.co.uk/", "ebay", "typosquat", Severity::Low),
    // The new Japanese brands.
    (
        "https://smbc-card-login.top/",
        "smbc",
        "combosquat",
        Severity::High,
    ),
    (
        "https://docomo-kakunin.com/",
        "docomo",
        "combosquat",
        Severity::High,
    ),
    (
        "https://softbank-anzen.xyz/",
        "softbank",
        "combosquat",
        Severity::High,
    ),
    (
        "https://eposcard-update.com/",
        "epos-card",
        "combosquat",
        Severity::High,
    ),
    (
        "https://saisoncard.co.jp.login-check.cn/",
        "saison-card",
        "embedding",
        Severity::High,
    ),
    (
        "https://kuronekoyamato-delivery.top/",
        "yamato",
        "combosquat",
        Severity::High,
    ),
    // dnstwist's homoglyph letters that NFD keeps (hooks, descenders), and an IDN reading as a
    // sign-in domain too short to be a brand (`au.com`).
    (
        "https://aɾnazon.co.jp/",
        "amazon",
        "homoglyph",
        Severity::High,
    ),
    ("https://ƈostco.com/", "costco", "homoglyph", Severity::High),
    ("https://ȧü.com/", "au", "homoglyph", Severity::High),
    // A hyphen standing for a letter (bitsquatting `m` → `-`).
    (
        "https://a-azon.co.jp/",
        "amazon",
        "typosquat",
        Severity::High,
    ),
    // A sign-in domain written as one label (dnstwist's `various`).
    (
        "https://rakutencojp.com/",
        "rakuten",
        "tld-swap",
        Severity::High,
    ),
    (
        "https://kuronekoyamato-co-jp.top/",
        "yamato",
        "tld-swap",
        Severity::High,
    ),
    (
        "https://mistore-jp.com/",
        "isetan-mitsukoshi",
        "tld-swap",
        Severity::Medium,
    ),
    ("https://fril-jp.com/", "rakuten", "tld-swap", Severity::Low),
    // The brand, junk, then the retailer's country code (`amazon…jp`); romaji `ichiba` (market).
    (
        "https://amazonqxzvwjp.com/",
        "amazon",
        "combosquat",
        Severity::High,
    ),
    (
        "https://rakutenichiba.example-q7.com/",
        "rakuten",
        "embedding",
        Severity::High,
    ),
    // A short distinctive brand over a throw-away registered name.
    (
        "https://cr.mufg.qzxwv.cn/",
        "mufg",
        "embedding",
        Severity::Medium,
    ),
    // A short distinctive brand's exact name, and a short sign-in label, on other suffixes.
    ("https://zozo.net/", "zozotown", "tld-swap", Severity::Low),
    ("https://fril.shop/", "rakuten", "tld-swap", Severity::Low),
];

/// Hosts that must not get a lookalike verdict, with the verdict they get.
const LEGITIMATE: &[(&str, VerdictKind)] = &[
    (
        "https://swallow-apple-com.v.aaplimg.com/",
        VerdictKind::Official,
    ),
    ("https://ebay.com.ebaycdn.net/", VerdictKind::Official),
    ("https://www.apple.com.edgekey.net/", VerdictKind::Unrelated),
    (
        "https://apps-mzstatic-cdn.itunes-apple.com.akadns.net/",
        VerdictKind::Unrelated,
    ),
    (
        "https://www.temu.com.cdn.cloudflare.net/",
        VerdictKind::Unrelated,
    ),
    (
        "https://aliexpress.com.gds.alibabadns.com/",
        VerdictKind::Unrelated,
    ),
    (
        "https://login.rakuten.co.jp.akadns.net/",
        VerdictKind::Unrelated,
    ),
    ("https://amazonas.gov.br/", VerdictKind::Unrelated),
    // Two-letter ASCII names one slip from `au` are other names.
    ("https://ai.com/", VerdictKind::Unrelated),
    ("https://eu.com/", VerdictKind::Unrelated),
    // A short brand over an ordinary name, and an everyday brand over a random one.
    ("https://smbc.example.com/", VerdictKind::Unrelated),
    ("https://shop.com/", VerdictKind::Unrelated),
    ("https://shop.qzxwv.cn/", VerdictKind::Unrelated),
    ("https://applebees.com/", VerdictKind::Unrelated),
    ("https://passline.com/", VerdictKind::Unrelated),
    ("https://pcloud.com/", VerdictKind::Unrelated),
    ("https://yamato-hd.co.jp/", VerdictKind::Unrelated),
    (
        "https://www.smbc-card.com/mem/index.jsp",
        VerdictKind::Official,
    ),
    ("https://my.jcb.co.jp/Login", VerdictKind::Official),
    (
        "https://id.my.softbank.jp/sbid_auth/type1/2.0/login.php",
        VerdictKind::Official,
    ),
];

#[test]
fn wave2_lookalikes() {
    tables::assert_lookalikes(LOOKALIKES);
}

#[test]
fn wave2_legitimate_hosts_dont_trigger() {
    tables::assert_verdicts(LEGITIMATE);
}

#[test]
fn cdn_customer_zones_are_reported_as_hosting() {
    let v = engine().check_url("https://www.apple.com.edgekey.net/");
    assert_eq!(v.verdict, VerdictKind::Unrelated);
    let r = v.reasons.first().expect("a hosting reason");
    assert_eq!(r.kind.as_str(), "hosted-third-party");
    assert_eq!(r.matched, "edgekey.net");
    // Credential words on a CDN zone name are still phishing evidence.
    let v = engine().check_url("https://apple-id-login-verify.example.edgekey.net/");
    assert_eq!(v.verdict, VerdictKind::Lookalike);
}
