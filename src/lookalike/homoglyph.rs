//! Homoglyph / IDN skeleton matches: the brand label *looks* like a brand but is not spelled as one.
//!
//! `аmazon.co.jp` (Cyrillic а) → `mixed-script`; `аррӏе.com` (all Cyrillic) → `whole-script`;
//! `amaz0n.co.jp`, `arnazon.co.jp`, `paypaI.com` → `skeleton`. `amazon.de` vs `amazon.co.jp` is not a
//! homoglyph (same spelling: that is tld-swap or an owned domain).

use unicode_security::MixedScript;

use super::finding;
use crate::catalog::Brand;
use crate::domain::DomainInfo;
use crate::verdict::{Finding, ReasonKind, Strength};

/// Which homoglyph shape `label` has, given it differs from the brand it imitates.
pub fn variant(label: &str) -> &'static str {
    if label.is_ascii() {
        "skeleton"
    } else if label.is_single_script() {
        "whole-script"
    } else {
        "mixed-script"
    }
}

pub fn check(info: &DomainInfo, brand: &Brand, out: &mut Vec<Finding>) {
    let label = info.brand_label.as_str();
    if label == brand.token || info.brand_skeleton != brand.skeleton {
        return;
    }
    out.push(finding(
        ReasonKind::Homoglyph,
        Some(variant(label)),
        brand,
        label,
        Strength::Strong,
    ));
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
