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
//! copy whose leading comment names the retailer's own URL as its origin (`source_hosts`), or whose
//! canonical address, `og:url` or `<base href>` is on the retailer's own domain (`page_hosts`), is a
//! copied sign-in by itself (a loose finding); resources from the retailer's domains weigh little
//! on a page that names itself (`copied.rs`). `<meta name=application-name>` stands in for a
//! missing `og:site_name`. Retailers that share a brand word (Yahoo and Yahoo! JAPAN) count as one
//! brand named, and a tie between them goes to the one with a site in the page's language.
//!
//! A page that names nobody at all (no brand word, no name of its own, a title of sign-in words or
//! none) whose own paths follow one retailer's distinctive sign-in paths (`copied::path_only`), or
//! that carries one retailer's form markup and no other's (`markup::only`: its form's control names;
//! not its pictures' file names, which alone flagged an unrelated page), is a copy stripped of every
//! brand word: a loose finding. The credential
//! form's own control names (`form-id:`) are a copied sign-in on any page with no name of its own.
//!
//! `hgfxc.example.cn` titled "Amazonサインイン" with "© 1996-2025, Amazon.com, Inc." and a password
//! field → amazon, strong; a blog titled "Amazonで買ってよかったもの" with product images from
//! media-amazon.com and a comment login → nothing (no identity: its own og:site_name and ©).

use crate::catalog::{Catalog, DomainRole, Owner};
use crate::domain::DomainInfo;
use crate::signals::evidence::{retailer_evidence, Evidence, Outside, Page, Tokens};
use crate::signals::identity::{is_headline, site_names, title_parts};
use crate::signals::normalize::{respell_brands, wordmark_joined};
use crate::signals::words::{copyright_owner, fold, has_any, PAYMENT_WORDS, SIGNIN_WORDS};
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
        // A wordmark in two or three drawn pieces (`Pay Pal`) is also the word it shows.
        let form_logos = s
            .form_logos
            .iter()
            .map(|f| brandish(f))
            .flat_map(|f| {
                let joined = wordmark_joined(&f);
                std::iter::once(f).chain(joined)
            })
            .collect();
        let title = brandish(&s.title);
        // A card form under a heading that asks for payment details is a payment step: the card
        // form's sign-in.
        let signin_below_title = headings
            .iter()
            .chain(&buttons)
            .any(|x| has_any(x, SIGNIN_WORDS))
            || (s.fields.card > 0 && headings.iter().any(|h| has_any(h, PAYMENT_WORDS)));
        let signin_context = signin_below_title || has_any(&title, SIGNIN_WORDS);
        let is_kana = |c: char| ('\u{3040}'..='\u{30FF}').contains(&c);
        let copyright: Vec<String> = s.copyright.iter().map(|c| brandish(c)).collect();
        let owners: Vec<String> = copyright
            .iter()
            .map(|c| copyright_owner(c).to_string())
            .collect();
        // The application name is the site's name where it gives no `og:site_name`.
        let og = if s.og_site_name.trim().is_empty() {
            brandish(&s.app_name)
        } else {
            brandish(&s.og_site_name)
        };
        // Brands named, counted by main brand word: Yahoo and Yahoo! JAPAN share `yahoo`, one word.
        let named = |x: &str| {
            let mut mains: Vec<&str> = tokens
                .iter()
                .filter(|t| t.in_(x, true))
                .map(Tokens::main)
                .collect();
            crate::small_sort::sort(&mut mains);
            mains.dedup();
            mains.len()
        };
        let title_headline = title_parts(&title)
            .iter()
            .any(|p| named(p) > 0 && is_headline(p, named(p)));
        let heading_headline = headings.iter().map(|h| is_headline(h, named(h))).collect();
        let owner_refs: Vec<&str> = owners.iter().map(String::as_str).collect();
        let site_names = site_names(&title, &og, &headings, &owner_refs, info);
        let title_site = title_parts(&title)
            .into_iter()
            .find(|p| site_names.iter().any(|n| n == p))
            .map(str::to_string);
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
            title_site,
        }
    }
}

