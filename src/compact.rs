//! The navigation check's compact answer: verdict, retailer, severity, page kind, trusted and actions
//! packed into one `u32`, so the hot path crosses the WASM boundary as a number (no JSON text, no
//! object built field by field). The full verdict, with its reasons, is asked for only when it is
//! shown. [`Layout`] says where each field sits and what its values mean; JS decodes with it, so the
//! bit positions are defined here only.
//!
//! `https://amaz0n.co.jp/` → verdict `lookalike` (1), severity `high` (3), actions badge + banner +
//! form-guard, retailer `amazon` (its catalog position + 1); `https://example.org/` → `unrelated`,
//! everything else 0.

use serde::Serialize;

use crate::catalog::Owner;
use crate::classifier::{decide, Decision};
use crate::verdict::{build, policy, Action, PageKind, Severity, Verdict, VerdictKind};
use crate::Engine;

/// Values of each field, in code order (code 0 of an optional field means "none").
const VERDICTS: [VerdictKind; 4] = [
    VerdictKind::Official,
    VerdictKind::Lookalike,
    VerdictKind::Unrelated,
    VerdictKind::Invalid,
];
const SEVERITIES: [Severity; 3] = Severity::ALL;
const PAGE_KINDS: [PageKind; 3] = [PageKind::Signin, PageKind::Account, PageKind::Other];
const ACTIONS: [Action; 4] = [
    Action::Badge,
    Action::Banner,
    Action::FormGuard,
    Action::TwoStepReminder,
];

/// A field's place in the packed number: `(n >>> shift) & ((1 << bits) - 1)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Field {
    pub shift: u32,
    pub bits: u32,
}

/// Where the fields sit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Fields {
    pub verdict: Field,
    pub severity: Field,
    pub page_kind: Field,
    pub trusted: Field,
    /// One bit per entry of `actions`, in its order.
    pub actions: Field,
    pub retailer: Field,
}

pub const FIELDS: Fields = Fields {
    verdict: Field { shift: 0, bits: 2 },
    severity: Field { shift: 2, bits: 2 },
    page_kind: Field { shift: 4, bits: 2 },
    trusted: Field { shift: 6, bits: 1 },
    actions: Field { shift: 7, bits: 4 },
    retailer: Field {
        shift: 16,
        bits: 16,
    },
};

/// How to read a packed verdict (`Engine.compactLayout()` in JS). Codes index these lists: `verdicts[c]`,
/// `severities[c - 1]`, `page_kinds[c - 1]`, `retailers[c - 1]` (the `retailer` field of the full
/// verdict: catalog ids, then `user:<domain>` for the user's own sites), 0 meaning none.
#[derive(Debug, Clone, Serialize)]
pub struct Layout {
    pub fields: Fields,
    pub verdicts: Vec<String>,
    pub severities: Vec<String>,
    pub page_kinds: Vec<String>,
    pub actions: Vec<String>,
    pub retailers: Vec<String>,
}

/// The wire name of an enum value (its serde name, as in the full verdict).
fn wire<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn code<T: PartialEq>(values: &[T], value: &T) -> u32 {
    values
        .iter()
        .position(|v| v == value)
        .map_or(0, |i| i as u32)
}

/// One bit per entry of [`ACTIONS`] present in `actions`.
fn action_bits(actions: &[Action]) -> u32 {
    ACTIONS
        .iter()
        .enumerate()
        .filter(|(_, a)| actions.contains(a))
        .fold(0, |m, (i, _)| m | 1 << i)
}

fn put(n: &mut u32, field: Field, value: u32) {
    *n |= (value & ((1 << field.bits) - 1)) << field.shift;
}

