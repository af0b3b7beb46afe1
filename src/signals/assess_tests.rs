//! Table tests of the sign-in-page assessment (`assess.rs`).
use super::*;
use crate::signals::FieldCounts;

/// (case, source hosts, title, text, buttons, expected default site of the retailer)
type SourceCase<'a> = (
    &'a str,
    &'a [&'a str],
    &'a str,
    &'a str,
    &'a [&'a str],
    Option<&'a str>,
);
/// (case, title, og:site_name, copyright, field labels, text, expected default site)
type FieldCase<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    &'a [&'a str],
    &'a str,
    Option<&'a str>,
);
/// (case, heading, form logos, page logos, expected default site)
type LogoCase<'a> = (
    &'a str,
    &'a str,
    &'a [&'a str],
    &'a [&'a str],
    Option<&'a str>,
);

pub(super) fn signin(title: &str) -> PageSignals {
    PageSignals {
        title: title.into(),
        fields: FieldCounts {
            email: 1,
            password: 1,
            ..FieldCounts::default()
        },
        signin_form: true,
        ..PageSignals::default()
    }
}

pub(super) fn run(url: &str, s: &PageSignals) -> Vec<Finding> {
    let info = DomainInfo::parse(url).expect("url");
    assess(&info, &s.clone().bounded(), &Catalog::for_tests())
}

#[test]
fn no_form_no_finding() {
    let mut s = signin("Amazonサインイン");
    s.fields = FieldCounts::default();
    s.signin_form = false;
    s.copyright = vec!["© 1996-2025, Amazon.com, Inc.".into()];
    assert!(run("https://hgfxc.example.cn/", &s).is_empty());
}

#[test]
fn title_and_copyright_is_tight() {
    let mut s = signin("Amazonサインイン");
    s.copyright = vec!["© 1996-2025, Amazon.com, Inc.".into()];
    let f = run("https://hgfxc.example.cn/", &s);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].strength, Strength::Strong);
    assert_eq!(f[0].matched, "amazon.co.jp");
    assert_eq!(f[0].brand, "amazon");
    assert!(
        f[0].detail.contains("title+signin words"),
        "{}",
        f[0].detail
    );
}

#[test]
fn homoglyph_title_still_matches() {
    let mut s = signin("\u{0410}mazon Sign-In");
    s.img_alts = vec!["Amazon".into()];
    let f = run("https://example.top/", &s);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].matched, "amazon.com");
}

#[test]
fn links_alone_are_not_evidence() {
    let mut s = signin("Sign in");
    s.link_hosts = vec!["www.amazon.co.jp".into(); 5];
    assert!(run("https://blog.example/", &s).is_empty());
}

#[test]
fn cdn_and_text_alone_are_not_identity() {
    let mut s = signin("ログイン");
    s.img_hosts = vec!["m.media-amazon.com".into()];
    s.text = "Amazonで人気の商品".into();
    s.headings = vec!["Amazonの新着".into()];
    assert!(run("https://blog.example/", &s).is_empty());
}

#[test]
fn third_party_button_is_not_identity() {
    let mut s = signin("ログイン | MyShop");
    s.buttons = vec!["Sign in with Apple".into(), "Amazon Pay で支払う".into()];
    s.img_alts = vec!["Apple".into(), "Amazon Pay".into()];
    assert!(run("https://myshop.example/", &s).is_empty());
}

#[test]
fn unaffiliated_domain_is_not_an_imitation() {
    let mut s = signin("Yahoo ログイン");
    s.copyright = vec!["© Yahoo".into()];
    assert!(run("https://login.yahoo.com/", &s).is_empty());
    assert_eq!(run("https://login.yahoo-example.test/", &s).len(), 1);
}

#[test]
fn foreign_og_site_name_counts_against() {
    let mut s = signin("Amazon ログイン");
    s.og_site_name = "さくら日記".into();
    s.copyright = vec!["© 2025 さくら日記".into()];
    assert!(run("https://sakura.example/", &s).is_empty());
}