/// Whether the page's only names are the brand's: each of its site names (`identity::site_names`)
/// holds the brand or is one of its owners (`© LY Corporation`), and each part of its title holds the brand or sign-in words (`ログイン`,
/// `Amazon サインイン`; not `Sign in | Receiptly`).
fn names_only(page: &Page, tokens: &Tokens) -> bool {
    page.site_names
        .iter()
        .all(|n| tokens.in_(n, false) || tokens.owns(n))
        && title_parts(&page.title)
            .iter()
            .all(|p| p.trim().is_empty() || tokens.in_(p, false) || has_any(p, SIGNIN_WORDS))
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
    let pictured =
        crate::visual::matching_retailers(&signals.image_hashes, &signals.pictures, catalog);
    let mut all: Vec<(usize, Evidence)> = retailers
        .iter()
        .enumerate()
        // `yahoo.com` is not Yahoo! JAPAN's and its own sign-in page is not an imitation (also kept
        // out of the competing-brands count below).
        .filter(|(i, _)| !catalog.is_unaffiliated(*i, info.registrable()))
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
        // Retailers that share the main brand word (`yahoo`) are one brand named, not competitors.
        let main = tokens[*i].main();
        let others = named
            .iter()
            .filter(|j| **j != *i && tokens[**j].main() != main)
            .count() as i32;
        if others >= 2 {
            // Logos, plain titles and headings of three shops are a comparison, not an identity.
            ev.add(-3 * others, format!("competing:{others}"));
            ev.identity = ev.tight || ev.url_named;
        }
    }

    // A page that names nobody but the retailer — no name of its own in its title, `og:site_name` or
    // copyright line, no other retailer — is the retailer's page or a copy of it: a shop, a blog or
    // a service that signs its users in names itself. One point, where the brand is named tightly
    // (its © line, a sign-in heading, a field, the logo at the form) or by its terms or account line
    // under the form: it tips such a copy over the loose bound; a bare mention ("Forgot your Apple
    // password?" on a how-to's login) gets nothing.
    for (i, ev) in &mut all {
        let main = tokens[*i].main();
        // Nobody else named in the text, and no link to another retailer's own domains.
        let other = |j: usize| j != *i && tokens[j].main() != main;
        let alone = !named.iter().any(|j| other(*j))
            && !signals.link_hosts.iter().any(|h| {
                matches!(catalog.lookup_host(&h.to_ascii_lowercase()),
                    Some((Owner::Retailer(j), DomainRole::Signin | DomainRole::Owned, _)) if other(j))
            });
        let named_tightly = ev.tight || ev.terms || ev.account_text;
        if named_tightly && !ev.own_identity && alone && names_only(&page, &tokens[*i]) {
            ev.add(1, "nameless");
        }
    }
    // A page that names nobody at all — no retailer's word, no name of its own, no retailer's host
    // in its form, source or address, a title of sign-in words or none — whose own paths follow one
    // retailer's sign-in paths (`/ap/register` beside a form of "ログイン" and "Eメールまたは携帯電話
    // 番号"): a copy stripped of every brand word. What the URL hints (`jcbq.example` one letter from
    // JCB) is not the page naming anyone. A loose finding at most (no tight place names the brand).
    let nobody = page.site_names.is_empty()
        && title_parts(&page.title)
            .iter()
            .all(|p| has_any(p, SIGNIN_WORDS))
        && all
            .iter()
            .all(|(_, ev)| !ev.mentioned && !ev.own_identity && (!ev.identity || ev.url_named));
    // The same page with one retailer's form markup and no other's (`markup.rs`: its form's own
    // control names, `loginfmt`) is that retailer's copy too.
    if nobody {
        let path = crate::signals::copied::path_only(signals, catalog).map(|(i, p)| (i, "path", p));
        let markup = || {
            crate::signals::markup::only(&signals.form_ids, catalog).map(|(i, m)| (i, "markup", m))
        };
        if let Some((i, kind, p)) = path.or_else(markup) {
            if let Some((_, ev)) = all.iter_mut().find(|(j, _)| *j == i) {
                ev.add(LOOSE, format!("{kind}:{p}"));
                ev.identity = true;
            }
        }
    }
    let lang = if page.japanese { "ja" } else { "en" };
    // On a tie (retailers sharing a brand word: Yahoo and Yahoo! JAPAN), the one with a site in the
    // page's language.
    let speaks = |i: usize| catalog.retailer(i).sites.iter().any(|s| s.lang == lang);
    let Some((idx, ev)) = all
        .into_iter()
        // A URL that names the retailer needs only a form, a mention of the brand on the page and no
        // identity of the page's own (`easy.example` is one edit from `etsy` but never says Etsy).
        .filter(|(_, ev)| {
            ev.identity
                && (ev.score >= LOOSE
                    || (ev.url_named && ev.mentioned && !ev.own_identity && ev.score >= 3))
        })
        .max_by_key(|(i, ev)| (ev.score, speaks(*i)))
    else {
        return Vec::new();
    };
    // Two retailers of one owner: a sign-in with the shared account (au ID, `© KDDI`) that names the
    // other's own service in its title, a heading or its text (`au PAY マーケットでお買い物するには`) is
    // that service's sign-in; `au PAYをご利用いただくには` names no market and stays au's. (The text
    // holds the headings.)
    let idx = (0..retailers.len())
        .find(|&j| {
            j != idx
                && tokens[idx].shares_owner(&tokens[j])
                && tokens[j].main() != tokens[idx].main()
                && [&page.title, &page.text]
                    .iter()
                    .any(|x| tokens[j].named_beside(x, &tokens[idx]))
        })
        .unwrap_or(idx);
    let r = catalog.retailer(idx);
    // The URL already imitating the retailer counts as a tight place: page and URL agree.
    let strength = if ev.score >= TIGHT && (ev.tight || ev.url_named) {
        Strength::Strong
    } else {
        Strength::Moderate
    };
    let site = catalog.default_site(idx, lang);
    let detail: Vec<&str> = ev
        .parts
        .iter()
        .filter(|p| {
            !p.contains(':')
                || [
                    "cdn:", "action:", "form:", "source:", "page:", "links:", "path:", "form-id:",
                    "markup:",
                ]
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
#[path = "assess_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "assess_payment_tests.rs"]
mod payment_tests;

#[cfg(test)]
#[path = "assess_heading_tests.rs"]
mod heading_tests;

#[cfg(test)]
#[path = "assess_legal_tests.rs"]
mod legal_tests;
