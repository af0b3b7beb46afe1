//! The retailer catalog: who owns which domains, their brand words, and their official pages.
//!
//! The data is hand-edited in `retailers.toml` and compiled in by `build.rs`; everything derived
//! from it (domain index, brand labels, skeletons) is computed here once, when the engine is built.
//! The user's own protected sites are added as extra entries of the same shape.

mod brand_set;
mod buckets;
mod data;
pub(crate) mod fnv;
mod index;
#[cfg(test)]
mod testing;
#[cfg(test)]
pub(crate) mod work;

use fnv::FnvMap;

pub use brand_set::BrandSet;
pub use data::{
    builtin_retailers, form_marks, two_step_on_wording, DomainRole, Owner, RetailerData, SiteData,
};
pub use index::{BrandIndex, MIN_NEAR_SKELETON};

use crate::domain::skeleton;

/// A brand word to look for in hostnames, with its precomputed skeleton.
#[derive(Debug, Clone)]
pub struct Brand {
    /// The token as written (`amazon`) or a user site's label (`mybank`).
    pub token: String,
    /// UTS #39 skeleton of `token` (plus the extra mappings in `domain::skeleton`).
    pub skeleton: String,
    /// The official domain this brand is reported against (first sign-in domain).
    pub primary_domain: String,
    pub owner: Owner,
    /// Everyday word or short token: embedding/combosquat/typosquat need stronger evidence.
    pub weak: bool,
    /// Not a brand word but the label of a sign-in domain (`mistore` of `mistore.jp`, `eki-net`):
    /// matched only as a whole label imitating that domain (homoglyph, typosquat), never as a word
    /// inside other names (derived from `signin_domains`).
    pub label_only: bool,
    /// The token is an everyday word (`common_word`, `weak_tokens`: `apple`, `icloud`, `line`), not
    /// merely short.
    pub everyday: bool,
}

/// The engine's view of the catalog, with the user's protected sites merged in.
#[derive(Debug)]
pub struct Catalog {
    retailers: &'static [RetailerData],
    user_sites: Vec<String>,
    /// Exact domain → (owner, role). Lookups walk the hostname's parent domains.
    domains: FnvMap<String, (Owner, DomainRole)>,
    brands: Vec<Brand>,
    /// Which brands a word could match (derived from `brands`).
    index: BrandIndex,
    /// Official registrable domains' suffix-less labels, for "same suffix" comparisons.
    official_suffixes: FnvMap<String, Vec<String>>,
    /// Most labels of any domain in `domains`: longer parents of a host cannot be listed.
    max_labels: usize,
    /// Every retailer's sign-in domains (with the retailer's index) by their first byte, in
    /// catalog order: a test that needs the first byte equal looks at one bucket, not all.
    signin_by_first: Vec<Vec<(usize, &'static str)>>,
    /// Each retailer's sign-in domains' suffixes, what follows the first label (`co.jp` of
    /// `amazon.co.jp`), in catalog order: [`Catalog::is_owner_suffix`] compares whole strings.
    owner_suffixes: Vec<Vec<&'static str>>,
}

/// What follows a domain's non-empty first label (`co.jp` of `amazon.co.jp`).
fn after_first_label(domain: &str) -> Option<&str> {
    domain
        .split_once('.')
        .filter(|(label, _)| !label.is_empty())
        .map(|(_, suffix)| suffix)
}

/// Tokens at or under this length are "short": typosquats of them are too likely to be real words.
pub const SHORT_BRAND_LEN: usize = 4;

/// Sign-in domain labels shorter than this (`au` of `au.com`) are not matched as labels.
pub const MIN_LABEL_BRAND_LEN: usize = 3;

impl Catalog {
    /// The built-in catalog plus the user's protected sites (registrable domains, lower-case).
    pub fn new(user_sites: &[String]) -> Self {
        Self::with_retailers(builtin_retailers(), user_sites)
    }

