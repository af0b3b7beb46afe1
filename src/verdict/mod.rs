//! Findings (what a heuristic saw) and the verdict (what the engine reports). Wire names are stable
//! API (`docs/api.md`): kinds and fields are only ever added.

pub(crate) mod build;
pub mod policy;

use serde::Serialize;

use crate::catalog::Owner;

/// Reason kinds, serialized in kebab-case (`tld-swap`). Append-only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReasonKind {
    Official,
    Homoglyph,
    Typosquat,
    TldSwap,
    Combosquat,
    Embedding,
    BrandInPath,
    DeceptiveUserinfo,
    IpHost,
    PunycodeBrand,
    HostedThirdParty,
    UserSiteLookalike,
    ImpersonatedSignin,
    /// Added by the extension's background, never by the engine: a protected password was typed here.
    PasswordReuse,
}

impl ReasonKind {
    /// The wire name (`tld-swap`).
    pub fn as_str(self) -> &'static str {
        match self {
            ReasonKind::Official => "official",
            ReasonKind::Homoglyph => "homoglyph",
            ReasonKind::Typosquat => "typosquat",
            ReasonKind::TldSwap => "tld-swap",
            ReasonKind::Combosquat => "combosquat",
            ReasonKind::Embedding => "embedding",
            ReasonKind::BrandInPath => "brand-in-path",
            ReasonKind::DeceptiveUserinfo => "deceptive-userinfo",
            ReasonKind::IpHost => "ip-host",
            ReasonKind::PunycodeBrand => "punycode-brand",
            ReasonKind::HostedThirdParty => "hosted-third-party",
            ReasonKind::UserSiteLookalike => "user-site-lookalike",
            ReasonKind::ImpersonatedSignin => "impersonated-signin",
            ReasonKind::PasswordReuse => "password-reuse",
        }
    }
}

/// How much a finding weighs; the policy maps strength to severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    Weak,
    Moderate,
    Strong,
}

/// What one heuristic saw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub kind: ReasonKind,
    pub variant: Option<&'static str>,
    pub owner: Owner,
    /// The official domain (or brand) imitated.
    pub matched: String,
    pub brand: String,
    pub detail: String,
    pub strength: Strength,
}

/// Verdict kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum VerdictKind {
    Official,
    Lookalike,
    Unrelated,
    Invalid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Low,
    Medium,
    High,
}

impl Severity {
    /// Every severity, least severe first: the one order the extension ranks warnings by
    /// (exported as `rules().severities`, the compact layout's `severities`).
    pub const ALL: [Severity; 3] = [Severity::Low, Severity::Medium, Severity::High];
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    Badge,
    Banner,
    FormGuard,
    TwoStepReminder,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PageKind {
    Signin,
    Account,
    Other,
}

/// One reason on the wire.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub kind: ReasonKind,
    pub variant: Option<&'static str>,
    pub matched: String,
    pub brand: String,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Names {
    pub en: String,
    pub ja: String,
}

/// The engine's answer for one URL or page (`docs/api.md`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub url: String,
    pub verdict: VerdictKind,
    pub retailer: Option<String>,
    pub retailer_name: Option<Names>,
    pub severity: Option<Severity>,
    pub reasons: Vec<Reason>,
    pub host: Option<String>,
    pub registrable_domain: Option<String>,
    pub official_url: Option<String>,
    pub two_step_url: Option<String>,
    pub help_url: Option<String>,
    pub page_kind: Option<PageKind>,
    pub trusted: bool,
    pub actions: Vec<Action>,
    pub error: Option<String>,
    /// The retailer's passkey set-up page for this marketplace, when it offers passkeys (issue 12).
    pub passkey_url: Option<String>,
    /// The retailer's change-password page for this marketplace, when known.
    pub change_password_url: Option<String>,
}

impl Verdict {
    /// A verdict with only the URL and kind set.
    pub fn empty(url: &str, verdict: VerdictKind) -> Self {
        Verdict {
            url: url.to_string(),
            verdict,
            retailer: None,
            retailer_name: None,
            severity: None,
            reasons: Vec::new(),
            host: None,
            registrable_domain: None,
            official_url: None,
            two_step_url: None,
            help_url: None,
            page_kind: None,
            trusted: false,
            actions: Vec::new(),
            error: None,
            passkey_url: None,
            change_password_url: None,
        }
    }

    /// The `invalid` verdict for input that could not be checked.
    pub fn invalid(url: &str, error: String) -> Self {
        Verdict {
            error: Some(error),
            ..Verdict::empty(url, VerdictKind::Invalid)
        }
    }
}

impl From<&Finding> for Reason {
    fn from(f: &Finding) -> Self {
        Reason {
            kind: f.kind,
            variant: f.variant,
            matched: f.matched.clone(),
            brand: f.brand.clone(),
            detail: f.detail.clone(),
        }
    }
}
