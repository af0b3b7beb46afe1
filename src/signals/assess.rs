//! The sign-in-page assessment: does this page present itself as a retailer's sign-in while its
//! domain is not the retailer's? (finding `impersonated-signin`)
//!
//! Only pages with a credential or payment form are assessed (password, card, one-time code, or
//! the email-first step the content script recognised). Each retailer then gets a score from where
//! its brand appears. A page *says who it is* (identity) in its title, `og:site_name`, the owner
//! named first in its copyright line, its logo's alt text, or a title that is the brand alone; it
//! *binds* the brand to the sign-in when the same title, heading or form text carries sign-in words
//! or addresses the brand's account (`Apple ID`, `Amazonアカウント`, `Sign in to …`). Resources
//! pulled from the retailer's own domains and forms posting to them (a copied form) add to it. A
//! page that names someone else in `og:site_name` or as its copyright owner, or that names many
//! retailers (price comparison), loses points. Mentions inside third-party buttons
//! (`Sign in with Apple`, `Amazon Pay で支払う`, `Buy on Amazon`) are no evidence at all, and
//! neither are links: an affiliate link to amazon.co.jp says nothing about who the page is.
//!
//! Tiers (Password Alert's loose and tight page tiers in spirit): **tight** — score ≥ 8 with the
//! brand in the title-with-sign-in-words, a sign-in heading, `og:site_name` or the copyright owner
//! → [`Strength::Strong`] (high severity, form guard); **loose** — score ≥ 5 with any identity →
//! [`Strength::Moderate`]. Resources, links and body text alone never flag a page.
//!
//! Issue 10 additions: brand words inside the site's own name ("Amazon転売ラボ") and headlines about
//! retailers are no evidence (`identity.rs`); the retailer's legal owners in the copyright line count
//! for it; the brand's logo as a picture (`visual`) is identity like a logo's alt text; and when the
//! URL already names the retailer (`url_hint.rs`: any lookalike finding, or a short brand's typo or a
//! brand word on any TLD that the URL checks leave alone), a credential form plus a mention of the
//! brand on the page, with no identity of the page's own, makes it at least a loose finding, and a
//! tight score a strong one — the page and the URL together.
//!
//! The credential fields' own labels, placeholders and aria-labels that address the brand's account
//! (`Apple ID`, `Amazonのパスワード`) bind it as tightly as a sign-in title; and a saved or mirrored
//! copy whose leading comment names the retailer's own URL as its origin (`source_hosts`) is a
//! copied sign-in by itself (a loose finding).
//!
//! `hgfxc.example.cn` titled "Amazonサインイン" with "© 1996-2025, Amazon.com, Inc." and a password
//! field → amazon, strong; a blog titled "Amazonで買ってよかったもの" with product images from
//! media-amazon.com and a comment login → nothing (no identity: its own og:site_name and ©).

use crate::catalog::{Catalog, Owner};
use crate::domain::DomainInfo;
use crate::signals::evidence::{retailer_evidence, Evidence, Outside, Page, Tokens};
use crate::signals::identity::{is_headline, site_names, title_parts};
use crate::signals::normalize::respell_brands;
use crate::signals::words::{copyright_owner, fold, has_any, SIGNIN_WORDS};
use crate::signals::PageSignals;
use crate::verdict::{Finding, ReasonKind, Strength};

/// Score at or above which a page is a loose (moderate) impersonation.
pub const LOOSE: i32 = 5;
/// Score at or above which a page is a tight (strong) impersonation, given identity in a tight place.
pub const TIGHT: i32 = 8;

impl Page {
    fn new(s: &PageSignals, info: &DomainInfo, catalog: &Catalog, tokens: &[Tokens]) -> Self {
        // Brand positions get confusable words respelled (`amaz0n` → `amazon`); body text does not.
        let brandish = |x: &str| respell_brands(&fold(x), catalog);
        let headings: Vec<String> = s.headings.iter().map(|h| brandish(h)).collect();
        let buttons: Vec<String> = s.buttons.iter().map(|b| brandish(b)).collect();
        let field_labels = s.field_labels.iter().map(|f| brandish(f)).collect();
        let form_logos = s.form_logos.iter().map(|f| brandish(f)).collect();
        let title = brandish(&s.title);
        let signin_below_title = headings
            .iter()
            .chain(&buttons)
            .any(|x| has_any(x, SIGNIN_WORDS));
        let signin_context = signin_below_title || has_any(&title, SIGNIN_WORDS);
        let is_kana = |c: char| ('\u{3040}'..='\u{30FF}').contains(&c);
        let copyright: Vec<String> = s.copyright.iter().map(|c| brandish(c)).collect();
        let owners: Vec<String> = copyright
            .iter()
            .map(|c| copyright_owner(c).to_string())
            .collect();
        let og = brandish(&s.og_site_name);
        let named = |x: &str| tokens.iter().filter(|t| t.in_(x, true)).count();
        let title_headline = title_parts(&title)
            .iter()
            .any(|p| named(p) > 0 && is_headline(p, named(p)));
        let heading_headline = headings.iter().map(|h| is_headline(h, named(h))).collect();
        let owner_refs: Vec<&str> = owners.iter().map(String::as_str).collect();
        let site_names = site_names(&title, &og, &headings, &owner_refs, info);
        Page {
            alts: s.img_alts.iter().map(|a| brandish(a)).collect(),
            text: fold(&s.text),
            japanese: s.lang.to_ascii_lowercase().starts_with("ja")
                || s.title.chars().any(is_kana)
                || s.text.chars().take(500).any(is_kana),
            card_form: s.fields.card > 0,
            title,
            title_headline,
            og,
            headings,
            heading_headline,
            owners,
            buttons,
            field_labels,
            form_logos,
            signin_context,
            signin_below_title,
            site_names,
        }
    }
}

