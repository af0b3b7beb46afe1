//! The evidence for one retailer on one page: where its brand appears and how (see `assess.rs` for
//! the tiers). Brand words inside the site's own name ("Amazon転売ラボ") are left out
//! (`identity.rs`); the retailer's legal owners in a copyright line (`© LY Corporation`) count for
//! it; a title or heading that is a headline about retailers does not bind the brand to the sign-in;
//! a brand's logo on a page with the brand's own third-party button (`PayPalで支払う`) is the
//! partner's mark, not the page's name. What a copy keeps of the retailer's hosts is in `copied.rs`.

use std::borrow::Cow;

use crate::catalog::{Catalog, RetailerData};
use crate::domain::DomainInfo;
use crate::signals::copied::add_copy_marks;
use crate::signals::identity::{blank, title_parts};
pub use crate::signals::tokens::Tokens;
use crate::signals::words::{has_any, is_account_phrase, PAYMENT_WORDS, SIGNIN_WORDS};
use crate::signals::PageSignals;

/// The page's strings, folded once for every retailer.
#[derive(Debug)]
pub struct Page {
    pub title: String,
    /// The title names several retailers or is a sentence (`identity::is_headline`).
    pub title_headline: bool,
    pub og: String,
    pub headings: Vec<String>,
    /// Per heading: a headline rather than a sign-in heading.
    pub heading_headline: Vec<bool>,
    /// The owner named by each copyright line (`words::copyright_owner`).
    pub owners: Vec<String>,
    pub alts: Vec<String>,
    pub buttons: Vec<String>,
    /// The credential fields' labels, placeholders and aria-labels.
    pub field_labels: Vec<String>,
    /// Names of the pictures in the credential form's box.
    pub form_logos: Vec<String>,
    pub text: String,
    /// Sign-in words in the title, a heading or a button.
    pub signin_context: bool,
    /// Sign-in words in a heading or a button.
    pub signin_below_title: bool,
    pub card_form: bool,
    pub japanese: bool,
    /// The site's own names (`identity::site_names`).
    pub site_names: Vec<String>,
    /// The title's part that is one of the site's own names (`… | EC実践塾` with `© EC実践塾`).
    pub title_site: Option<String>,
}

/// What the URL and the page's pictures say about a retailer (computed outside the page text).
#[derive(Debug, Default, Clone, Copy)]
pub struct Outside {
    /// A lookalike finding on this URL names the retailer.
    pub url_named: bool,
    /// An image near the form or the favicon matches the retailer's logo (`visual`).
    pub image_match: bool,
}

/// The evidence for one retailer.
#[derive(Debug, Default)]
pub struct Evidence {
    pub score: i32,
    /// The brand is presented as the page's identity (the gate for any finding).
    pub identity: bool,
    /// Identity in a tight place (title with sign-in words, sign-in heading, og:site_name, ©).
    pub tight: bool,
    /// Any own mention anywhere (for counting competing brands).
    pub mentioned: bool,
    /// The URL already names this retailer (`Outside::url_named`).
    pub url_named: bool,
    /// The page names itself otherwise: its own name holds the brand word, or `og:site_name` or the
    /// copyright owner is someone else.
    pub own_identity: bool,
    /// The retailer's own terms at the form (`Tokens::terms_in`): like `tight`, lets links home count.
    pub terms: bool,
    /// The text at the form names the brand's account (`Create your Apple Account`, `Appleアカウントを
    /// 作成`; `words::is_account_phrase`), on no headline about the brand: lets links home count too.
    pub account_text: bool,
    pub parts: Vec<String>,
}

impl Evidence {
    pub fn add(&mut self, points: i32, part: impl Into<String>) {
        self.score += points;
        self.parts.push(part.into());
    }
}

