//! A retailer's brand words and its owners' names, folded once per page check, and where they stand in
//! a page's strings (`spans`, the bound and account phrases, terms lines, the site's own names): the
//! word-level half of `evidence.rs`.

use crate::catalog::RetailerData;
use crate::signals::evidence::Page;
use crate::signals::identity::{is_brand_name, own_words};
use crate::signals::words::{find_word, fold, is_bound_phrase, is_third_party, names_account};

/// A logo's alt text (or a title) that is the brand name plus at most this many characters
/// (`Amazon ロゴ`, `amazon.co.jp`) names the page; longer texts describe products or articles.
const NAME_EXTRA: usize = 12;

/// A retailer's brand words and owners' names, folded.
#[derive(Debug)]
pub struct Tokens {
    list: Vec<String>,
    owners: Vec<String>,
}

impl Tokens {
    pub fn of(r: &RetailerData) -> Self {
        let list = r
            .brand_tokens
            .iter()
            .chain(r.brand_tokens_ja)
            .map(|t| fold(t))
            .collect();
        let owners = r.owners.iter().map(|t| fold(t)).collect();
        Tokens { list, owners }
    }

    /// Where `hay` mentions the brand; with `own_only`, mentions in third-party buttons and
    /// references (`sign in with apple`) are left out.
    pub(super) fn spans<'a>(
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

    /// The main brand word (`yahoo` for both Yahoo and Yahoo! JAPAN).
    pub fn main(&self) -> &str {
        self.list.first().map_or("", String::as_str)
    }

    pub fn in_(&self, hay: &str, own_only: bool) -> bool {
        self.spans(hay, own_only).next().is_some()
    }

    /// A brand mention bound to a sign-in (`Apple ID`, `Sign in to Amazon`, `メルカリにログイン`).
    pub(super) fn bound_in(&self, hay: &str) -> bool {
        self.bound_in_as(hay, true)
    }

    /// [`Self::bound_in`], with third-party-looking mentions counted when `own_only` is false; an
    /// account's own name (`au ID`, `dアカウント`: `words::names_account`) is bound wherever it stands.
    pub(super) fn bound_in_as(&self, hay: &str, own_only: bool) -> bool {
        self.spans(hay, own_only)
            .any(|(s, e)| is_bound_phrase(hay, s, e) || names_account(&hay[s..e]))
    }

    /// The retailer's own terms named at the form (`Amazon's Conditions of Use`, `Amazonの利用規約`,
    /// `Etsy's Terms of Use`, `Nikeのプライバシーポリシー`):
    /// a copied sign-in keeps the retailer's legal line under its button.
    pub(super) fn terms_in(&self, hay: &str) -> bool {
        self.spans(hay, true).any(|(_, e)| {
            let after = hay[e..]
                .trim_start_matches(['\'', '’'])
                .trim_start_matches('s');
            [
                "conditions of use",
                "terms of use",
                "のプライバシー",
                "の利用規約",
            ]
            .iter()
            .any(|t| after.trim_start().starts_with(t))
        })
    }

    /// Whether `s` is the brand and little else (a logo's alt text, a title that is just the name):
    /// `Amazon ロゴ`, `amazon.co.jp`; not `Amazonで見る` (third-party) or a product description.
    /// In a title (`own_only` false) the brand's payment service (`AmazonPay`) is the brand too.
    pub(super) fn is_name_alone(&self, s: &str, own_only: bool) -> bool {
        let n = s.trim().chars().count();
        self.list.iter().any(|t| {
            n <= t.chars().count() + NAME_EXTRA
                && find_word(s, t)
                    .into_iter()
                    .any(|(a, e)| !own_only || !is_third_party(s, a, e))
        })
    }

    /// Whether `s` is the brand's own name (`identity::is_brand_name`), not a phrase about it.
    pub(super) fn is_name(&self, s: &str) -> bool {
        is_brand_name(s, &self.spans(s, true).collect::<Vec<_>>(), &self.owners)
    }

    /// Whether a copyright line's owner (its first name) is the brand or one of its legal owners
    /// (`amazon.com, inc. or its affiliates`, `ly corporation`, `lineヤフー`, `楽天グループ`); not a
    /// site whose own name starts with the brand word (`amazon転売ラボ`).
    pub(super) fn owns(&self, owner: &str) -> bool {
        if self.owners.iter().any(|o| owner.starts_with(o.as_str())) {
            return true;
        }
        let spans: Vec<_> = self.spans(owner, false).collect();
        spans.first().is_some_and(|&(s, _)| s == 0)
            && own_words(owner, &spans, &self.owners).is_empty()
    }

    /// The site's own names that contain the brand but are more than the brand's name
    /// (`amazon転売ラボ`; not `amazon.co.jp` or `yahoo! japan`).
    pub(super) fn own_names_with_brand<'p>(&self, page: &'p Page) -> Vec<&'p str> {
        page.site_names
            .iter()
            // A copyright owner that is the brand (`amazon.com, inc. or its affiliates`) is the brand's.
            .filter(|n| !self.owns(n))
            .filter(|n| {
                let spans: Vec<_> = self.spans(n, false).collect();
                !spans.is_empty() && !own_words(n, &spans, &self.owners).is_empty()
            })
            .map(String::as_str)
            .collect()
    }
}
