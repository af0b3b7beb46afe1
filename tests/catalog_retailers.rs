//! The retailers added for issue 10's "outside the catalog" gap (Alibaba.com, Allegro, Mercado Libre, Nike):
//! made-up look-alikes of each, the legitimate hosts that must not trigger (their own country, payment and
//! image domains; other companies' names one letter away; `allegro` as an ordinary word), and copies of their
//! sign-in pages on foreign domains named with the right retailer.

#[path = "common/tables.rs"]
mod tables;

use omamori::verdict::{PageKind, Severity, VerdictKind};

/// (url, retailer, first reason kind, severity).
const LOOKALIKES: &[tables::Row] = &[
    // The official sign-in host spelled out in front of a foreign domain.
    (
        "https://login.alibaba.com.verify-member.top/",
        "alibaba",
        "embedding",
        Severity::High,
    ),
    (
        "https://allegro.pl.logowanie-konto.top/",
        "allegro",
        "embedding",
        Severity::High,
    ),
    (
        "https://www.mercadolivre.com.br.seguranca-conta.top/",
        "mercadolibre",
        "embedding",
        Severity::High,
    ),
    (
        "https://accounts.nike.com.member-verify.top/",
        "nike",
        "embedding",
        Severity::High,
    ),
    // The brand word with account words beside it.
    (
        "https://alibaba-account-verify.com/",
        "alibaba",
        "combosquat",
        Severity::High,
    ),
    (
        "https://mercadolivre-login.com/",
        "mercadolibre",
        "combosquat",
        Severity::High,
    ),
    (
        "https://nike-login.top/",
        "nike",
        "combosquat",
        Severity::High,
    ),
    // Slips and look-alike letters.
    (
        "https://a1ibaba.com/",
        "alibaba",
        "homoglyph",
        Severity::High,
    ),
    (
        "https://a11egro.pl/",
        "allegro",
        "homoglyph",
        Severity::High,
    ),
    (
        "https://mercadoiivre.com.br/",
        "mercadolibre",
        "typosquat",
        Severity::High,
    ),
    ("https://nikee.com/", "nike", "typosquat", Severity::Medium),
];

/// Hosts that must not get a lookalike verdict.
const LEGITIMATE: &[(&str, VerdictKind)] = &[
    // Sign-in pages and country sites.
    ("https://login.alibaba.com/", VerdictKind::Official),
    (
        "https://i.alibaba.com/buyer/accounts/account_settings",
        VerdictKind::Official,
    ),
    ("https://allegro.pl/logowanie", VerdictKind::Official),
    (
        "https://www.mercadolibre.com/jms/mla/lgz/login",
        VerdictKind::Official,
    ),
    ("https://www.mercadolibre.com.mx/", VerdictKind::Official),
    ("https://www.mercadopago.com.ar/", VerdictKind::Official),
    ("https://accounts.nike.com/lookup", VerdictKind::Official),
    ("https://www.nike.com/jp/", VerdictKind::Official),
    // Image hosts and group sites.
    ("https://a.allegroimg.com/s180/x.jpg", VerdictKind::Official),
    ("https://http2.mlstatic.com/x.webp", VerdictKind::Official),
    ("https://c.static-nike.com/a/x.jpg", VerdictKind::Official),
    ("https://www.alibabagroup.com/", VerdictKind::Official),
    // Alibaba's other companies' names stay unrelated, never Alibaba.com's.
    ("https://www.aliyun.com/", VerdictKind::Unrelated),
    ("https://www.alibaba.ir/", VerdictKind::Unrelated),
    // Other companies one letter from `nike` on its own suffix, and names that start like it.
    ("https://www.nice.com/", VerdictKind::Unrelated),
    ("https://noke.com/", VerdictKind::Unrelated),
    ("https://www.nikon.com/", VerdictKind::Unrelated),
    ("https://www.nikkei.com/", VerdictKind::Unrelated),
    ("https://niketalk.com/", VerdictKind::Unrelated),
    // `allegro` as an ordinary word and other businesses' names.
    ("https://allegromicro.com/", VerdictKind::Unrelated),
    ("https://allegrohotels.com/", VerdictKind::Unrelated),
    ("https://allegroviva.com/", VerdictKind::Unrelated),
    // Words that start like the new brands.
    ("https://mercadona.es/", VerdictKind::Unrelated),
    ("https://mercado.com/", VerdictKind::Unrelated),
    ("https://alibi.com/", VerdictKind::Unrelated),
];

#[test]
fn added_retailer_lookalikes() {
    tables::assert_lookalikes(LOOKALIKES);
}

#[test]
fn added_retailer_legitimate_hosts_dont_trigger() {
    tables::assert_verdicts(LEGITIMATE);
}

