//! A retailer's brand words and its owners' names, folded once per page check, and where they stand in
//! a page's strings (`spans`, the bound and account phrases, terms lines, the site's own names): the
//! word-level half of `evidence.rs`.

use crate::catalog::RetailerData;
use crate::signals::evidence::Page;
use crate::signals::identity::{is_brand_name, own_words};
use crate::signals::vocabulary::{DISCLAIMER_WORDS, LEGAL_FORMS};
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

    /// Whether `hay` names one of the retailer's owners (`クレディセゾン`, `ly corporation`).
    pub(super) fn owner_in(&self, hay: &str) -> bool {
        self.owners
            .iter()
            .any(|o| o.chars().count() >= 2 && !find_word(hay, o).is_empty())
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

    /// Whether `hay` names the retailer as a company: a brand word or an owner's name joined to a
    /// corporate form (`三井住友カード株式会社`, `株式会社三菱ufj銀行`, `softbank corp.`; `LEGAL_FORMS`).
    /// The line a page prints at its foot instead of a copyright line (a 3-D Secure step names its card
    /// issuer so); `楽天カードで支払う` or `三井住友カードのvpass` is no company named, and a page with a
    /// trademark notice names companies as marks.
    pub(super) fn legal_in(&self, hay: &str) -> bool {
        // A trademark notice (`AppleはApple Inc.の商標です`) or a disclaimer (`…株式会社とは関係ありません`,
        // `not affiliated with …`) names the company as another's.
        if DISCLAIMER_WORDS.iter().any(|w| hay.contains(w)) {
            return false;
        }
        // An owner's name that holds its corporate form (`ebay japan合同会社`) is a company by itself.
        let legal = |o: &String| {
            LEGAL_FORMS
                .iter()
                .any(|f| o.starts_with(f) || o.ends_with(f))
        };
        if self
            .owners
            .iter()
            .any(|o| legal(o) && !find_word(hay, o).is_empty())
        {
            return true;
        }
        self.list.iter().chain(&self.owners).any(|t| {
            find_word(hay, t).into_iter().any(|(s, e)| {
                let before = hay[..s].trim_end();
                let after = hay[e..]
                    .trim_start()
                    .trim_start_matches([',', '.'])
                    .trim_start();
                LEGAL_FORMS.iter().any(|f| {
                    before.ends_with(f)
                        || (after.starts_with(f)
                            && !after[f.len()..]
                                .chars()
                                .next()
                                .is_some_and(|c| c.is_ascii_alphanumeric()))
                })
            })
        })
    }

    /// Whether this retailer and `other` share an owner (`LY Corporation` runs Yahoo! JAPAN and LINE;
    /// KDDI, au's brand word, runs au PAY マーケット).
    pub(super) fn shares_owner(&self, other: &Tokens) -> bool {
        let of = |a: &Tokens, b: &Tokens| {
            a.owners
                .iter()
                .any(|o| b.owners.contains(o) || b.list.contains(o))
        };
        of(self, other) || of(other, self)
    }

    /// Whether `hay` names the brand as its own (not in a third-party button) outside the names of
    /// its owners and `also`'s (`lineヤフー` is an owner's name, not LINE).
    pub(super) fn named_beside(&self, hay: &str, also: &Tokens) -> bool {
        let owners: Vec<&str> = self
            .owners
            .iter()
            .chain(&also.owners)
            .map(String::as_str)
            .collect();
        self.in_(&crate::signals::identity::blank(hay, &owners), true)
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
