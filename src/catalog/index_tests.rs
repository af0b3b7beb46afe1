//! The brand index's candidate lookups and the one-edit bound.

use super::*;
use crate::catalog::Catalog;

#[test]
fn candidates() {
    let catalog = Catalog::for_tests();
    let brands = catalog.brands();
    let index = BrandIndex::new(brands, catalog.retailers());
    let names =
        |set: &BrandSet| -> Vec<String> { set.iter().map(|i| brands[i].token.clone()).collect() };
    let mut set = index.empty();
    index.add_skeleton(&mut set, &crate::domain::skeleton("amaz0n"));
    assert!(names(&set).contains(&"amazon".to_string()));
    let mut set = index.empty();
    index.add_contained(&mut set, "secureamazonlogin");
    assert!(names(&set).contains(&"amazon".to_string()));
    let mut set = index.empty();
    index.add_typo(&mut set, "ama-zon");
    assert!(names(&set).contains(&"amazon".to_string()));
}

/// Every single edit `typosquat::classify` names passes the prefix/suffix bound; words two
/// edits or more apart do not.
#[test]
fn one_edit_bound_keeps_every_single_edit() {
    for word in [
        "amzon", "amazoon", "amazonn", "amazons", "amazpon", "amazom", "amazno", "amazan",
        "amazgn", "a-azon", "amaz-n", "mazon", "xamazon",
    ] {
        assert!(
            crate::lookalike::typosquat::classify(word, "amazon").is_some(),
            "{word}"
        );
        assert!(one_edit_apart(word.as_bytes(), b"amazon"), "{word}");
    }
    for word in ["amzoan", "anazor", "google", "amaxom", "mazoon"] {
        assert!(!one_edit_apart(word.as_bytes(), b"amazon"), "{word}");
    }
}
