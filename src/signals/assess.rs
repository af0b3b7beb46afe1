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
//! `hgfxc.example.cn` titled "Amazonサインイン" with "© 1996-2025, Amazon.com, Inc." and a password
//! field → amazon, strong; a blog titled "Amazonで買ってよかったもの" with product images from
//! media-amazon.com and a comment login → nothing (no identity: its own og:site_name and ©).

use crate::catalog::{Catalog, DomainRole, Owner, RetailerData};
use crate::domain::{is_under, DomainInfo};
use crate::signals::words::{
    copyright_owner, find_word, fold, has_any, is_bound_phrase, is_third_party, PAYMENT_WORDS,
    SIGNIN_WORDS,
};
use crate::signals::PageSignals;
use crate::verdict::{Finding, ReasonKind, Strength};

/// Score at or above which a page is a loose (moderate) impersonation.
pub const LOOSE: i32 = 5;
/// Score at or above which a page is a tight (strong) impersonation, given identity in a tight place.
pub const TIGHT: i32 = 8;
/// A logo's alt text (or a title) that is the brand name plus at most this many characters
/// (`Amazon ロゴ`, `amazon.co.jp`) names the page; longer texts describe products or articles.
const NAME_EXTRA: usize = 12;

/// The page's strings, folded once for every retailer.
struct Page {
    title: String,
    og: String,
    headings: Vec<String>,
    copyright: Vec<String>,
    alts: Vec<String>,
    buttons: Vec<String>,
    text: String,
    /// Sign-in words in the title, a heading or a button.
    signin_context: bool,
    /// Sign-in words in a heading or a button.
    signin_below_title: bool,
    card_form: bool,
    japanese: bool,
}

impl Page {
    fn new(s: &PageSignals) -> Self {
        let headings: Vec<String> = s.headings.iter().map(|h| fold(h)).collect();
        let buttons: Vec<String> = s.buttons.iter().map(|b| fold(b)).collect();
        let title = fold(&s.title);
        let signin_below_title = headings
            .iter()
            .chain(&buttons)
            .any(|x| has_any(x, SIGNIN_WORDS));
        let signin_context = signin_below_title || has_any(&title, SIGNIN_WORDS);
        let is_kana = |c: char| ('\u{3040}'..='\u{30FF}').contains(&c);
        Page {
            og: fold(&s.og_site_name),
            copyright: s.copyright.iter().map(|c| fold(c)).collect(),
            alts: s.img_alts.iter().map(|a| fold(a)).collect(),
            text: fold(&s.text),
            japanese: s.lang.to_ascii_lowercase().starts_with("ja")
                || s.title.chars().any(is_kana)
                || s.text.chars().take(500).any(is_kana),
            card_form: s.fields.card > 0,
            title,
            headings,
            buttons,
            signin_context,
            signin_below_title,
        }
    }
}

/// A retailer's brand words, folded.
struct Tokens {
    list: Vec<String>,
}

impl Tokens {
    fn of(r: &RetailerData) -> Self {
        let list = r
            .brand_tokens
            .iter()
            .chain(r.brand_tokens_ja)
            .map(|t| fold(t))
            .collect();
        Tokens { list }
    }

    /// Where `hay` mentions the brand; with `own_only`, mentions in third-party buttons and
    /// references (`sign in with apple`) are left out.
    fn spans<'a>(
        &'a self,
        hay: &'a str,
        own_only: bool,
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.list.iter().flat_map(move |t| {
            find_word(hay, t)
                .into_iter()
                .filter(move |&(s, e)| !own_only || !is_third_party(hay, s, e))
        })
    }

    fn in_(&self, hay: &str, own_only: bool) -> bool {
        self.spans(hay, own_only).next().is_some()
    }

    /// A brand mention bound to a sign-in (`Apple ID`, `Sign in to Amazon`, `メルカリにログイン`).
    fn bound_in(&self, hay: &str) -> bool {
        self.spans(hay, true)
            .any(|(s, e)| is_bound_phrase(hay, s, e))
    }

    /// Whether `s` is the brand and little else (a logo's alt text, a title that is just the name):
    /// `Amazon ロゴ`, `amazon.co.jp`; not `Amazonで見る` (third-party) or a product description.
    /// In a title (`own_only` false) the brand's payment service (`AmazonPay`) is the brand too.
    fn is_name_alone(&self, s: &str, own_only: bool) -> bool {
        let n = s.trim().chars().count();
        self.list.iter().any(|t| {
            n <= t.chars().count() + NAME_EXTRA
                && find_word(s, t)
                    .into_iter()
                    .any(|(a, e)| !own_only || !is_third_party(s, a, e))
        })
    }

    /// Whether a copyright line's owner (its first name) is the brand.
    fn owns(&self, owner: &str) -> bool {
        self.list
            .iter()
            .any(|t| find_word(owner, t).first().is_some_and(|&(s, _)| s == 0))
    }
}

/// The evidence for one retailer.
#[derive(Debug, Default)]
struct Evidence {
    score: i32,
    /// The brand is presented as the page's identity (the gate for any finding).
    identity: bool,
    /// Identity in a tight place (title with sign-in words, sign-in heading, og:site_name, ©).
    tight: bool,
    /// Any own mention anywhere (for counting competing brands).
    mentioned: bool,
    parts: Vec<String>,
}

impl Evidence {
    fn add(&mut self, points: i32, part: impl Into<String>) {
        self.score += points;
        self.parts.push(part.into());
    }
}