#[test]
fn added_retailer_sign_in_pages_are_sign_in_pages() {
    let e = tables::engine();
    let mut failures = Vec::new();
    for (url, retailer, want) in [
        (
            "https://login.alibaba.com/newlogin/icbuLogin.htm",
            "alibaba",
            PageKind::Signin,
        ),
        ("https://www.alibaba.com/", "alibaba", PageKind::Other),
        (
            "https://allegro.pl/logowanie?origin_url=%2F",
            "allegro",
            PageKind::Signin,
        ),
        (
            "https://allegro.pl/kategoria/dom",
            "allegro",
            PageKind::Other,
        ),
        (
            "https://www.mercadolivre.com/jms/mlb/lgz/login?platform_id=ML",
            "mercadolibre",
            PageKind::Signin,
        ),
        (
            "https://accounts.nike.com/lookup?client_id=x",
            "nike",
            PageKind::Signin,
        ),
        ("https://www.nike.com/login", "nike", PageKind::Signin),
        (
            "https://www.nike.com/member/settings",
            "nike",
            PageKind::Account,
        ),
        ("https://www.nike.com/jp/w/shoes", "nike", PageKind::Other),
    ] {
        let v = e.check_url(url);
        if v.verdict != VerdictKind::Official
            || v.retailer.as_deref() != Some(retailer)
            || v.page_kind != Some(want)
        {
            failures.push(format!(
                "{url}: {:?} {:?} {:?}, want {retailer} {want:?}",
                v.verdict, v.retailer, v.page_kind
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// A credential form; `extra` adds page signals (written for this test).
fn page(extra: serde_json::Value) -> omamori::PageSignals {
    let mut base =
        serde_json::json!({ "fields": { "email": 1, "password": 1 }, "signin_form": true });
    if let (Some(b), Some(e)) = (base.as_object_mut(), extra.as_object()) {
        b.extend(e.clone());
    }
    serde_json::from_value(base).expect("signals")
}

#[test]
fn added_retailer_sign_in_copies_are_flagged() {
    let e = tables::engine();
    let mut failures = Vec::new();
    for (url, signals, retailer) in [
        (
            "https://member-check.qzx.top/newlogin/icbuLogin.htm",
            serde_json::json!({
                "title": "Alibaba.com - Sign in",
                "headings": ["Sign in"],
                "buttons": ["Sign in"],
                "text": "Account Password Forgot password? New to Alibaba.com? Create an account",
                "copyright": ["© 1999-2025 Alibaba.com. All rights reserved."],
            }),
            "alibaba",
        ),
        (
            "https://konto-weryfikacja.shop/logowanie",
            serde_json::json!({
                "title": "Zaloguj się - Allegro",
                "headings": ["Zaloguj się"],
                "buttons": ["Zaloguj się"],
                "text": "login lub e-mail hasło Nie pamiętasz hasła? Nie masz konta? Zarejestruj się",
                "copyright": ["© 2025 Allegro.pl sp. z o.o."],
            }),
            "allegro",
        ),
        (
            "https://ml-seguranca.xyz/jms/mlb/lgz/login",
            serde_json::json!({
                "title": "Mercado Livre",
                "headings": ["Digite seu e-mail ou telefone para iniciar sessão"],
                "buttons": ["Continuar"],
                "text": "E-mail ou telefone Criar conta",
                "copyright": ["Copyright © 1999-2025 Ebazar.com.br LTDA."],
            }),
            "mercadolibre",
        ),
        (
            "https://member-lookup.cfd/login",
            serde_json::json!({
                "title": "Nike. Just Do It. Nike JP",
                "headings": ["Enter your email to join us or sign in."],
                "buttons": ["Continue"],
                "text": "Email Password By continuing, I agree to Nike's Privacy Policy and Terms of Use.",
                "copyright": ["© 2025 Nike, Inc. All Rights Reserved"],
            }),
            "nike",
        ),
    ] {
        let v = e.check_page(url, page(signals));
        if v.verdict != VerdictKind::Lookalike || v.retailer.as_deref() != Some(retailer) {
            failures.push(format!(
                "{url}: {:?} {:?}, want {retailer}",
                v.verdict, v.retailer
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn pages_that_only_mention_the_added_retailers_are_not_flagged() {
    let e = tables::engine();
    let mut failures = Vec::new();
    for (url, signals) in [
        // A sneaker blog with its own member login, writing about Nike releases.
        (
            "https://kicksnews.example/login",
            serde_json::json!({
                "title": "KicksNews — this week's Nike and Adidas releases",
                "headings": ["KicksNews member login"],
                "buttons": ["Log in"],
                "copyright": ["© KicksNews"],
            }),
        ),
        // A music school named with the ordinary word.
        (
            "https://allegro-music-school.example/login",
            serde_json::json!({
                "title": "Allegro Music School | Student login",
                "headings": ["Student login"],
                "buttons": ["Log in"],
                "copyright": ["© Allegro Music School"],
            }),
        ),
        // A sourcing agent that buys on Alibaba.com for its customers.
        (
            "https://sourcing-partner.example/account/login",
            serde_json::json!({
                "title": "SourcingPartner — we buy from Alibaba.com and 1688 for you",
                "headings": ["Customer login"],
                "buttons": ["Sign in"],
                "copyright": ["© SourcingPartner Ltd."],
            }),
        ),
        // A price tracker for Mercado Libre listings.
        (
            "https://precios-ya.example/ingresar",
            serde_json::json!({
                "title": "PreciosYa — historial de precios de Mercado Libre",
                "headings": ["Ingresá a PreciosYa"],
                "buttons": ["Ingresar"],
                "copyright": ["© PreciosYa"],
            }),
        ),
    ] {
        let v = e.check_page(url, page(signals));
        if v.verdict == VerdictKind::Lookalike {
            failures.push(format!("{url}: {:?} {:?}", v.verdict, v.retailer));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
