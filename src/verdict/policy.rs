//! The one place where findings become a severity and actions (Chromium's split between
//! `LookalikeUrlMatchType` and `GetActionForMatchType`).

use serde::Deserialize;

use super::{Action, Finding, PageKind, Severity, Strength};

/// How eager warnings are (user setting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sensitivity {
    /// Only high-severity findings show a banner.
    Low,
    #[default]
    Normal,
    /// Low-severity findings show a banner too.
    High,
}

/// The severity of a set of findings: the strongest one decides.
///
/// Strong → high, moderate → medium, weak → low.
pub fn severity(findings: &[Finding]) -> Option<Severity> {
    findings.iter().map(|f| f.strength).max().map(|s| match s {
        Strength::Strong => Severity::High,
        Strength::Moderate => Severity::Medium,
        Strength::Weak => Severity::Low,
    })
}

/// Actions for a lookalike of `severity`.
///
/// | severity | low sensitivity | normal | high |
/// |---|---|---|---|
/// | high | badge, banner, form-guard | badge, banner, form-guard | badge, banner, form-guard |
/// | medium | badge | badge, banner | badge, banner, form-guard |
/// | low | — | badge | badge, banner |
pub fn lookalike_actions(
    severity: Severity,
    sensitivity: Sensitivity,
    trusted: bool,
) -> &'static [Action] {
    use Action::*;
    if trusted {
        return &[];
    }
    match (severity, sensitivity) {
        (Severity::High, _) | (Severity::Medium, Sensitivity::High) => &[Badge, Banner, FormGuard],
        (Severity::Medium, Sensitivity::Normal) | (Severity::Low, Sensitivity::High) => {
            &[Badge, Banner]
        }
        (Severity::Medium, Sensitivity::Low) | (Severity::Low, Sensitivity::Normal) => &[Badge],
        (Severity::Low, Sensitivity::Low) => &[],
    }
}

/// Actions on an official page: the badge, and the two-step reminder on sign-in and account pages.
pub fn official_actions(page_kind: PageKind) -> &'static [Action] {
    match page_kind {
        PageKind::Signin | PageKind::Account => &[Action::Badge, Action::TwoStepReminder],
        PageKind::Other => &[Action::Badge],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The UI reads only `actions` (docs/api.md "What the UI reads"): a trusted domain must get none
    /// at every severity and sensitivity, so no script needs `lookalike && !trusted`.
    #[test]
    fn trusted_gets_no_action_anywhere() {
        for severity in [Severity::Low, Severity::Medium, Severity::High] {
            for sensitivity in [Sensitivity::Low, Sensitivity::Normal, Sensitivity::High] {
                assert!(lookalike_actions(severity, sensitivity, true).is_empty());
                let untrusted = lookalike_actions(severity, sensitivity, false);
                // Every warning shows the badge; a banner never comes without it.
                assert!(untrusted.is_empty() || untrusted.contains(&Action::Badge));
                assert!(!untrusted.contains(&Action::TwoStepReminder));
            }
        }
    }
}
