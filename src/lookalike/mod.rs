//! Lookalike-domain heuristics. Each family lives in its own file and reports [`Finding`]s; none of
//! them decides what to do (that is `verdict::policy`).
//!
//! Match kinds use dnstwist's vocabulary (addition, bitsquatting, homoglyph, hyphenation, insertion,
//! omission, repetition, replacement, subdomain, transposition, vowel-swap, dictionary → combosquat,
//! tld-swap) plus embedding and URL tricks (userinfo, IP hosts, brand in path).

pub mod beside;
pub mod combosquat;
pub mod embedded_domain;
pub mod embedding;
pub mod guards;
pub mod homoglyph;
pub mod hosting;
pub mod keywords;
pub mod score;
pub mod typosquat;
pub mod url_tricks;
pub mod visual;
pub mod vocabulary;

use std::borrow::Cow;

use crate::catalog::{Brand, BrandSet, Catalog, Owner};
use crate::domain::{skeleton, skeletons_of, split_byte, DomainInfo};
use crate::verdict::{Finding, ReasonKind, Strength};

/// A label split into hyphen-separated parts, each with its skeleton (`amaz0n-login` →
/// `[("amaz0n", "arnazon"), ("login", "logirn")]`). Computed once per label; a label without
/// hyphens (most) is its own single part, held inline (no vector on the per-URL path).
#[derive(Debug)]
pub struct Parts<'a> {
    one: Option<(&'a str, Cow<'a, str>)>,
    many: Vec<(&'a str, Cow<'a, str>)>,
}

impl<'a> Parts<'a> {
    pub fn new(label: &'a str) -> Self {
        Self::with_skeleton(label, None)
    }

    /// [`Parts::new`] when the skeleton of the whole label is known (a label without hyphens is
    /// its own single part: its skeleton is borrowed, not computed or copied again).
    pub fn with_skeleton(label: &'a str, label_skeleton: Option<&'a str>) -> Self {
        let whole = || match label_skeleton {
            Some(sk) => Cow::Borrowed(sk),
            None => Cow::Owned(skeleton(label)),
        };
        if !label.as_bytes().contains(&b'-') {
            return Parts {
                one: (!label.is_empty()).then(|| (label, whole())),
                many: Vec::new(),
            };
        }
        Parts {
            one: None,
            many: split_byte(label, b'-')
                .filter(|p| !p.is_empty())
                .map(|p| (p, Cow::Owned(skeleton(p))))
                .collect(),
        }
    }

    /// The parts, in order.
    pub fn parts(&self) -> &[(&'a str, Cow<'a, str>)] {
        match &self.one {
            Some(part) => std::slice::from_ref(part),
            None => &self.many,
        }
    }
}

/// `typosquat::classify(brand label, brand token)` for one candidate brand, computed on first use
/// (homoglyph and typosquat both ask it; neither may need it).
pub type Slip = std::cell::OnceCell<Option<&'static str>>;

/// Runs every heuristic over `info` and returns all findings (possibly several per brand).
pub fn find_all(info: &DomainInfo, catalog: &Catalog) -> Vec<Finding> {
    let mut out = Vec::new();
    url_tricks::check(info, catalog, &mut out);
    if info.ip.is_none() && !info.brand_label().is_empty() {
        let label_parts = Parts::with_skeleton(info.brand_label(), Some(&info.brand_skeleton));
        // The label's skeleton set: `brand_skeleton` plus the other readings of `þ œ ӏ` (an ASCII
        // label has one reading: borrowed, not copied, on this per-URL path).
        let several;
        let label_skeletons: &[String] = if info.brand_label().is_ascii() {
            std::slice::from_ref(&info.brand_skeleton)
        } else {
            several = skeletons_of(info.brand_label(), info.brand_skeleton.clone());
            &several
        };
        let brands = catalog.brands();
        for brand in candidates(info, &label_parts, label_skeletons, catalog)
            .iter()
            .map(|i| &brands[i])
        {
            // The label's one slip from the token: asked by homoglyph and typosquat, computed once.
            let slip = Slip::new();
            homoglyph::check(info, brand, catalog, label_skeletons, &slip, &mut out);
            typosquat::check(info, brand, catalog, &slip, &mut out);
            combosquat::check(info, brand, catalog, &label_parts, &mut out);
        }
        homoglyph::check_short_label(info, catalog, label_skeletons, &mut out);
        embedding::check(info, catalog, &mut out);
        embedded_domain::check(info, catalog, &mut out);
        embedded_domain::check_glued(info, catalog, &mut out);
        embedded_domain::check_joined(info, catalog, &mut out);
        if out.is_empty() {
            combosquat::check_typo_glued(info, catalog, &label_parts, &mut out);
        }
        hosting::discount_customer_zone(info, catalog, &mut out);
    }
    if info.has_punycode && out.iter().any(|f| f.kind == ReasonKind::Homoglyph) {
        let h = out
            .iter()
            .find(|f| f.kind == ReasonKind::Homoglyph)
            .cloned()
            .map(|f| Finding {
                kind: ReasonKind::PunycodeBrand,
                variant: None,
                detail: info.hostname.clone(),
                strength: Strength::Strong,
                ..f
            });
        out.extend(h);
    }
    out
}

/// The brands the per-brand heuristics below could report for `info` (in catalog order): same
/// skeleton (homoglyph), token length for a typo of the label or of a part, the subdomain split
/// (`ama.zon`), a part's skeleton or a token inside a part (combosquat).
fn candidates(
    info: &DomainInfo,
    parts: &Parts<'_>,
    label_skeletons: &[String],
    catalog: &Catalog,
) -> BrandSet {
    let index = catalog.index();
    let mut set = index.empty();
    let label = info.brand_label();
    for skel in label_skeletons {
        index.add_skeleton(&mut set, skel);
        if label.is_ascii() && skel.is_ascii() {
            index.add_near_ascii(&mut set, label, skel);
        } else {
            index.add_near_skeleton(&mut set, skel, visual::NEAR);
        }
    }
    index.add_typo(&mut set, label);
    if let Some(last) = info.subdomain_labels().next_back() {
        // `ama.zon`: the token starts with the last subdomain label.
        index.add_len(
            &mut set,
            last.len() + label.len(),
            last.bytes().next(),
            None,
        );
    }
    for (part, part_skel) in parts.parts() {
        // A label without hyphens is its own single part: its skeleton and typos are in already.
        if part.len() < label.len() {
            index.add_skeleton(&mut set, part_skel);
            index.add_typo(&mut set, part);
        }
        index.add_contained(&mut set, part);
    }
    set
}

/// Builds a finding against `brand`.
pub(crate) fn finding(
    kind: ReasonKind,
    variant: Option<&'static str>,
    brand: &Brand,
    detail: &str,
    strength: Strength,
) -> Finding {
    Finding {
        kind,
        variant,
        owner: brand.owner,
        matched: brand.primary_domain.clone(),
        brand: brand.token.clone(),
        detail: detail.to_string(),
        strength,
    }
}

/// A finding against a specific official domain (embedding of `amazon.co.jp`).
pub(crate) fn finding_domain(
    kind: ReasonKind,
    owner: Owner,
    domain: &str,
    brand: &str,
    detail: &str,
    strength: Strength,
) -> Finding {
    Finding {
        kind,
        variant: None,
        owner,
        matched: domain.to_string(),
        brand: brand.to_string(),
        detail: detail.to_string(),
        strength,
    }
}

#[cfg(test)]
#[path = "index_tests.rs"]
mod index_tests;