#[allow(clippy::too_many_arguments)] // the page, the retailer and what is known outside the text
pub fn retailer_evidence(
    idx: usize,
    r: &RetailerData,
    tokens: &Tokens,
    page: &Page,
    signals: &PageSignals,
    info: &DomainInfo,
    catalog: &Catalog,
    outside: Outside,
) -> Evidence {
    // Everyday words (`apple`, `target`): only the tight places and the retailer's own domains count.
    let weak = r.common_word;
    let mut ev = Evidence::default();
    let own_names = tokens.own_names_with_brand(page);
    if !own_names.is_empty() {
        ev.parts.push("own-name".into());
        ev.own_identity = true;
    }
    let title = blank(&page.title, &own_names);

    // A headline about the brand (a news article, a guide) is not the brand's page.
    let about = (page.title_headline && tokens.in_(&title, true))
        || page
            .headings
            .iter()
            .zip(&page.heading_headline)
            .any(|(h, &hl)| hl && tokens.in_(&blank(h, &own_names), true));
    // A title that names the page's own site in one part ("Amazon出品セミナー 受講者ログイン |
    // EC実践塾", the site's © or header repeating it) belongs to that site: a brand in another part
    // is its topic, not its name.
    let titled_other = page
        .title_site
        .as_deref()
        .is_some_and(|p| !tokens.in_(p, false));
    if tokens.in_(&title, false) {
        // A title that is just the brand names the page as much as a logo does.
        let alone = tokens.is_name_alone(&title, false) && !titled_other;
        let bound = !page.title_headline
            && !titled_other
            && (has_any(&title, SIGNIN_WORDS)
                || tokens.bound_in(&title)
                || (page.card_form && has_any(&title, PAYMENT_WORDS))
                || (alone && page.signin_below_title));
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
        if tokens.in_(&page.og, false) && !own_names.contains(&page.og.as_str()) {
            ev.add(3, "og:site_name");
            ev.identity = true;
            ev.tight = true;
            ev.mentioned = true;
        } else {
            ev.add(-4, "og:other");
            ev.own_identity = true;
        }
    }
    let owned = |o: &String| tokens.owns(o) && !own_names.contains(&o.as_str());
    // A page whose copyright owner is the brand's: "Yahoo! JAPAN IDでログイン" there is the brand's
    // own sign-in, not a third party's "log in with" button (a third party does not print the
    // brand's copyright).
    let owned_page = page.owners.iter().any(owned);
    if owned_page {
        ev.add(3, "copyright");
        ev.identity = true;
        ev.tight = true;
        ev.mentioned = true;
    } else if page.owners.iter().any(|o| o.chars().count() >= 2) {
        ev.add(-2, "copyright:other");
        ev.own_identity = true;
    } else if page.owners.is_empty()
        && page.site_names.is_empty()
        && title_parts(&page.title)
            .iter()
            .all(|p| tokens.in_(p, false) || has_any(p, SIGNIN_WORDS))
        && tokens.legal_in(&page.text)
    {
        // No copyright line and no name of its own (a title of sign-in words, the brand or none), but
        // the retailer named as a company (`三井住友カード株式会社` under a 3-D Secure step, `株式会社三菱
        // ufj銀行` at a bank copy's foot): the line a page prints for its owner, as a copyright line
        // is (not a tight place). `お支払い | 山田園芸` with `三井住友カード株式会社の決済代行` has a name.
        ev.add(3, "legal");
        ev.identity = true;
        ev.mentioned = true;
    }
    // A page with the brand's own third-party button (`PayPalで支払う`, `Sign in with Apple`) and not
    // its copyright shows the brand's logo as that partner's mark (a payment badge beside the
    // button), not as its own name.
    let partner = !owned_page
        && page.buttons.iter().any(|b| {
            let b = blank(b, &own_names);
            tokens.in_(&b, false) && !tokens.in_(&b, true)
        });
    if !weak
        && !partner
        && page
            .alts
            .iter()
            .any(|a| tokens.is_name_alone(&blank(a, &own_names), true))
    {
        ev.add(2, "logo");
        ev.identity = true;
        ev.mentioned = true;
    }
    // The brand's logo in the credential form's own box under a sign-in heading or button: the form
    // presents itself as the brand's (a payment-logo strip elsewhere on the page is `img_alts` only).
    if !weak
        && !partner
        && page.signin_context
        && page
            .form_logos
            .iter()
            .any(|a| tokens.is_name_alone(&blank(a, &own_names), true))
    {
        ev.add(3, "logo at form");
        ev.identity = true;
        ev.tight = true;
        ev.mentioned = true;
    }
    let headings: Vec<(Cow<str>, bool)> = page
        .headings
        .iter()
        .zip(&page.heading_headline)
        .map(|(h, &hl)| (blank(h, &own_names), hl))
        .filter(|(h, _)| tokens.in_(h, true))
        .collect();
    // On a card form, a heading that asks for the brand's payment details (`メルカリ お支払い情報の
    // 再登録`, `Update your PayPal billing`) binds it as a sign-in heading does (as the title does).
    let asks = |h: &str| {
        has_any(h, SIGNIN_WORDS)
            || tokens.bound_in(h)
            || (page.card_form && has_any(h, PAYMENT_WORDS))
    };
    if headings.iter().any(|(h, hl)| !hl && asks(h)) {
        ev.add(3, "heading+signin words");
        ev.identity = true;
        ev.tight = true;
        ev.mentioned = true;
    } else if !weak
        && !partner
        && page.signin_context
        && headings.iter().any(|(h, hl)| !hl && tokens.is_name(h))
    {
        // A heading that is the brand's name (`PayPal`, `ラクテンカードイーナビ`) over a sign-in form
        // names the page as its logo would.
        ev.add(3, "heading:brand");
        ev.identity = true;
        ev.mentioned = true;
    } else if !headings.is_empty() && !weak {
        ev.add(1, "heading");
        ev.mentioned = true;
    }
    if !weak
        && page
            .buttons
            .iter()
            .any(|b| tokens.in_(&blank(b, &own_names), true))
    {
        ev.add(1, "button");
        ev.mentioned = true;
    }
    // A credential field that asks for the brand's account (`Apple ID`, `Amazonのパスワード`): the
    // form's own words, the closest binding there is (a field asking for a partner's token is not).
    if page
        .field_labels
        .iter()
        .any(|f| tokens.bound_in(&blank(f, &own_names)))
    {
        ev.add(4, "field");
        ev.identity = true;
        ev.tight = true;
        ev.mentioned = true;
    }
    let text = blank(&page.text, &own_names);
    // The brand's word, or its owner's name (`株式会社クレディセゾン`, `© LY Corporation`): a mention.
    if !weak && (tokens.in_(&text, !owned_page) || tokens.owner_in(&text)) {
        ev.add(1, "text");
        ev.mentioned = true;
    }
    // The text at the form addresses the brand's account (`Apple ID`, `Create your Amazon account`).
    let text_bound = tokens.bound_in_as(&text, !owned_page)
        || page
            .buttons
            .iter()
            .any(|b| tokens.bound_in_as(&blank(b, &own_names), !owned_page));
    if text_bound && !about {
        ev.add(2, "text+signin words");
        ev.identity = true;
        ev.mentioned = true;
        ev.terms = tokens.terms_in(&text);
        ev.account_text = tokens
            .spans(&text, !owned_page)
            .any(|(s, e)| is_account_phrase(&text, s, e));
    }
    if about {
        ev.add(-3, "headline:about");
    }

    add_copy_marks(&mut ev, idx, signals, info, catalog);
    if outside.image_match {
        // The brand's logo drawn as a picture (img, svg, canvas, CSS): the page shows the brand.
        ev.add(4, "image");
        ev.identity = true;
        ev.mentioned = true;
    }
    if outside.url_named {
        // The URL already imitates this retailer, and the page asks for credentials.
        ev.add(3, "url");
        ev.identity = true;
        ev.url_named = true;
    }
    if page.signin_context {
        ev.add(1, "signin page");
    }
    ev
}