/// Findings from page signals on a non-official domain.
pub fn assess(info: &DomainInfo, signals: &PageSignals, catalog: &Catalog) -> Vec<Finding> {
    if !signals.has_credential_form() {
        return Vec::new();
    }
    let retailers = catalog.retailers();
    let tokens: Vec<Tokens> = retailers.iter().map(Tokens::of).collect();
    let page = Page::new(signals, info, catalog, &tokens);
    // What the URL says (a lookalike finding of any strength, a short brand's typo) and what the pictures say.
    let url_named = crate::signals::url_hint::named_retailers(info, catalog);
    let pictured = crate::visual::matching_retailers(&signals.image_hashes, catalog);
    let mut all: Vec<(usize, Evidence)> = retailers
        .iter()
        .enumerate()
        // `yahoo.com` is not Yahoo! JAPAN's and its own sign-in page is not an imitation (also kept
        // out of the competing-brands count below).
        .filter(|(i, _)| !catalog.is_unaffiliated(*i, info.registrable.as_deref()))
        .map(|(i, r)| {
            let outside = Outside {
                url_named: url_named.contains(&i),
                image_match: pictured.contains(&i),
            };
            let ev = retailer_evidence(i, r, &tokens[i], &page, signals, info, catalog, outside);
            (i, ev)
        })
        .collect();

    // Competing brands: a page naming many retailers (price comparison, a forum's thread list) is
    // about shopping, not any one retailer's sign-in. Everyday-word brands are not counted.
    let named: Vec<usize> = all
        .iter()
        .filter(|(i, ev)| ev.mentioned && !catalog.retailer(*i).common_word)
        .map(|(i, _)| *i)
        .collect();
    for (i, ev) in &mut all {
        let others = named.iter().filter(|j| *j != i).count() as i32;
        if others >= 2 {
            // Logos, plain titles and headings of three shops are a comparison, not an identity.
            ev.add(-3 * others, format!("competing:{others}"));
            ev.identity = ev.tight || ev.url_named;
        }
    }

    let Some((idx, ev)) = all
        .into_iter()
        // A URL that names the retailer needs only a form, a mention of the brand on the page and no
        // identity of the page's own (`easy.example` is one edit from `etsy` but never says Etsy).
        .filter(|(_, ev)| {
            ev.identity
                && (ev.score >= LOOSE
                    || (ev.url_named && ev.mentioned && !ev.own_identity && ev.score >= 3))
        })
        .max_by_key(|(_, ev)| ev.score)
    else {
        return Vec::new();
    };
    let r = catalog.retailer(idx);
    // The URL already imitating the retailer counts as a tight place: page and URL agree.
    let strength = if ev.score >= TIGHT && (ev.tight || ev.url_named) {
        Strength::Strong
    } else {
        Strength::Moderate
    };
    let lang = if page.japanese { "ja" } else { "en" };
    let site = catalog.default_site(idx, lang);
    let detail: Vec<&str> = ev
        .parts
        .iter()
        .filter(|p| {
            !p.contains(':')
                || ["cdn:", "action:", "source:"]
                    .iter()
                    .any(|k| p.starts_with(k))
        })
        .map(String::as_str)
        .collect();
    vec![Finding {
        kind: ReasonKind::ImpersonatedSignin,
        variant: None,
        owner: Owner::Retailer(idx),
        matched: site.domain.to_string(),
        brand: r.brand_tokens[0].to_string(),
        detail: detail.join("+"),
        strength,
    }]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signals::FieldCounts;

    fn signin(title: &str) -> PageSignals {
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

    fn run(url: &str, s: &PageSignals) -> Vec<Finding> {
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
        // (case, source hosts, title, text, buttons, expected default site of the retailer)
        let cases: &[(&str, &[&str], &str, &str, &[&str], Option<&str>)] = &[
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
        // (case, title, og:site_name, copyright, field labels, text, expected default site)
        let cases: &[(&str, &str, &str, &str, &[&str], &str, Option<&str>)] = &[
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
        // (case, heading, form logos, page logos, expected default site)
        let cases: &[(&str, &str, &[&str], &[&str], Option<&str>)] = &[
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
}