impl Engine {
    /// `check_url`, packed (see the module documentation), from the pipeline's decision: the verdict's
    /// names, links and reasons are never built (`tests/compact.rs` holds it to `check_url` on every
    /// committed corpus).
    pub fn check_url_compact(&self, url: &str) -> u32 {
        let ctx = &self.ctx;
        // Matched by reference: the parsed URL is not moved out of the decision again.
        let decision = decide(ctx, url, None);
        let (kind, info, owner, severity, page_kind, actions) = match &decision {
            Decision::Invalid(_) => return code(&VERDICTS, &VerdictKind::Invalid),
            Decision::Official {
                info,
                owner,
                signin_role,
                ..
            } => {
                let kind = build::official_page_kind(ctx, info, *owner, *signin_role);
                let actions = policy::official_actions(kind);
                (
                    VerdictKind::Official,
                    info,
                    Some(*owner),
                    None,
                    Some(kind),
                    actions,
                )
            }
            Decision::Lookalike {
                info,
                owner,
                findings,
            } => {
                let severity = policy::severity(findings);
                let trusted = ctx.is_trusted(info);
                let actions = severity.map_or(&[][..], |s| {
                    policy::lookalike_actions(s, ctx.sensitivity, trusted)
                });
                (
                    VerdictKind::Lookalike,
                    info,
                    Some(*owner),
                    severity,
                    None,
                    actions,
                )
            }
            Decision::Unrelated { info, .. } => {
                (VerdictKind::Unrelated, info, None, None, None, &[][..])
            }
        };
        let mut n = 0;
        put(&mut n, FIELDS.verdict, code(&VERDICTS, &kind));
        if let Some(s) = severity {
            put(&mut n, FIELDS.severity, code(&SEVERITIES, &s) + 1);
        }
        if let Some(k) = page_kind {
            put(&mut n, FIELDS.page_kind, code(&PAGE_KINDS, &k) + 1);
        }
        put(&mut n, FIELDS.trusted, u32::from(ctx.is_trusted(info)));
        put(&mut n, FIELDS.actions, action_bits(actions));
        if let Some(owner) = owner {
            put(&mut n, FIELDS.retailer, self.owner_code(owner));
        }
        n
    }

    /// 1 + the position of `owner` in [`Layout::retailers`]: catalog retailers, then user sites.
    fn owner_code(&self, owner: Owner) -> u32 {
        match owner {
            Owner::Retailer(i) => i as u32 + 1,
            Owner::UserSite(j) => (self.ctx.catalog.retailers().len() + j) as u32 + 1,
        }
    }

    /// Packs the fields of `v` that the navigation hot path needs.
    pub fn pack(&self, v: &Verdict) -> u32 {
        let mut n = 0;
        put(&mut n, FIELDS.verdict, code(&VERDICTS, &v.verdict));
        if let Some(s) = v.severity {
            put(&mut n, FIELDS.severity, code(&SEVERITIES, &s) + 1);
        }
        if let Some(k) = v.page_kind {
            put(&mut n, FIELDS.page_kind, code(&PAGE_KINDS, &k) + 1);
        }
        put(&mut n, FIELDS.trusted, u32::from(v.trusted));
        put(&mut n, FIELDS.actions, action_bits(&v.actions));
        if let Some(id) = &v.retailer {
            put(&mut n, FIELDS.retailer, self.retailer_code(id));
        }
        n
    }

    /// 1 + the position of `id` in [`Layout::retailers`] (0 if it is not there).
    fn retailer_code(&self, id: &str) -> u32 {
        if let Some(i) = self.ctx.catalog.retailer_index(id) {
            return i as u32 + 1;
        }
        let n = self.ctx.catalog.retailers().len();
        let site = id.strip_prefix("user:").unwrap_or_default();
        (0..self.ctx.catalog.user_site_count())
            .find(|&j| self.ctx.catalog.user_site(j) == site)
            .map_or(0, |j| (n + j) as u32 + 1)
    }

    /// How to decode [`Engine::check_url_compact`]'s number.
    pub fn compact_layout(&self) -> Layout {
        let mut retailers: Vec<String> = self
            .ctx
            .catalog
            .retailers()
            .iter()
            .map(|r| r.id.to_string())
            .collect();
        retailers.extend(
            (0..self.ctx.catalog.user_site_count())
                .map(|j| format!("user:{}", self.ctx.catalog.user_site(j))),
        );
        Layout {
            fields: FIELDS,
            verdicts: VERDICTS.iter().map(wire).collect(),
            severities: SEVERITIES.iter().map(wire).collect(),
            page_kinds: PAGE_KINDS.iter().map(wire).collect(),
            actions: ACTIONS.iter().map(wire).collect(),
            retailers,
        }
    }
}

