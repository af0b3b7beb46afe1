//! Copies of a retailer's sign-in with their comments stripped and no brand word left in the title
//! (issue 10, session 5): what still names the retailer — its legal owner's name in the copyright
//! line, the sign-in words of the copy's own language (`ID de Apple`, `Iniciar sesión`), and links
//! that go home to the retailer's domains (help, password reset, sign-up, return addresses) on a
//! page that names nobody else — through `Engine::check_page`; and pages that link to retailers
//! or name them in their own name, which must stay quiet. Every signal set is written for this test.

#[path = "common/page_signals.rs"]
mod page_signals;

use omamori::verdict::VerdictKind;
use page_signals::{engine, signals};
use serde_json::{json, Value};

/// (case, url, signals, retailer expected or None, evidence part expected in the detail)
type Case = (
    &'static str,
    &'static str,
    Value,
    Option<&'static str>,
    &'static str,
);

fn check(cases: Vec<Case>) {
    let e = engine();
    let mut failures = Vec::new();
    for (name, url, s, want, part) in cases {
        let v = e.check_page(url, signals(s));
        let flagged = v.verdict == VerdictKind::Lookalike;
        let got = if flagged { v.retailer.as_deref() } else { None };
        let detail = v
            .reasons
            .iter()
            .find(|r| r.kind.as_str() == "impersonated-signin")
            .map(|r| r.detail.clone())
            .unwrap_or_default();
        if got != want || (want.is_some() && !detail.contains(part)) {
            failures.push(format!(
                "{name}: got {got:?} ({detail}), want {want:?} with {part}"
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn copies_that_link_home_are_named() {
    check(vec![
        (
            "Yahoo! JAPAN copy: © LY Corporation, links to its account and help hosts",
            "https://ylogin-secure.example.top/",
            json!({
                "lang": "ja",
                "headings": ["ログイン"],
                "buttons": ["次へ"],
                "copyright": ["© LY Corporation"],
                "link_hosts": ["account.edit.yahoo.co.jp", "support.yahoo-net.jp"],
            }),
            Some("yahoo-japan"),
            "links:yahoo.co.jp",
        ),
        (
            "Apple copy: Apple's copyright, the reset link to its own host",
            "http://id-verify.example.cn/",
            json!({
                "headings": ["Sign in"],
                "buttons": ["Continue"],
                "copyright": ["Copyright © 2025 Apple Inc. All rights reserved."],
                "link_hosts": ["iforgot.apple.com"],
            }),
            Some("apple"),
            "links:apple.com",
        ),
        (
            "card company copy: its registered name in the copyright line",
            "https://vp-member.example.top/",
            json!({
                "lang": "ja",
                "headings": ["会員ログイン"],
                "buttons": ["ログイン"],
                "copyright": ["Copyright © Sumitomo Mitsui Card Co., Ltd."],
                "link_hosts": ["www.smbc-card.com"],
            }),
            Some("smbc-card"),
            "copyright",
        ),
        (
            "Spanish Apple copy: ID de Apple, Iniciar sesión",
            "https://appleid-es.example.top/",
            json!({
                "lang": "es",
                "headings": ["ID de Apple"],
                "buttons": ["Iniciar sesión"],
                "field_labels": ["Inicia sesión con tu ID de Apple", "Contraseña"],
            }),
            Some("apple"),
            "field",
        ),
        (
            "Portuguese Amazon copy: Fazer login, conta da Amazon",
            "https://amz-br.example.top/",
            json!({
                "lang": "pt",
                "headings": ["Fazer login"],
                "buttons": ["Continuar"],
                "text": "Ao continuar, você concorda com as Condições de Uso da conta da Amazon.",
                "copyright": ["© 1996-2025, Amazon.com, Inc. ou suas afiliadas"],
            }),
            Some("amazon"),
            "copyright",
        ),
        (
            "English Amazon copy with relative links: the retailer's terms at the form, return addresses home",
            "https://acct-check.example.top/",
            json!({
                "lang": "en",
                "headings": ["Sign in"],
                "buttons": ["Continue"],
                "text": "Sign in Email or mobile phone number Password Continue By continuing, you agree to Amazon's Conditions of Use and Privacy Notice. Forgot your password?",
                "link_hosts": ["www.amazon.com"],
            }),
            Some("amazon"),
            "links:",
        ),
    ]);
}

#[test]
fn pages_that_link_to_retailers_stay_quiet() {
    check(vec![
        (
            "a login that quotes Amazon's terms, with its own copyright",
            "https://seller-desk.example.com/",
            json!({
                "headings": ["Sign in"],
                "text": "Listings you sync must follow Amazon's Conditions of Use.",
                "copyright": ["© 2026 Seller Desk"],
                "link_hosts": ["www.amazon.com"],
            }),
            None,
            "",
        ),
        (
            "a login that quotes Amazon's terms and links to two retailers",
            "https://multi-sync.example.com/",
            json!({
                "headings": ["Sign in"],
                "text": "Listings you sync must follow Amazon's Conditions of Use.",
                "link_hosts": ["www.amazon.com", "www.ebay.com"],
            }),
            None,
            "",
        ),
        (
            "bare member login that links to the shop's Amazon store",
            "https://shop-login.example.jp/",
            json!({
                "lang": "ja",
                "headings": ["ログイン"],
                "buttons": ["ログイン"],
                "text": "当店の商品はAmazonでも購入できます。",
                "link_hosts": ["www.amazon.co.jp"],
            }),
            None,
            "",
        ),
        (
            "shop with mall-store links in its footer, its own name and copyright",
            "https://zakka.example.jp/mypage/login",
            json!({
                "title": "マイページ ログイン | こもれび雑貨店",
                "og_site_name": "こもれび雑貨店",
                "lang": "ja",
                "headings": ["会員ログイン"],
                "copyright": ["© こもれび雑貨店"],
                "text": "Amazon店 楽天市場店 Yahoo!ショッピング店",
                "link_hosts": ["www.amazon.co.jp", "www.rakuten.co.jp", "store.shopping.yahoo.co.jp"],
            }),
            None,
            "",
        ),
        (
            "affiliate blog with a members' login and many Amazon links",
            "https://trail-notes.example.com/stoves",
            json!({
                "title": "The 12 best camping stoves of the year — Trailhead Notes",
                "og_site_name": "Trailhead Notes",
                "headings": ["The 12 best camping stoves of the year", "Members"],
                "buttons": ["Log in"],
                "text": "Check price on Amazon. As an Amazon Associate we earn from qualifying purchases.",
                "copyright": ["© 2025 Trailhead Notes"],
                "img_hosts": ["m.media-amazon.com"],
                "link_hosts": ["www.amazon.com"],
            }),
            None,
            "",
        ),
        (
            "a blank page that links to Apple's reset page beside its own login (a how-to)",
            "https://help-desk.example.org/",
            json!({
                "headings": ["Log in"],
                "text": "Forgot your Apple password? Reset it at Apple, then log in here with your desk account.",
                "link_hosts": ["iforgot.apple.com"],
            }),
            None,
            "",
        ),
        (
            "Spanish review site with a reader login that names Amazon in an article",
            "https://resenas.example.es/",
            json!({
                "title": "Reseñas de auriculares: los mejores de Amazon - Resenas Hoy",
                "og_site_name": "Resenas Hoy",
                "lang": "es",
                "headings": ["Los mejores auriculares de Amazon", "Iniciar sesión"],
                "copyright": ["© Resenas Hoy"],
                "link_hosts": ["www.amazon.es"],
            }),
            None,
            "",
        ),
    ]);
}

/// Session 8: a copy whose links were made relative keeps the retailer's own sign-in paths
/// (`local_paths` against the catalog's `signin_paths`): they add to a brand the page names, never
/// name it alone, and count for nothing on a page that names itself.
#[test]
fn relative_paths_keep_the_retailers_sign_in_paths() {
    check(vec![
        (
            "Qoo10 copy: its password line and the relative paths of its sign-in",
            "https://q-login.example.top/",
            json!({
                "lang": "ja",
                "headings": ["ログイン"],
                "buttons": ["ログイン"],
                "text": "ログイン Qoo10のパスワードをお忘れですか?",
                "local_paths": ["/gmkt.inc/login/findpassword.aspx", "/gmkt.inc/login/login.aspx"],
            }),
            Some("qoo10"),
            "path:/gmkt.inc/Login/",
        ),
        (
            "Temu copy: a sign-up line and its everyday /login.html",
            "http://tm-deal.example.cn/",
            json!({
                "title": "Sign in",
                "headings": ["Sign in / Register"],
                "buttons": ["Continue"],
                "text": "Sign in / Register Continue New to Temu? Enter your email to create an account.",
                "local_paths": ["/login.html"],
            }),
            Some("temu"),
            "path:/login.html",
        ),
        (
            "a bare mention of Yodobashi and its sign-in path: no identity",
            "https://yc-points.example.top/",
            json!({
                "lang": "ja",
                "headings": ["ログイン"],
                "text": "ログイン ヨドバシのポイントを確認",
                "local_paths": ["/yc/login/index.html"],
            }),
            None,
            "",
        ),
        (
            "a shop that names itself, accepts 楽天ペイ and has a /rms/nid/ path",
            "https://komorebi.example.jp/",
            json!({
                "title": "ログイン | こもれび商店",
                "lang": "ja",
                "headings": ["会員ログイン"],
                "text": "会員ログイン 楽天会員の方は楽天ペイでお支払いいただけます",
                "copyright": ["© 2026 こもれび商店"],
                "local_paths": ["/rms/nid/login"],
            }),
            None,
            "",
        ),
    ]);
}