/// A saved copy of a retailer's page names where it came from (`source_hosts`): with a
/// credential form on a foreign host that is a copied sign-in, even with no brand in sight.
#[test]
fn saved_copy_names_its_origin() {
    let cases: &[SourceCase] = &[
        (
            "bare form",
            &["www.amazon.com"],
            "",
            "Email Password",
            &["Sign in"],
            Some("amazon.com"),
        ),
        (
            "no sign-in word",
            &["www.amazon.co.jp"],
            "",
            "Email Password",
            &[],
            Some("amazon.com"),
        ),
        (
            "apple store copy",
            &["secure2.store.apple.com"],
            "",
            "Sign in to Apple Store Apple ID Password",
            &["Continue"],
            Some("apple.com"),
        ),
        (
            "spanish apple copy",
            &["appleid.apple.com"],
            "",
            "Inicia sesión con tu ID de Apple",
            &["Inicia sesión"],
            Some("apple.com"),
        ),
        // Not the retailer's: another company's domain with the same word, an unrelated host.
        (
            "unaffiliated yahoo.com",
            &["login.yahoo.com"],
            "",
            "Username Password",
            &["Next"],
            None,
        ),
        (
            "unrelated origin",
            &["www.example.org"],
            "",
            "Email Password",
            &["Sign in"],
            None,
        ),
        ("no origin", &[], "", "Email Password", &["Sign in"], None),
    ];
    for (case, hosts, title, text, buttons, want) in cases {
        let mut s = signin(title);
        s.source_hosts = hosts.iter().map(|h| h.to_string()).collect();
        s.text = text.to_string();
        s.buttons = buttons.iter().map(|b| b.to_string()).collect();
        let f = run("https://kscqq-qsmf.example.top/", &s);
        let got = f.first().map(|f| f.matched.as_str());
        assert_eq!(got, *want, "{case}: {f:?}");
        if let Some(f) = f.first() {
            assert!(f.detail.contains("source:"), "{case}: {}", f.detail);
        }
    }
}

/// A page's own origin comment on its own host says nothing (a retailer's saved page at home).
#[test]
fn origin_on_its_own_host_is_not_a_copy() {
    let mut s = signin("");
    s.source_hosts = vec!["www.shop.example".into()];
    s.buttons = vec!["Sign in".into()];
    assert!(run("https://www.shop.example/login", &s).is_empty());
}

/// The credential fields' own labels, placeholders and aria-labels bind the brand to the form.
#[test]
fn field_labels_bind_the_brand() {
    let cases: &[FieldCase] = &[
        (
            "placeholders only",
            "ログイン",
            "",
            "",
            &["Amazonアカウントのメールアドレス", "Amazonのパスワード"],
            "",
            Some("amazon.co.jp"),
        ),
        (
            "apple store form",
            "",
            "",
            "",
            &["Sign in to Apple Store Apple ID", "Apple ID", "Password"],
            "Sign in to Apple Store Apple ID Password",
            Some("apple.com"),
        ),
        // A tool of its own asking for a partner's token; a store offering Apple's sign-in.
        (
            "seller tool",
            "Sign in | ListingPilot",
            "ListingPilot",
            "© 2025 ListingPilot Ltd.",
            &[
                "Email",
                "Password",
                "Amazon seller token (optional)",
                "Amazon MWS auth token",
            ],
            "Sign in to ListingPilot",
            None,
        ),
        (
            "sign in with apple",
            "ログイン | MyShop",
            "",
            "© MyShop",
            &["メールアドレス", "パスワード"],
            "Sign in with Apple",
            None,
        ),
        (
            "brand word alone",
            "Sign in",
            "",
            "",
            &["Amazon", "Password"],
            "",
            None,
        ),
    ];
    for (case, title, og, copyright, labels, text, want) in cases {
        let mut s = signin(title);
        s.og_site_name = og.to_string();
        if !copyright.is_empty() {
            s.copyright = vec![copyright.to_string()];
        }
        s.field_labels = labels.iter().map(|l| l.to_string()).collect();
        s.text = text.to_string();
        let f = run("https://hgfxc.example.cn/", &s);
        assert_eq!(
            f.first().map(|f| f.matched.as_str()),
            *want,
            "{case}: {f:?}"
        );
    }
}

/// The logo in the credential form's own box, with a sign-in heading, names the form's owner;
/// a payment logo elsewhere on the page (`img_alts` only) does not.
#[test]
fn logo_at_the_form() {
    let cases: &[LogoCase] = &[
        (
            "svg wordmark at the form",
            "ログイン",
            &["Amazon"],
            &["Amazon"],
            Some("amazon.co.jp"),
        ),
        (
            "payment strip in the footer",
            "Customer Login",
            &[],
            &["Amazon"],
            None,
        ),
        (
            "third-party button at the form",
            "Log in",
            &["Sign in with Amazon"],
            &["Sign in with Amazon"],
            None,
        ),
        (
            "no sign-in words",
            "Newsletter",
            &["Amazon"],
            &["Amazon"],
            None,
        ),
        (
            "everyday-word brand",
            "Sign in",
            &["Apple"],
            &["Apple"],
            None,
        ),
    ];
    for (case, heading, form_logos, alts, want) in cases {
        let mut s = signin("");
        s.lang = "ja".into();
        s.headings = vec![heading.to_string()];
        s.form_logos = form_logos.iter().map(|l| l.to_string()).collect();
        s.img_alts = alts.iter().map(|l| l.to_string()).collect();
        let f = run("https://hgfxc.example.cn/", &s);
        assert_eq!(
            f.first().map(|f| f.matched.as_str()),
            *want,
            "{case}: {f:?}"
        );
    }
}