    fn with_retailers(retailers: &'static [RetailerData], user_sites: &[String]) -> Self {
        let mut domains = FnvMap::default();
        let mut brands = Vec::new();
        let mut official_suffixes: FnvMap<String, Vec<String>> = FnvMap::default();
        for (i, r) in retailers.iter().enumerate() {
            let owner = Owner::Retailer(i);
            for (list, role) in [
                (r.signin_domains, DomainRole::Signin),
                (r.owned_domains, DomainRole::Owned),
                (r.hosting_domains, DomainRole::Hosting),
            ] {
                for d in list {
                    domains.insert((*d).to_string(), (owner, role));
                }
            }
            let primary = r.sites[0].domain;
            for t in r.brand_tokens {
                brands.push(Brand {
                    token: (*t).to_string(),
                    skeleton: skeleton(t),
                    primary_domain: primary.to_string(),
                    owner,
                    weak: r.common_word || r.weak_tokens.contains(t) || t.len() <= SHORT_BRAND_LEN,
                    label_only: false,
                    everyday: r.common_word || r.weak_tokens.contains(t),
                });
            }
            // Sign-in domain labels that are not brand tokens (`mistore.jp`, `eki-net.com`,
            // `shop.app`): their typos and homoglyphs imitate the domain itself.
            let mut labels: Vec<&str> = Vec::new();
            for d in r.signin_domains {
                if let Some((label, _)) = d.split_once('.') {
                    if label.len() >= MIN_LABEL_BRAND_LEN
                        && !r.brand_tokens.contains(&label)
                        && !labels.contains(&label)
                    {
                        labels.push(label);
                        brands.push(Brand {
                            token: label.to_string(),
                            skeleton: skeleton(label),
                            primary_domain: (*d).to_string(),
                            owner,
                            weak: r.common_word || label.len() <= SHORT_BRAND_LEN,
                            label_only: true,
                            everyday: r.common_word,
                        });
                    }
                }
            }
            for d in r.signin_domains {
                if let Some((label, suffix)) = d.split_once('.') {
                    official_suffixes
                        .entry(label.to_string())
                        .or_default()
                        .push(suffix.to_string());
                }
            }
        }
        let mut user = Vec::new();
        for (j, site) in user_sites.iter().enumerate() {
            let owner = Owner::UserSite(j);
            domains
                .entry(site.clone())
                .or_insert((owner, DomainRole::Signin));
            if let Some((label, _)) = site.split_once('.') {
                if label.len() >= 3 {
                    brands.push(Brand {
                        token: label.to_string(),
                        skeleton: skeleton(label),
                        primary_domain: site.clone(),
                        owner,
                        weak: label.len() <= SHORT_BRAND_LEN,
                        label_only: false,
                        everyday: false,
                    });
                }
            }
            user.push(site.clone());
        }
        let index = BrandIndex::new(&brands, retailers);
        let max_labels = domains
            .keys()
            .map(|d| d.split('.').count())
            .max()
            .unwrap_or(1);
        let mut signin_by_first = vec![Vec::new(); 256];
        for (i, r) in retailers.iter().enumerate() {
            for &d in r.signin_domains {
                if let Some(&b) = d.as_bytes().first() {
                    signin_by_first[usize::from(b)].push((i, d));
                }
            }
        }
        let owner_suffixes = retailers
            .iter()
            .map(|r| {
                r.signin_domains
                    .iter()
                    .filter_map(|d| after_first_label(d))
                    .collect()
            })
            .collect();
        Catalog {
            retailers,
            owner_suffixes,
            user_sites: user,
            domains,
            brands,
            index,
            official_suffixes,
            max_labels,
            signin_by_first,
        }
    }

    /// The retailers' sign-in domains that start with byte `first`, in catalog order, each with
    /// its retailer's index.
    pub fn signin_domains_starting(&self, first: u8) -> &[(usize, &'static str)] {
        &self.signin_by_first[usize::from(first)]
    }

    pub fn retailers(&self) -> &'static [RetailerData] {
        self.retailers
    }

    pub fn retailer(&self, idx: usize) -> &'static RetailerData {
        &self.retailers[idx]
    }

    pub fn retailer_index(&self, id: &str) -> Option<usize> {
        self.retailers.iter().position(|r| r.id == id)
    }

    /// How many user sites the catalog holds.
    pub fn user_site_count(&self) -> usize {
        self.user_sites.len()
    }

    pub fn user_site(&self, idx: usize) -> &str {
        &self.user_sites[idx]
    }

    pub fn brands(&self) -> &[Brand] {
        &self.brands
    }

    /// The brand index (candidate brands for a word).
    pub fn index(&self) -> &BrandIndex {
        &self.index
    }

