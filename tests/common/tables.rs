//! The table runners shared by the lookalike wave tests: every row is checked and all failures are
//! reported at once.
use omamori::verdict::{Severity, VerdictKind};
use omamori::{Engine, Settings};

/// A lookalike row: URL, retailer, first reason's kind, severity.
pub type Row = (&'static str, &'static str, &'static str, Severity);

pub fn engine() -> Engine {
    Engine::new(Settings::default()).expect("default settings")
}

/// Every URL is a lookalike of the retailer, with that first reason and severity.
pub fn assert_lookalikes(rows: &[Row]) {
    let e = engine();
    let mut failures = Vec::new();
    for (url, retailer, kind, severity) in rows {
        let v = e.check_url(url);
        let got_kind = v.reasons.first().map(|r| r.kind.as_str());
        if v.verdict != VerdictKind::Lookalike
            || v.retailer.as_deref() != Some(*retailer)
            || got_kind != Some(*kind)
            || v.severity != Some(*severity)
        {
            failures.push(format!(
                "{url}: want {retailer} {kind} {severity:?}, got {:?} {:?} {got_kind:?} {:?}",
                v.verdict, v.retailer, v.severity
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every URL gets exactly the verdict kind given (legitimate domains don't trigger).
pub fn assert_verdicts(rows: &[(&str, VerdictKind)]) {
    let e = engine();
    let mut failures = Vec::new();
    for (url, want) in rows {
        let v = e.check_url(url);
        if v.verdict != *want {
            failures.push(format!(
                "{url}: want {want:?}, got {:?} {:?}",
                v.verdict,
                v.reasons.first().map(|r| r.kind.as_str())
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