fn retailer_evidence(
    idx: usize,
    r: &RetailerData,
    page: &Page,
    signals: &PageSignals,
    info: &DomainInfo,
    catalog: &Catalog,
) -> Evidence {
    let tokens = Tokens::of(r);
    // Everyday words (`apple`, `target`): only the tight places and the retailer's own domains count.
    let weak = r.common_word;
    let mut ev = Evidence::default();

    if tokens.in_(&page.title, false) {
        // A title that is just the brand names the page as much as a logo does.
        let alone = tokens.is_name_alone(&page.title, false);
        let bound = has_any(&page.title, SIGNIN_WORDS)
            || tokens.bound_in(&page.title)
            || (page.card_form && has_any(&page.title, PAYMENT_WORDS))
            || (alone && page.signin_below_title);
        if bound {
            ev.add(4, "title+signin words");
            ev.identity = true;
            ev.tight = true;
        } else if alone {
            ev.add(3, "title:brand");
            ev.identity = true;
        } else if !weak {
            ev.add(2, "title");
        }
        ev.mentioned = true;
    }
    if !page.og.is_empty() {
        if tokens.in_(&page.og, false) {
            ev.add(3, "og:site_name");
            ev.identity = true;
            ev.tight = true;
            ev.mentioned = true;
        } else {
            ev.add(-4, "og:other");
        }
    }
    let owners: Vec<&str> = page.copyright.iter().map(|c| copyright_owner(c)).collect();
    if owners.iter().any(|o| tokens.owns(o)) {
        ev.add(3, "copyright");
        ev.identity = true;
        ev.tight = true;
        ev.mentioned = true;
    } else if owners.iter().any(|o| o.chars().count() >= 2) {
        ev.add(-2, "copyright:other");
    }
    if !weak && page.alts.iter().any(|a| tokens.is_name_alone(a, true)) {
        ev.add(2, "logo");
        ev.identity = true;
        ev.mentioned = true;
    }
    let headings: Vec<&String> = page
        .headings
        .iter()
        .filter(|h| tokens.in_(h, true))
        .collect();
    if headings
        .iter()
        .any(|h| has_any(h, SIGNIN_WORDS) || tokens.bound_in(h))
    {
        ev.add(3, "heading+signin words");
        ev.identity = true;
        ev.tight = true;
        ev.mentioned = true;
    } else if !headings.is_empty() && !weak {
        ev.add(1, "heading");
        ev.mentioned = true;
    }
    if !weak && page.buttons.iter().any(|b| tokens.in_(b, true)) {
        ev.add(1, "button");
        ev.mentioned = true;
    }
    if !weak && tokens.in_(&page.text, true) {
        ev.add(1, "text");
        ev.mentioned = true;
    }
    // The text at the form addresses the brand's account (`Apple ID`, `Create your Amazon account`).
    if tokens.bound_in(&page.text) || page.buttons.iter().any(|b| tokens.bound_in(b)) {
        ev.add(2, "text+signin words");
        ev.identity = true;
        ev.mentioned = true;
    }

    // Resources from the retailer's own domains (its CDN on a foreign page: copied markup).
    let own = |host: &str| match catalog.lookup_host(&host.to_ascii_lowercase()) {
        Some((Owner::Retailer(i), DomainRole::Signin | DomainRole::Owned, d)) if i == idx => {
            Some(d.to_string())
        }
        _ => None,
    };
    let cdn = signals
        .img_hosts
        .iter()
        .chain(&signals.css_hosts)
        .chain(&signals.script_hosts)
        .chain(&signals.favicon_hosts)
        .find_map(|h| own(h));
    if let Some(d) = cdn {
        ev.add(3, format!("cdn:{d}"));
    }
    if let Some(d) = signals.form_action_hosts.iter().find_map(|h| own(h)) {
        // A form on a foreign page that posts to the retailer's own domain is the retailer's form, copied.
        ev.add(2, format!("action:{d}"));
        ev.identity = true;
    } else if signals
        .form_action_hosts
        .iter()
        .any(|h| !same_site(h, info))
    {
        ev.add(1, "action:foreign");
    }
    if page.signin_context {
        ev.add(1, "signin page");
    }
    ev
}

/// Whether a form's action host is the page's own site (same registrable domain or hostname).
fn same_site(host: &str, info: &DomainInfo) -> bool {
    let host = host.to_ascii_lowercase();
    host.is_empty()
        || host == info.hostname
        || info
            .registrable
            .as_deref()
            .is_some_and(|reg| is_under(&host, reg))
}

/// Findings from page signals on a non-official domain.
pub fn assess(info: &DomainInfo, signals: &PageSignals, catalog: &Catalog) -> Vec<Finding> {
    if !signals.has_credential_form() {
        return Vec::new();
    }
    let page = Page::new(signals);
    let mut all: Vec<(usize, Evidence)> = catalog
        .retailers()
        .iter()
        .enumerate()
        // `yahoo.com` is not Yahoo! JAPAN's and its own sign-in page is not an imitation (also kept
        // out of the competing-brands count below).
        .filter(|(i, _)| !catalog.is_unaffiliated(*i, info.registrable.as_deref()))
        .map(|(i, r)| (i, retailer_evidence(i, r, &page, signals, info, catalog)))
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
            ev.identity = ev.tight;
        }
    }

    let Some((idx, ev)) = all
        .into_iter()
        .filter(|(_, ev)| ev.identity && ev.score >= LOOSE)
        .max_by_key(|(_, ev)| ev.score)
    else {
        return Vec::new();
    };
    let r = catalog.retailer(idx);
    let strength = if ev.score >= TIGHT && ev.tight {
        Strength::Strong
    } else {
        Strength::Moderate
    };
    let lang = if page.japanese { "ja" } else { "en" };
    let site = catalog.default_site(idx, lang);
    let detail: Vec<&str> = ev
        .parts
        .iter()
        .filter(|p| !p.contains(':') || p.starts_with("cdn:") || p.starts_with("action:"))
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
}
