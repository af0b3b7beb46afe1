//! Which retailers the URL itself names, for the page assessment: any lookalike finding (even the
//! weak ones), plus what the lookalike checks leave out on purpose because a URL alone is too
//! little — a short brand one edit away (`etzy.top`, `ebey.top`), a brand as a whole hyphen part on
//! any TLD (`ebay.top`, `zozo-sale.top`). With a credential form on the page, that is enough for a
//! warning (`assess.rs`). Everyday-word brands (`apple`, `target`) count only as a whole part.
//!
//! `etzy.top` → etsy; `login-ebay.example.top` → ebay; `applebees.example` → nobody. `easy.example`
//! → etsy too (one edit): that is why `assess.rs` also wants the page to mention the brand.

use crate::catalog::{Catalog, Owner};
use crate::domain::{skeleton, DomainInfo};

/// One edit (insertion, deletion, substitution or adjacent transposition) apart.
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[p..], &b[p..]);
    ra.get(1..) == rb.get(1..)
        || ra.get(1..) == Some(rb)
        || Some(ra) == rb.get(1..)
        || (ra.len() >= 2
            && rb.len() >= 2
            && ra[0] == rb[1]
            && ra[1] == rb[0]
            && ra[2..] == rb[2..])
}

/// Catalog indexes of the retailers the URL names.
pub fn named_retailers(info: &DomainInfo, catalog: &Catalog) -> Vec<usize> {
    let mut out: Vec<usize> = crate::lookalike::find_all(info, catalog)
        .iter()
        .filter_map(|f| match f.owner {
            Owner::Retailer(i) => Some(i),
            Owner::UserSite(_) => None,
        })
        .collect();
    if info.ip.is_none() {
        let parts: Vec<&str> = info
            .brand_label()
            .split(|c: char| c == '-' || c.is_ascii_digit())
            .chain(info.subdomain_labels().flat_map(|l| l.split('-')))
            .filter(|p| p.len() >= 3)
            .collect();
        for (i, r) in catalog.retailers().iter().enumerate() {
            let hit = r.brand_tokens.iter().any(|t| {
                parts.iter().any(|p| {
                    *p == *t
                        || (!r.common_word
                            && t.len() >= 4
                            && (one_edit(p, t) || skeleton(p) == skeleton(t)))
                })
            });
            if hit {
                out.push(i);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_edit_table() {
        for (a, b) in [
            ("etzy", "etsy"),
            ("ebey", "ebay"),
            ("etsyy", "etsy"),
            ("tmeu", "temu"),
            ("ety", "etsy"),
        ] {
            assert!(one_edit(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("etsy", "etsy"),
            ("easy", "ebay"),
            ("zozotown", "zozo"),
            ("abcd", "dcba"),
        ] {
            assert!(!one_edit(a, b), "{a} {b}");
        }
    }

    fn named(url: &str) -> Vec<&'static str> {
        let catalog = Catalog::new(&[]);
        let info = DomainInfo::parse(url).expect("url");
        named_retailers(&info, &catalog)
            .into_iter()
            .map(|i| catalog.retailer(i).id)
            .collect()
    }

    #[test]
    fn urls_that_name_a_retailer() {
        for (url, id) in [
            ("https://etzy.top/", "etsy"),
            ("https://ebey.top/", "ebay"),
            ("https://ebay.top/", "ebay"),
            ("https://zozo-sale.top/", "zozotown"),
            ("https://login-ebay.example.top/", "ebay"),
            ("https://amazon.top/", "amazon"),
        ] {
            assert_eq!(named(url), vec![id], "{url}");
        }
    }

    #[test]
    fn urls_that_name_nobody() {
        for url in [
            "https://applebees.example/",
            "https://targeted-ads.example/",
            "https://example.com/",
            "https://192.0.2.1/",
        ] {
            assert!(named(url).is_empty(), "{url}: {:?}", named(url));
        }
    }
}
