//! Omamori（お守り）core: says whether a URL (and, optionally, the page at it) is a retailer's
//! official site, an imitation of one, or unrelated — and why.
//!
//! Pipeline (`classifier.rs`): the URL is parsed once into a [`domain::DomainInfo`] (registrable
//! domain via the public suffix list, Unicode form, UTS #39 skeleton); the [`catalog`] says whether
//! the host is a retailer's own; otherwise each [`lookalike`] heuristic reports findings (homoglyph,
//! typosquat, tld-swap, combosquat, embedding, URL tricks) and [`signals`] assess page evidence;
//! [`verdict::policy`] alone turns findings into a severity and actions.
//!
//! Data: `src/catalog/retailers.toml` (hand-edited, compiled in by `build.rs`, validated by
//! `tests/catalog.rs`). The WASM surface is `api.rs` (no logic); the CLI is `src/bin/omamori.rs`.
//! The engine is a pure function of (catalog, settings, input): it calls no browser API.

pub mod catalog;
mod classifier;
pub mod domain;
pub mod lookalike;
pub mod password;
pub mod settings;
pub mod signals;
pub mod verdict;

#[cfg(target_arch = "wasm32")]
pub mod api;

use std::collections::HashSet;

use catalog::{Catalog, Owner};
use domain::DomainInfo;
pub use settings::{Settings, SettingsError};
pub use signals::PageSignals;
use verdict::{policy, Finding, Names, PageKind, Reason, ReasonKind, Verdict, VerdictKind};

/// The crate version (shown by the extension).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Built once from the catalog and the user's settings; answers any number of checks.
#[derive(Debug)]
pub struct Engine {
    catalog: Catalog,
    disabled: HashSet<usize>,
    trusted: HashSet<String>,
    settings: Settings,
}

/// A retailer as shown in the options page.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RetailerSummary {
    pub id: &'static str,
    pub name: Names,
    pub official_url: &'static str,
    pub two_step_url: &'static str,
    pub help_url: &'static str,
    pub domains: &'static [&'static str],
    pub enabled: bool,
    /// Passkey set-up page of the default marketplace (None: no passkey known). Issue 12.
    pub passkey_url: Option<&'static str>,
    /// Change-password page of the default marketplace (None: not known).
    pub change_password_url: Option<&'static str>,
}

impl Engine {
    /// Builds the engine. Fails on settings that cannot be used (unknown retailer id, a user site
    /// or trusted domain that is not a domain name).
    pub fn new(settings: Settings) -> Result<Self, SettingsError> {
        let mut user_sites = Vec::new();
        for s in &settings.user_sites {
            user_sites.push(settings::normalize_domain(s)?);
        }
        let mut trusted = HashSet::new();
        for s in &settings.trusted_domains {
            trusted.insert(settings::normalize_domain(s)?);
        }
        let catalog = Catalog::new(&user_sites);
        let mut disabled = HashSet::new();
        for id in &settings.disabled_retailers {
            let idx = catalog
                .retailer_index(id)
                .ok_or_else(|| SettingsError(format!("unknown retailer id {id:?}")))?;
            disabled.insert(idx);
        }
        Ok(Engine {
            catalog,
            disabled,
            trusted,
            settings,
        })
    }

    /// Checks a URL. Never panics on any input: malformed input gives an `invalid` verdict.
    pub fn check_url(&self, url: &str) -> Verdict {
        classifier::classify(self, url, None)
    }

    /// Checks a URL together with the signals of the page shown at it.
    pub fn check_page(&self, url: &str, signals: PageSignals) -> Verdict {
        let signals = signals.bounded();
        classifier::classify(self, url, Some(&signals))
    }

