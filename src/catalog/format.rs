// The shape of `retailers.toml` (and of the unit tests' `test_catalog.toml`), as serde reads it.
// Included (`include!`) by build.rs, which compiles the catalog into static data, and by
// `testing.rs`, which builds the test catalog at run time: one definition of the file format.
// Plain `//` comments only: an included file cannot hold inner doc comments.

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogFile {
    pub retailer: Vec<Retailer>,
    #[serde(default)]
    pub account_wording: AccountWording,
}

// Account wording every retailer's pages share (`[account_wording]`).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountWording {
    #[serde(default)]
    pub two_step_on: Vec<String>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retailer {
    pub id: String,
    pub name_en: String,
    pub name_ja: String,
    pub brand_tokens: Vec<String>,
    #[serde(default)]
    pub brand_tokens_ja: Vec<String>,
    #[serde(default)]
    pub owners: Vec<String>,
    #[serde(default)]
    pub common_word: bool,
    #[serde(default)]
    pub weak_tokens: Vec<String>,
    pub signin_domains: Vec<String>,
    #[serde(default)]
    pub owned_domains: Vec<String>,
    #[serde(default)]
    pub hosting_domains: Vec<String>,
    #[serde(default)]
    pub unaffiliated_domains: Vec<String>,
    #[serde(default)]
    pub signin_hosts: Vec<String>,
    #[serde(default)]
    pub signin_paths: Vec<String>,
    #[serde(default)]
    pub account_paths: Vec<String>,
    #[serde(default)]
    pub form_marks: Vec<String>,
    #[serde(default)]
    pub no_account_wording: Vec<String>,
    #[serde(default)]
    pub two_step_on_wording: Vec<String>,
    pub site: Vec<Site>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub domain: String,
    pub lang: String,
    pub signin_url: String,
    pub two_step_url: String,
    pub help_url: String,
    /// Where to set up a passkey ("" = no passkey support known; issue 12).
    #[serde(default)]
    pub passkey_url: String,
    /// The change-password page ("" = not known).
    #[serde(default)]
    pub change_password_url: String,
}
