//! The copied-page table tests' shared check (tests/copied_pages.rs, tests/copied_accounts.rs): each
//! case's page signals through `Engine::check_page`, the retailer flagged (or none) and, when flagged,
//! a part of the `impersonated-signin` evidence.
use crate::page_signals::{engine, signals};
use omamori::verdict::VerdictKind;
use serde_json::Value;

/// (case, url, signals, retailer expected or None, evidence part expected in the detail)
pub type Case = (
    &'static str,
    &'static str,
    Value,
    Option<&'static str>,
    &'static str,
);

pub fn check(cases: Vec<Case>) {
    let e = engine();
    for (name, url, s, want, part) in cases {
        let v = e.check_page(url, signals(s));
        let flagged = v.verdict == VerdictKind::Lookalike;
        let got = if flagged { v.retailer.as_deref() } else { None };
        assert_eq!(got, want, "{name}: {:?} {:?}", v.verdict, v.reasons);
        if want.is_some() {
            let detail = v
                .reasons
                .iter()
                .find(|r| r.kind.as_str() == "impersonated-signin")
                .map(|r| r.detail.clone())
                .unwrap_or_default();
            assert!(detail.contains(part), "{name}: {detail}");
        }
    }
}