    /// Whether `label` (a brand label such as `amazon`) is used by a retailer with `suffix`.
    pub fn is_official_label_suffix(&self, label: &str, suffix: &str) -> bool {
        self.official_suffixes
            .get(label)
            .is_some_and(|v| v.iter().any(|s| s == suffix))
    }

    /// Whether `suffix` is a bare country code (`jp`) under which `label` is used by a retailer
    /// on a second-level suffix (`amazon` on `co.jp`, `ebay` on `com.au`): the brand trades in
    /// that country, in a namespace narrower than the bare one.
    pub fn is_official_label_country(&self, label: &str, suffix: &str) -> bool {
        !suffix.contains('.')
            && self.official_suffixes.get(label).is_some_and(|v| {
                v.iter().any(|s| {
                    s.len() > suffix.len() + 1
                        && s.ends_with(suffix)
                        && s.as_bytes()[s.len() - suffix.len() - 1] == b'.'
                })
            })
    }

    /// The sign-in domain whose label is too short to be a brand (`au` of `au.com`, under
    /// `MIN_LABEL_BRAND_LEN`) and whose skeleton is `skel` on this `suffix`, with its owner: an IDN
    /// label that reads as it (`àᴜ.com`) imitates that very domain.
    pub fn short_label_domain(&self, skel: &str, suffix: &str) -> Option<(Owner, &'static str)> {
        if skel.len() >= MIN_LABEL_BRAND_LEN {
            return None;
        }
        self.retailers.iter().enumerate().find_map(|(i, r)| {
            r.signin_domains.iter().find_map(|d| {
                let (label, s) = d.split_once('.')?;
                (label.len() < MIN_LABEL_BRAND_LEN && s == suffix && skeleton(label) == skel)
                    .then_some((Owner::Retailer(i), *d))
            })
        })
    }

    /// Whether `owner` signs in on some domain under public suffix `suffix` (`amazon` on `de`):
    /// a domain's first label, a dot, then exactly `suffix` (precomputed for retailers).
    pub fn is_owner_suffix(&self, owner: Owner, suffix: &str) -> bool {
        match owner {
            Owner::Retailer(i) => self.owner_suffixes[i].contains(&suffix),
            Owner::UserSite(j) => after_first_label(&self.user_sites[j]) == Some(suffix),
        }
    }

    /// The owner and role of `hostname` or of its nearest listed parent domain.
    ///
    /// `sellercentral.amazon.co.jp` → amazon/Signin; `d1.cloudfront.net` → amazon/Hosting.
    /// Only the last `max_labels` labels can be a listed domain, so the walk starts there: a host
    /// of many labels costs what a short one does (each candidate is hashed once).
    pub fn lookup_host(&self, hostname: &str) -> Option<(Owner, DomainRole, &str)> {
        let dots = hostname
            .bytes()
            .enumerate()
            .rev()
            .filter(|&(_, b)| b == b'.');
        let start = dots
            .map(|(i, _)| i)
            .nth(self.max_labels.saturating_sub(1))
            .map_or(0, |i| i + 1);
        let mut rest = &hostname[start..];
        loop {
            #[cfg(test)]
            work::add(rest.len());
            if let Some((k, v)) = self.domains.get_key_value(rest) {
                return Some((v.0, v.1, k.as_str()));
            }
            let dot = rest.bytes().position(|b| b == b'.')?;
            rest = &rest[dot + 1..];
        }
    }

    /// The site (marketplace) of a retailer on catalog domain `domain`, if it has one there.
    pub fn site_of(&self, idx: usize, domain: &str) -> Option<&'static SiteData> {
        self.retailers[idx]
            .sites
            .iter()
            .find(|s| s.domain == domain)
    }

    /// Whether `registrable` belongs to another company that legitimately uses the same brand word
    /// as retailer `idx` (`yahoo.com` for Yahoo! JAPAN's `yahoo`).
    pub fn is_unaffiliated(&self, idx: usize, registrable: Option<&str>) -> bool {
        registrable.is_some_and(|reg| self.retailers[idx].unaffiliated_domains.contains(&reg))
    }

    /// The retailer's default site, preferring one in `lang` (`"ja"` for Japanese users).
    pub fn default_site(&self, idx: usize, lang: &str) -> &'static SiteData {
        let r = &self.retailers[idx];
        r.sites
            .iter()
            .find(|s| s.lang == lang)
            .unwrap_or(&r.sites[0])
    }
}
