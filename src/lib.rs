//! Omamori（お守り）core: says whether a URL (and, optionally, the page at it) is a retailer's
//! official site, an imitation of one, or unrelated — and why.
//!
//! Pipeline (`classifier.rs`, over the engine context built once from the settings): the URL is
//! parsed once into a [`domain::DomainInfo`] (registrable domain via the public suffix list,
//! Unicode form, UTS #39 skeleton); the [`catalog`] says whether
//! the host is a retailer's own; otherwise each [`lookalike`] heuristic reports findings (homoglyph,
//! typosquat, tld-swap, combosquat, embedding, URL tricks) and [`signals`] assess page evidence;
//! [`verdict::policy`] alone turns findings into a severity and actions; `verdict/build.rs` fills in
//! the verdict's fields. Every bound and word list JavaScript needs is in [`rules`].
//!
//! Data: `src/catalog/retailers.toml` (hand-edited, compiled in by `build.rs`, validated by
//! `tests/catalog.rs`). The WASM surface is `api.rs` (no logic); the CLI is `src/bin/omamori.rs`.
//! The engine is a pure function of (catalog, settings, input): it calls no browser API.

mod account;
pub mod catalog;
mod classifier;
pub mod compact;
mod context;
pub mod domain;
pub mod lookalike;
pub mod password;
pub mod rules;
pub mod settings;
pub mod signals;
mod small_sort;
mod substrings;
pub mod verdict;
pub mod visual;

#[cfg(target_arch = "wasm32")]
pub mod api;

pub use account::AccountText;
use context::Context;
pub use settings::{Settings, SettingsError};
pub use signals::PageSignals;
use verdict::{Names, Verdict};

/// The crate version (shown by the extension).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Built once from the catalog and the user's settings; answers any number of checks.
#[derive(Debug)]
pub struct Engine {
    ctx: Context,
}

/// A retailer as shown in the options page.
#[derive(Debug, Clone, serde::Serialize)]
pub struct RetailerSummary {
    pub id: &'static str,
    pub name: Names,
    pub official_url: &'static str,
    pub two_step_url: &'static str,
    pub help_url: &'static str,
    pub domains: Vec<&'static str>,
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
        Ok(Engine {
            ctx: Context::new(&settings)?,
        })
    }

    /// Checks a URL. Never panics on any input: malformed input gives an `invalid` verdict.
    pub fn check_url(&self, url: &str) -> Verdict {
        classifier::classify(&self.ctx, url, None)
    }

    /// Checks a URL together with the signals of the page shown at it.
    pub fn check_page(&self, url: &str, signals: PageSignals) -> Verdict {
        let signals = signals.bounded();
        classifier::classify(&self.ctx, url, Some(&signals))
    }

    /// What the visible `text` of the retailer's own page at `url` says about the account: the
    /// sign-in page's "no account with this email" error, two-step verification shown as on.
    /// All false unless `url` is official (the wording is the catalog's, per retailer).
    pub fn account_text(&self, url: &str, text: &str) -> AccountText {
        account::account_text(&self.ctx, url, text)
    }

    /// The catalog's retailers, with whether the user has them switched on.
    pub fn retailers(&self) -> Vec<RetailerSummary> {
        let ctx = &self.ctx;
        ctx.catalog
            .retailers()
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let site = ctx.site(i, None);
                RetailerSummary {
                    id: r.id,
                    name: Names {
                        en: r.name_en.to_string(),
                        ja: r.name_ja.to_string(),
                    },
                    official_url: site.signin_url,
                    two_step_url: site.two_step_url,
                    help_url: site.help_url,
                    domains: main_domain_first(site.domain, r.sites, r.signin_domains),
                    enabled: !ctx.disabled.contains(&i),
                    passkey_url: non_empty(site.passkey_url),
                    change_password_url: non_empty(site.change_password_url),
                }
            })
            .collect()
    }
}

/// A retailer's sign-in domains for display: its main marketplace (in the UI language) first, then
/// its other marketplaces, then the rest (楽天: `rakuten.co.jp` before `fril.jp`).
fn main_domain_first(
    main: &'static str,
    sites: &'static [catalog::SiteData],
    signin: &'static [&'static str],
) -> Vec<&'static str> {
    let mut out = vec![main];
    for d in sites.iter().map(|s| s.domain).chain(signin.iter().copied()) {
        if !out.contains(&d) {
            out.push(d);
        }
    }
    out
}

/// `""` in the catalog means "none".
pub(crate) fn non_empty(s: &'static str) -> Option<&'static str> {
    (!s.is_empty()).then_some(s)
}