/// The fields of a packed verdict, decoded with a [`Layout`] (what the JS decoder does).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub verdict: String,
    pub severity: Option<String>,
    pub page_kind: Option<String>,
    pub trusted: bool,
    pub actions: Vec<String>,
    pub retailer: Option<String>,
}

impl Layout {
    pub fn decode(&self, n: u32) -> Decoded {
        let get = |f: Field| (n >> f.shift) & ((1 << f.bits) - 1);
        let opt = |list: &[String], c: u32| {
            (c as usize)
                .checked_sub(1)
                .and_then(|i| list.get(i))
                .cloned()
        };
        let acts = get(self.fields.actions);
        Decoded {
            verdict: self.verdicts[get(self.fields.verdict) as usize].clone(),
            severity: opt(&self.severities, get(self.fields.severity)),
            page_kind: opt(&self.page_kinds, get(self.fields.page_kind)),
            trusted: get(self.fields.trusted) == 1,
            actions: (0..self.actions.len())
                .filter(|i| acts & (1 << i) != 0)
                .map(|i| self.actions[i].clone())
                .collect(),
            retailer: opt(&self.retailers, get(self.fields.retailer)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Settings;

    fn decoded_of(v: &Verdict) -> Decoded {
        Decoded {
            verdict: wire(&v.verdict),
            severity: v.severity.as_ref().map(wire),
            page_kind: v.page_kind.as_ref().map(wire),
            trusted: v.trusted,
            actions: v.actions.iter().map(wire).collect(),
            retailer: v.retailer.clone(),
        }
    }

    /// The packed answer decodes to the full verdict's fields, for every kind of verdict, with and
    /// without user sites and trusted domains.
    #[test]
    fn packs_what_the_full_verdict_says() {
        let settings = Settings {
            user_sites: vec!["mybank.co.jp".into()],
            trusted_domains: vec!["amazon-login.example".into()],
            ..Settings::default()
        };
        for engine in [Engine::new(Settings::default()), Engine::new(settings)] {
            let engine = engine.expect("valid settings");
            let layout = engine.compact_layout();
            for url in [
                "https://www.amazon.co.jp/ap/signin",
                "https://www.amazon.co.jp/a/settings/approval",
                "https://www.amazon.co.jp/dp/B000",
                "https://amaz0n.co.jp/",
                "https://amazon-login.example/",
                "https://secure-rakuten.net/login",
                "https://xn--mazon-3ve.co.jp/",
                "https://mybank.co.jp/",
                "https://mybamk.co.jp/",
                "https://example.org/",
                "mailto:a@b.c",
                "",
            ] {
                let full = engine.check_url(url);
                assert_eq!(
                    layout.decode(engine.check_url_compact(url)),
                    decoded_of(&full),
                    "{url}"
                );
            }
        }
    }

    #[test]
    fn fields_do_not_overlap_and_fit_their_values() {
        let f = FIELDS;
        let all = [
            f.verdict,
            f.severity,
            f.page_kind,
            f.trusted,
            f.actions,
            f.retailer,
        ];
        let mut used = 0u64;
        for x in all {
            let mask = ((1u64 << x.bits) - 1) << x.shift;
            assert_eq!(used & mask, 0, "{x:?} overlaps");
            assert!(x.shift + x.bits <= 32, "{x:?} does not fit");
            used |= mask;
        }
        assert!(VERDICTS.len() <= 1 << f.verdict.bits);
        assert!(SEVERITIES.len() < 1 << f.severity.bits);
        assert!(PAGE_KINDS.len() < 1 << f.page_kind.bits);
        assert_eq!(ACTIONS.len() as u32, f.actions.bits);
    }
}