    /// The catalog's retailers, with whether the user has them switched on.
    pub fn retailers(&self) -> Vec<RetailerSummary> {
        let lang = self.lang();
        self.catalog
            .retailers()
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let site = self.catalog.default_site(i, lang);
                RetailerSummary {
                    id: r.id,
                    name: Names {
                        en: r.name_en.to_string(),
                        ja: r.name_ja.to_string(),
                    },
                    official_url: site.signin_url,
                    two_step_url: site.two_step_url,
                    help_url: site.help_url,
                    domains: r.signin_domains,
                    enabled: !self.disabled.contains(&i),
                    passkey_url: non_empty(site.passkey_url),
                    change_password_url: non_empty(site.change_password_url),
                }
            })
            .collect()
    }

    fn lang(&self) -> &str {
        self.settings.lang.as_deref().unwrap_or("en")
    }

    fn is_protected(&self, owner: Owner) -> bool {
        match owner {
            Owner::Retailer(i) => !self.disabled.contains(&i),
            Owner::UserSite(_) => true,
        }
    }

    /// The registrable domain belongs to another company that legitimately uses the same brand word
    /// (`yahoo.com` for Yahoo! JAPAN's `yahoo`).
    fn is_unaffiliated(&self, info: &DomainInfo, owner: Owner) -> bool {
        match owner {
            Owner::Retailer(i) => self.catalog.is_unaffiliated(i, info.registrable.as_deref()),
            Owner::UserSite(_) => false,
        }
    }

    fn owner_token(&self, owner: Owner) -> String {
        match owner {
            Owner::Retailer(i) => self.catalog.retailer(i).brand_tokens[0].to_string(),
            Owner::UserSite(j) => self.catalog.user_site(j).to_string(),
        }
    }

    fn base(&self, input: &str, info: &DomainInfo, kind: VerdictKind) -> Verdict {
        let mut v = Verdict::empty(input, kind);
        v.host = Some(info.unicode_host.clone());
        v.registrable_domain = info.registrable.clone();
        v.trusted = info
            .registrable
            .as_ref()
            .is_some_and(|r| self.trusted.contains(r));
        v
    }

    fn set_owner(&self, v: &mut Verdict, owner: Owner, registrable: Option<&str>) {
        match owner {
            Owner::Retailer(i) => {
                let r = self.catalog.retailer(i);
                let site = registrable
                    .and_then(|d| self.catalog.site_of(i, d))
                    .unwrap_or_else(|| self.catalog.default_site(i, self.lang()));
                v.retailer = Some(r.id.to_string());
                v.retailer_name = Some(Names {
                    en: r.name_en.to_string(),
                    ja: r.name_ja.to_string(),
                });
                v.official_url = Some(site.signin_url.to_string());
                v.two_step_url = Some(site.two_step_url.to_string());
                v.help_url = Some(site.help_url.to_string());
                v.passkey_url = non_empty(site.passkey_url).map(str::to_string);
                v.change_password_url = non_empty(site.change_password_url).map(str::to_string);
            }
            Owner::UserSite(j) => {
                let d = self.catalog.user_site(j);
                v.retailer = Some(format!("user:{d}"));
                v.retailer_name = Some(Names {
                    en: d.to_string(),
                    ja: d.to_string(),
                });
                v.official_url = Some(format!("https://{d}/"));
            }
        }
    }

    fn official(
        &self,
        input: &str,
        info: &DomainInfo,
        owner: Owner,
        signin: bool,
        domain: &str,
    ) -> Verdict {
        let mut v = self.base(input, info, VerdictKind::Official);
        self.set_owner(&mut v, owner, Some(domain));
        let kind = match owner {
            Owner::Retailer(i) if signin => {
                let r = self.catalog.retailer(i);
                classifier::page_kind(info, r.signin_hosts, r.signin_paths, r.account_paths)
            }
            _ => PageKind::Other,
        };
        v.page_kind = Some(kind);
        v.reasons.push(Reason {
            kind: ReasonKind::Official,
            variant: None,
            matched: domain.to_string(),
            brand: self.owner_token(owner),
            detail: info.hostname.clone(),
        });
        v.actions = policy::official_actions(kind);
        v
    }

    fn lookalike(
        &self,
        input: &str,
        info: &DomainInfo,
        owner: Owner,
        findings: &[Finding],
    ) -> Verdict {
        let mut v = self.base(input, info, VerdictKind::Lookalike);
        // Report the marketplace the address points at (`amzon.co.jp` imitates `amazon.co.jp`, not
        // the catalog's default marketplace).
        let same_suffix = match owner {
            Owner::Retailer(i) => {
                classifier::imitated_domain(info, self.catalog.retailer(i).signin_domains)
                    .map(str::to_string)
            }
            Owner::UserSite(_) => None,
        };
        let mut reasons: Vec<Reason> = Vec::new();
        for f in findings {
            let mut r = classifier::wire_reason(f);
            if let (Some(d), false) = (
                &same_suffix,
                matches!(
                    f.kind,
                    ReasonKind::Embedding
                        | ReasonKind::ImpersonatedSignin
                        | ReasonKind::BrandInPath
                        | ReasonKind::DeceptiveUserinfo
                        | ReasonKind::IpHost
                ),
            ) {
                r.matched = d.clone();
            }
            if !reasons
                .iter()
                .any(|x| x.kind == r.kind && x.variant == r.variant)
            {
                reasons.push(r);
            }
        }
        let matched = reasons.first().map(|r| r.matched.clone());
        self.set_owner(&mut v, owner, matched.as_deref());
        v.reasons = reasons;
        let severity = policy::severity(findings);
        v.severity = severity;
        if let Some(s) = severity {
            v.actions = policy::lookalike_actions(s, self.settings.sensitivity, v.trusted);
        }
        v
    }
}

/// `""` in the catalog means "none".
fn non_empty(s: &'static str) -> Option<&'static str> {
    (!s.is_empty()).then_some(s)
}
