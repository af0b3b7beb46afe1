//! An official domain spelled — possibly with typos — as subdomain labels of a foreign host:
//! `www2.amazons.co.jp.logins4fd.x8k2.cn` (`amazons` + `co.jp`), `amazano.co.ip.q7w.shop`
//! (`co.ip` for `co.jp`), `www2.sheen.com.x.cn`. A brand word (or a one-slip or look-alike
//! typo of it) followed by labels that spell one of its retailer's suffixes (or a one-slip typo
//! of it: `ip` for `jp`, `corn` for `com`) imitates the whole address, whatever the brand's length:
//! strong. `embedding` handles the exact official domain and brand words with vocabulary.

use super::{finding, typosquat};
use crate::catalog::Catalog;
use crate::domain::{skeleton, DomainInfo};
use crate::verdict::{Finding, ReasonKind, Strength};

/// Whether `spelled` (labels joined by dots) is `suffix` or one slip or look-alike away from it.
fn spells_suffix(spelled: &str, suffix: &str) -> bool {
    spelled == suffix
        || skeleton(spelled) == skeleton(suffix)
        || typosquat::classify(&spelled.replace('.', ""), &suffix.replace('.', "")).is_some()
            && spelled.matches('.').count() == suffix.matches('.').count()
}

pub fn check(info: &DomainInfo, catalog: &Catalog, out: &mut Vec<Finding>) {
    // Only labels left of the registrable domain: the spelled suffix must be in the subdomain.
    let labels = &info.subdomain_labels;
    if labels.len() < 2 {
        return;
    }
    let index = catalog.index();
    let brands = catalog.brands();
    for (i, word) in labels.iter().enumerate().take(labels.len() - 1) {
        if word.len() < 3 || !word.is_ascii() {
            continue;
        }
        let word_skeleton = skeleton(word);
        let mut set = index.empty();
        index.add_token(&mut set, word);
        index.add_skeleton(&mut set, &word_skeleton);
        index.add_typo(&mut set, word);
        for brand in set.iter().map(|k| &brands[k]) {
            let token = brand.token.as_str();
            let spelled_brand = word == token
                || word_skeleton == brand.skeleton
                || typosquat::classify(word, token).is_some();
            if !spelled_brand {
                continue;
            }
            let domains = match brand.owner {
                crate::catalog::Owner::Retailer(r) => catalog.retailer(r).signin_domains,
                crate::catalog::Owner::UserSite(_) => &[],
            };
            for d in domains {
                let Some((_, suffix)) = d.split_once('.') else {
                    continue;
                };
                let n = suffix.matches('.').count() + 1;
                if i + 1 + n > labels.len() {
                    continue;
                }
                let spelled = labels[i + 1..i + 1 + n].join(".");
                if spells_suffix(&spelled, suffix) {
                    out.push(finding(
                        ReasonKind::Embedding,
                        None,
                        brand,
                        &info.unicode_host,
                        Strength::Strong,
                    ));
                    return;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffix_spelling() {
        assert!(spells_suffix("co.jp", "co.jp"));
        assert!(spells_suffix("co.ip", "co.jp"));
        assert!(spells_suffix("corn", "com"));
        assert!(!spells_suffix("co", "co.jp"));
        assert!(!spells_suffix("example", "com"));
    }
}
