//! The engine's policy input: the user's settings as the extension stores them (`docs/api.md`).
//! Parsed and validated here so that a malformed setting is a clear error, never a silent pass.

use serde::Deserialize;

use crate::verdict::policy::Sensitivity;

/// User settings, all optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// Catalog ids the user switched off.
    pub disabled_retailers: Vec<String>,
    /// The user's own protected sites (registrable domains).
    pub user_sites: Vec<String>,
    /// Registrable domains the user said "I trust this site" for.
    pub trusted_domains: Vec<String>,
    pub sensitivity: Sensitivity,
    /// UI language (`"ja"`, `"en"`): picks the retailer's site for official links on lookalikes.
    pub lang: Option<String>,
}

/// A setting that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsError(pub String);

impl std::fmt::Display for SettingsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "invalid settings: {}", self.0)
    }
}

impl std::error::Error for SettingsError {}

impl Settings {
    /// Parses settings from JSON text (`{}` for defaults).
    pub fn from_json(text: &str) -> Result<Self, SettingsError> {
        serde_json::from_str(text).map_err(|e| SettingsError(e.to_string()))
    }
}

/// Normalizes a user-entered domain to its registrable domain (`https://www.MyBank.co.jp/` →
/// `mybank.co.jp`), or explains why it cannot be one.
pub fn normalize_domain(input: &str) -> Result<String, SettingsError> {
    let t = input.trim();
    let with_scheme = if t.contains("://") {
        t.to_string()
    } else {
        format!("https://{t}")
    };
    let url = crate::domain::url::Url::parse(&with_scheme)
        .map_err(|e| SettingsError(format!("{input:?}: {e}")))?;
    let host = match url.host() {
        Some(crate::domain::host::Host::Domain(d)) => d.trim_end_matches('.').to_string(),
        _ => return Err(SettingsError(format!("{input:?} is not a domain name"))),
    };
    crate::domain::psl::domain_str(&host)
        .filter(|d| d.contains('.'))
        .map(str::to_string)
        .ok_or_else(|| SettingsError(format!("{input:?} has no registrable domain")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize() {
        assert_eq!(
            normalize_domain("https://www.MyBank.co.jp/x").unwrap(),
            "mybank.co.jp"
        );
        assert_eq!(normalize_domain("shop.example.com").unwrap(), "example.com");
        assert!(normalize_domain("co.jp").is_err());
        assert!(normalize_domain("192.0.2.1").is_err());
        assert!(normalize_domain("").is_err());
    }

    #[test]
    fn parse() {
        let s =
            Settings::from_json(r#"{"sensitivity":"high","user_sites":["a.example"]}"#).unwrap();
        assert_eq!(s.sensitivity, Sensitivity::High);
        assert!(Settings::from_json(r#"{"sensitivity":"loud"}"#).is_err());
        assert!(Settings::from_json(r#"{"unknown":1}"#).is_err());
        assert!(Settings::from_json("{}").is_ok());
    }
}
