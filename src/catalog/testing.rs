//! Test-only catalog construction (`#[cfg(test)]`): `Catalog::from_toml_str` parses data of the
//! `retailers.toml` shape, so the heuristics' unit tests run on `test_catalog.toml` and catalog
//! edits do not churn them. The parsed strings are leaked to get the `'static` data the engine
//! holds (a test binary's lifetime).

use super::{Catalog, RetailerData, SiteData};

/// The catalog file format, as build.rs reads it. `[account_wording]` is read and ignored: the
/// shared wording is the built-in catalog's (`two_step_on_wording()`).
#[allow(dead_code)]
mod format {
    include!("format.rs");
}

fn s(v: String) -> &'static str {
    Box::leak(v.into_boxed_str())
}

fn list(v: Vec<String>) -> &'static [&'static str] {
    Box::leak(v.into_iter().map(s).collect::<Vec<_>>().into_boxed_slice())
}

impl Catalog {
    /// A catalog from TOML text of the `retailers.toml` shape (panics on malformed test data).
    pub(crate) fn from_toml_str(text: &str, user_sites: &[String]) -> Catalog {
        let file: format::CatalogFile = toml::from_str(text).expect("test catalog parses");
        let retailers: Vec<RetailerData> = file
            .retailer
            .into_iter()
            .map(|r| RetailerData {
                id: s(r.id),
                name_en: s(r.name_en),
                name_ja: s(r.name_ja),
                brand_tokens: list(r.brand_tokens),
                brand_tokens_ja: list(r.brand_tokens_ja),
                owners: list(r.owners),
                common_word: r.common_word,
                weak_tokens: list(r.weak_tokens),
                signin_domains: list(r.signin_domains),
                owned_domains: list(r.owned_domains),
                hosting_domains: list(r.hosting_domains),
                unaffiliated_domains: list(r.unaffiliated_domains),
                signin_hosts: list(r.signin_hosts),
                signin_paths: list(r.signin_paths),
                account_paths: list(r.account_paths),
                no_account_wording: list(r.no_account_wording),
                two_step_on_wording: list(r.two_step_on_wording),
                sites: Box::leak(
                    r.site
                        .into_iter()
                        .map(|x| SiteData {
                            domain: s(x.domain),
                            lang: s(x.lang),
                            signin_url: s(x.signin_url),
                            two_step_url: s(x.two_step_url),
                            help_url: s(x.help_url),
                            passkey_url: s(x.passkey_url),
                            change_password_url: s(x.change_password_url),
                        })
                        .collect::<Vec<_>>()
                        .into_boxed_slice(),
                ),
            })
            .collect();
        Catalog::with_retailers(Box::leak(retailers.into_boxed_slice()), user_sites)
    }

    /// The unit tests' catalog (`src/catalog/test_catalog.toml`).
    pub(crate) fn for_tests() -> Catalog {
        Catalog::from_toml_str(include_str!("test_catalog.toml"), &[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{DomainRole, Owner};

    #[test]
    fn test_catalog_is_its_own_data() {
        let c = Catalog::for_tests();
        assert_eq!(c.retailers().len(), 3);
        assert_eq!(c.retailer_index("apple"), Some(1));
        let (owner, role, domain) = c.lookup_host("www.amazon.com").expect("listed");
        assert_eq!(
            (owner, role, domain),
            (Owner::Retailer(0), DomainRole::Signin, "amazon.com")
        );
        assert!(
            c.lookup_host("www.rakuten.co.jp").is_none(),
            "not in the test data"
        );
    }
}
