//! One scoring of lookalike evidence: what a heuristic saw (how the brand appears, what stands
//! beside it, where the name is registered) becomes a [`Strength`]; `verdict::policy` then maps
//! strength to severity (weak → low, moderate → medium, strong → high).
//!
//! Points, added up (each line is one piece of evidence):
//!
//! | evidence | points |
//! |---|---|
//! | brand form: homoglyph (same skeleton, or an IDN label near it) | 4 |
//! | brand form: a sign-in domain written as one label (`amazoncojp.com`, `fril-jp.com`) | 3 |
//! | brand form: the whole label on a suffix the retailer does not use (`amazon.shop`) | 2 |
//! | brand form: one keyboard slip (`amzon`) | 2 |
//! | brand form: a whole hyphen part, or glued to credential or country words (`sid-amazon`, `amazonrogin`, `amazonjp`) | 2 |
//! | brand form: two look-alike letters (`anazor`), or a short brand's other slip (`ebey`) | 1 |
//! | brand form: glued to random junk or other vocabulary (`amazonsjhf`, `rakutenstore`) | 1 |
//! | brand form: a distinctive brand glued to other letters (`rakutenfree`; `amazonas` stays at 1) | 1 |
//! | on a suffix the retailer uses, for the forms that imitate the domain (`amzon.co.jp`) | +2 |
//! | … for the other forms, with vocabulary beside the brand (`ebay-pay.com`) | +1 |
//! | credential words beside it, in English, romaji or pinyin (`login`, `rogin`, `denglu`), in the label or the subdomain; `id` with another word (`amazonid-contacts`) | +2 |
//! | other phishing, marketplace or country words beside it, and no ordinary word (`support`, `store`, `jp`) | +1 |
//! | random-looking junk beside it (`4fd`, `sjhf`; a number after a distinctive brand, `rakuten4821`) | +1 |
//! | an abused TLD (`.top`, `.xyz`; `vocabulary::ABUSED_TLDS`) | +1 |
//! | a free hosting suffix (PSL private section: `pages.dev`, `web.app`, `github.io`) | +1 |
//! | an everyday-word or short brand (`apple`, `ebay`) without credential or phishing words (`vocabulary::PHISHING_WORDS`): alone in the label (a short distinctive brand's exact name, `zozo.net`, excepted) | −1 |
//! | … an everyday word among other words (`passline`, `line-apps`) | −2 |
//!
//! The whole label on the bare registry of a country where the retailer uses a second-level suffix
//! (`amazon.jp` for `amazon.co.jp`) is capped at weak unless credential or phishing words stand
//! beside it: the name may be the brand's own defensive registration.
//!
//! Total ≥ 4 → strong; 3 → moderate; 2 → weak; less → no finding. Examples: `amazon-login.com`
//! 2+2 = strong; `amazon.shop` 2+1 = moderate; `amazon.net` 2 = weak; `black-amazon.com` 2 = weak;
//! `apple.top` 2+1−1 = weak; `apple.net` 2−1 = nothing; `rakuten-safeo.pages.dev` 2+1 = moderate;
//! `amzon.co.jp` 2+2 = strong; `zuzo.jp` 2+2−1 = moderate.

use crate::verdict::Strength;

/// How the brand appears in the label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Same skeleton, or an IDN label within a small visual distance.
    Homoglyph,
    /// A sign-in domain written as one label, dots left out or hyphens (`amazoncojp`, `fril-jp`).
    JoinedDomain,
    /// The brand is the whole label, on a suffix it does not own.
    WholeLabel,
    /// One keyboard slip from the brand (dnstwist's fuzzers).
    Typo,
    /// The brand as a whole hyphen part, or glued to vocabulary only.
    Part,
    /// Two look-alike letter substitutions (`anazor` for `amazon`), or a short brand's slip.
    Visual,
    /// The brand glued to random-looking junk or to non-credential vocabulary.
    GluedJunk,
    /// A distinctive brand glued to other letters (`rakutenfree`, `znewamazon`).
    Glued,
}

/// Everything a heuristic saw about one brand in one hostname.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Evidence {
    pub form: Form,
    /// On a public suffix the retailer itself uses (`co.jp` for Amazon).
    pub same_suffix: bool,
    /// Credential words beside it (English, romaji, pinyin).
    pub credential_words: bool,
    /// Phishing-specific words beside it (`support`, `refund`): they make a weak brand read as the
    /// brand (`vocabulary::PHISHING_WORDS`).
    pub phishing_words: bool,
    /// Other phishing or country words beside it.
    pub other_vocabulary: bool,
    /// Marketplace words beside it (`store`, `mall`): they do not excuse a weak brand.
    pub market_words: bool,
    /// Random-looking junk beside it.
    pub junk: bool,
    pub abused_tld: bool,
    /// Under a PSL private-section suffix (free hosting: `pages.dev`, `github.io`).
    pub free_hosting: bool,
    /// The brand is an everyday word or short (`apple`, `ebay`).
    pub weak_brand: bool,
    /// The brand is an everyday word (`apple`, `line`), not merely short (`ebay`, `smbc`).
    pub everyday_brand: bool,
    /// The whole label on a national registry of a country the brand trades in (`amazon.jp`):
    /// never more than weak on its own.
    pub national: bool,
}

