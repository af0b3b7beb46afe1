//! The engine context: the catalog with the user's settings applied (switched-off retailers,
//! trusted domains, sensitivity, language), and the questions the pipeline asks about an owner.
//! Built once by [`crate::Engine::new`]; read by the classifier and the verdict assembly.

use crate::catalog::fnv::FnvSet;
use crate::catalog::{Catalog, Owner, SiteData};
use crate::domain::DomainInfo;
use crate::settings::{self, Settings, SettingsError};
use crate::verdict::policy::Sensitivity;

#[derive(Debug)]
pub(crate) struct Context {
    pub catalog: Catalog,
    /// Indices of the retailers the user switched off.
    pub disabled: FnvSet<usize>,
    /// Registrable domains the user trusts.
    pub trusted: FnvSet<String>,
    pub sensitivity: Sensitivity,
    /// UI language (`"ja"`, `"en"`), default `"en"`.
    pub lang: String,
}

impl Context {
    /// Applies `settings` to the built-in catalog. Fails on an unknown retailer id or a user site
    /// or trusted domain that is not a domain name.
    pub fn new(settings: &Settings) -> Result<Self, SettingsError> {
        let mut user_sites = Vec::new();
        for s in &settings.user_sites {
            user_sites.push(settings::normalize_domain(s)?);
        }
        let mut trusted = FnvSet::default();
        for s in &settings.trusted_domains {
            trusted.insert(settings::normalize_domain(s)?);
        }
        let catalog = Catalog::new(&user_sites);
        let mut disabled = FnvSet::default();
        for id in &settings.disabled_retailers {
            let idx = catalog
                .retailer_index(id)
                .ok_or_else(|| SettingsError(format!("unknown retailer id {id:?}")))?;
            disabled.insert(idx);
        }
        Ok(Context {
            catalog,
            disabled,
            trusted,
            sensitivity: settings.sensitivity,
            lang: settings.lang.clone().unwrap_or_else(|| "en".to_string()),
        })
    }

    /// Whether findings about `owner` count (its retailer is switched on; user sites always are).
    pub fn is_protected(&self, owner: Owner) -> bool {
        match owner {
            Owner::Retailer(i) => !self.disabled.contains(&i),
            Owner::UserSite(_) => true,
        }
    }

    /// The registrable domain belongs to another company that legitimately uses the same brand word
    /// (`yahoo.com` for Yahoo! JAPAN's `yahoo`).
    pub fn is_unaffiliated(&self, info: &DomainInfo, owner: Owner) -> bool {
        match owner {
            Owner::Retailer(i) => self.catalog.is_unaffiliated(i, info.registrable()),
            Owner::UserSite(_) => false,
        }
    }

    /// Whether the user trusts the registrable domain of `info`.
    pub fn is_trusted(&self, info: &DomainInfo) -> bool {
        info.registrable().is_some_and(|r| self.trusted.contains(r))
    }

    /// The brand word reported for `owner` (`amazon`, or a user site's domain).
    pub fn owner_token(&self, owner: Owner) -> String {
        match owner {
            Owner::Retailer(i) => self.catalog.retailer(i).brand_tokens[0].to_string(),
            Owner::UserSite(j) => self.catalog.user_site(j).to_string(),
        }
    }

    /// Retailer `i`'s site on `domain`, else its default site in the UI language.
    pub fn site(&self, i: usize, domain: Option<&str>) -> &'static SiteData {
        domain
            .and_then(|d| self.catalog.site_of(i, d))
            .unwrap_or_else(|| self.catalog.default_site(i, &self.lang))
    }
}
