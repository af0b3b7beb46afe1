//! Homoglyph / IDN skeleton matches: the brand label *looks* like a brand but is not spelled as one.
//!
//! `аmazon.co.jp` (Cyrillic а) → `mixed-script`; `аррӏе.com` (all Cyrillic) → `whole-script`;
//! `amaz0n.co.jp`, `arnazon.co.jp`, `paypaI.com` → `skeleton`; `amázȯn.com`, `þaypal.com` (skeleton
//! sets, `domain::skeletons`), `amázoon.com`, `anazor.co.jp` (near skeletons, `visual`). `amazon.de`
//! vs `amazon.co.jp` is not a homoglyph (same spelling: that is tld-swap or an owned domain).

use super::combosquat::base_evidence;
use super::score::Form;
use super::{finding, typosquat, visual};
use crate::catalog::{Brand, Catalog};

/// Brand skeletons at least this long are matched by visual distance on any suffix; shorter ones
/// (down to `catalog::MIN_NEAR_SKELETON`) only on the brand's own suffix.
const LONG_NEAR_SKELETON: usize = 5;
use crate::domain::script::is_single_script;
use crate::domain::DomainInfo;
use crate::verdict::{Finding, ReasonKind, Strength};

/// Which homoglyph shape `label` has, given it differs from the brand it imitates.
pub fn variant(label: &str) -> &'static str {
    if label.is_ascii() {
        "skeleton"
    } else if is_single_script(label) {
        "whole-script"
    } else {
        "mixed-script"
    }
}

/// `label_skeletons`: every skeleton of the brand label (`domain::skeletons`), the first being
/// `info.brand_skeleton`.
///
/// Same skeleton as the brand → strong (`аmazon`, `amaz0n`, `amázȯn`). Otherwise a label whose
/// skeleton is *near* the brand's (`visual::is_near`) for brands of five skeleton characters or
/// more: an IDN label one edit or two look-alike swaps away (`amázoon`, `ãnazon`) is scored as a
/// homoglyph, an ASCII one with two look-alike swaps (`anazor`) as a visual near-miss.
pub fn check(
    info: &DomainInfo,
    brand: &Brand,
    catalog: &Catalog,
    label_skeletons: &[String],
    slip: &super::Slip,
    out: &mut Vec<Finding>,
) {
    let label = info.brand_label();
    if label == brand.token {
        return;
    }
    if label_skeletons.contains(&brand.skeleton) {
        out.push(finding(
            ReasonKind::Homoglyph,
            Some(variant(label)),
            brand,
            label,
            Strength::Strong,
        ));
        return;
    }
    // Fewer than LONG_NEAR_SKELETON characters (no count of the whole skeleton per candidate).
    let short = brand.skeleton.chars().nth(LONG_NEAR_SKELETON - 1).is_none();
    // Cheap tests first: this runs for every candidate brand on every URL.
    let same_suffix = || {
        catalog.is_official_label_suffix(&brand.token, info.suffix())
            || catalog.is_owner_suffix(brand.owner, info.suffix())
    };
    if (short || brand.label_only) && !same_suffix() {
        return; // short names: look-alike swaps only on the brand's own suffix (`cbay.co.uk`)
    }
    let ascii = label.is_ascii();
    if ascii
        && slip
            .get_or_init(|| typosquat::classify(label, &brand.token))
            .is_some()
    {
        return; // one keyboard slip: typosquat's, with its guards
    }
    if !label_skeletons
        .iter()
        .any(|s| visual::is_near(s, &brand.skeleton, !ascii))
    {
        return;
    }
    let form = if ascii || short {
        Form::Visual
    } else {
        Form::Homoglyph
    };
    if let Some(s) = base_evidence(info, brand, catalog, form).strength() {
        out.push(finding(
            ReasonKind::Homoglyph,
            Some(variant(label)),
            brand,
            label,
            s,
        ));
    }
}

/// An IDN label that reads as a sign-in domain's label too short to be a brand (`àᴜ.com`,
/// `ǎǔ.com` for `au.com`): Chrome's exact skeleton match against its top domains, which needs no
/// length. ASCII labels of two letters are other names (`ai.com`, `eu.com`), never matched.
pub fn check_short_label(
    info: &DomainInfo,
    catalog: &Catalog,
    label_skeletons: &[String],
    out: &mut Vec<Finding>,
) {
    if info.brand_label().is_ascii() {
        return;
    }
    for skel in label_skeletons {
        if let Some((owner, domain)) = catalog.short_label_domain(skel, info.suffix()) {
            let brand = domain.split('.').next().unwrap_or(domain);
            out.push(super::finding_domain(
                ReasonKind::Homoglyph,
                owner,
                domain,
                brand,
                info.brand_label(),
                Strength::Strong,
            ));
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants() {
        assert_eq!(variant("amaz0n"), "skeleton");
        assert_eq!(variant("\u{0430}mazon"), "mixed-script");
        assert_eq!(
            variant("\u{0430}\u{0440}\u{0440}\u{04CF}\u{0435}"),
            "whole-script"
        );
    }
}