impl Evidence {
    /// Evidence of `form` with nothing else known yet.
    pub fn new(form: Form) -> Self {
        Evidence {
            form,
            same_suffix: false,
            credential_words: false,
            phishing_words: false,
            other_vocabulary: false,
            market_words: false,
            junk: false,
            abused_tld: false,
            free_hosting: false,
            weak_brand: false,
            everyday_brand: false,
            national: false,
        }
    }

    /// The points of the table in the module documentation.
    pub fn points(&self) -> i32 {
        let form = match self.form {
            Form::Homoglyph => 4,
            Form::JoinedDomain => 3,
            Form::WholeLabel | Form::Typo | Form::Part => 2,
            Form::Visual | Form::GluedJunk | Form::Glued => 1,
        };
        let alone = !matches!(self.form, Form::Part | Form::GluedJunk | Form::Glued);
        // The exact name of a short but distinctive brand (`zozo.net`, `ebay.xyz`) is that name:
        // shortness makes slips ambiguous, not the whole name. Everyday words stay weak.
        let exact_distinctive = self.form == Form::WholeLabel && !self.everyday_brand;
        let weak = if self.weak_brand
            && !self.credential_words
            && !self.phishing_words
            && !exact_distinctive
        {
            if alone || !self.everyday_brand {
                1
            } else {
                2
            }
        } else {
            0
        };
        // The suffix counts only for the forms that imitate the whole domain (`amzon.co.jp`);
        // `mizuho-fg.co.jp` is on `co.jp` because that is where Japanese companies register.
        let imitates_domain = matches!(self.form, Form::Homoglyph | Form::Typo | Form::Visual);
        // A brand with vocabulary on its own suffix copies the brand's naming (`ebay-pay.com`).
        let vocabulary = self.credential_words
            || self.phishing_words
            || self.other_vocabulary
            || self.market_words;
        let suffix = match (self.same_suffix, imitates_domain) {
            (true, true) => 2,
            (true, false) => i32::from(vocabulary),
            (false, _) => 0,
        };
        form + suffix
            + if self.credential_words {
                2
            } else {
                i32::from(self.other_vocabulary || self.market_words)
            }
            + i32::from(self.junk)
            + i32::from(self.abused_tld)
            + i32::from(self.free_hosting)
            - weak
    }

    /// The strength the evidence adds up to, if any.
    pub fn strength(&self) -> Option<Strength> {
        let points = self.points();
        // A national registration is the brand's as often as a squatter's: words beside it
        // (credential words in the subdomain) are what makes it more.
        let points = if self.national && !self.credential_words && !self.phishing_words {
            points.min(2)
        } else {
            points
        };
        match points {
            p if p >= 4 => Some(Strength::Strong),
            3 => Some(Strength::Moderate),
            2 => Some(Strength::Weak),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(form: Form, f: impl FnOnce(&mut Evidence)) -> Option<Strength> {
        let mut e = Evidence::new(form);
        f(&mut e);
        e.strength()
    }

    #[test]
    fn table() {
        use Strength::*;
        let cases: [(&str, Option<Strength>, Option<Strength>); 14] = [
            (
                "ebay.au",
                ev(Form::WholeLabel, |e| {
                    e.national = true;
                    e.abused_tld = true;
                }),
                Some(Weak),
            ),
            (
                "login.amazon.jp",
                ev(Form::WholeLabel, |e| {
                    e.national = true;
                    e.credential_words = true;
                }),
                Some(Strong),
            ),
            (
                "amazon-login.com",
                ev(Form::Part, |e| e.credential_words = true),
                Some(Strong),
            ),
            (
                "amazon.shop",
                ev(Form::WholeLabel, |e| e.abused_tld = true),
                Some(Moderate),
            ),
            ("amazon.net", ev(Form::WholeLabel, |_| {}), Some(Weak)),
            ("black-amazon.com", ev(Form::Part, |_| {}), Some(Weak)),
            (
                "apple.top",
                ev(Form::WholeLabel, |e| {
                    e.abused_tld = true;
                    e.weak_brand = true;
                    e.everyday_brand = true;
                }),
                Some(Weak),
            ),
            (
                "apple.net",
                ev(Form::WholeLabel, |e| {
                    e.weak_brand = true;
                    e.everyday_brand = true;
                }),
                None,
            ),
            (
                "zozo.net",
                ev(Form::WholeLabel, |e| e.weak_brand = true),
                Some(Weak),
            ),
            (
                "rakuten-safeo.pages.dev",
                ev(Form::Part, |e| e.free_hosting = true),
                Some(Moderate),
            ),
            (
                "amazonsjhf.top",
                ev(Form::GluedJunk, |e| {
                    e.junk = true;
                    e.abused_tld = true;
                }),
                Some(Moderate),
            ),
            (
                "amzon.co.jp",
                ev(Form::Typo, |e| e.same_suffix = true),
                Some(Strong),
            ),
            (
                "zuzo.jp",
                ev(Form::Typo, |e| {
                    e.same_suffix = true;
                    e.weak_brand = true;
                }),
                Some(Moderate),
            ),
            (
                "passline.com",
                ev(Form::GluedJunk, |e| {
                    e.other_vocabulary = true;
                    e.weak_brand = true;
                }),
                None,
            ),
        ];
        for (name, got, want) in cases {
            assert_eq!(got, want, "{name}");
        }
    }
}
