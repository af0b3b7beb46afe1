//! The whole pipeline, in order (Chromium's `GetMatchingDomain` in spirit):
//! parse → official? → lookalike findings → (page findings) → policy → verdict.

use crate::catalog::{DomainRole, Owner};
use crate::domain::{is_under, DomainInfo};
use crate::lookalike;
use crate::signals::PageSignals;
use crate::verdict::{Finding, PageKind, Reason, ReasonKind, Verdict, VerdictKind};
use crate::Engine;

pub fn classify(engine: &Engine, input: &str, signals: Option<&PageSignals>) -> Verdict {
    let info = match DomainInfo::parse(input) {
        Ok(info) => info,
        Err(e) => return Verdict::invalid(input, e.to_string()),
    };
    let catalog = &engine.catalog;
    let owned = catalog.lookup_host(&info.hostname);
    if let Some((owner, role @ (DomainRole::Signin | DomainRole::Owned), domain)) = owned {
        return engine.official(input, &info, owner, role == DomainRole::Signin, domain);
    }
    let mut findings: Vec<Finding> = lookalike::find_all(&info, catalog);
    if let Some(signals) = signals {
        findings.extend(crate::signals::assess::assess(&info, signals, catalog));
    }
    findings.retain(|f| engine.is_protected(f.owner) && !engine.is_unaffiliated(&info, f.owner));
    let Some(best) = findings.iter().max_by_key(|f| f.strength) else {
        let mut v = engine.base(input, &info, VerdictKind::Unrelated);
        if let Some((owner, DomainRole::Hosting, domain)) = owned {
            v.reasons.push(Reason {
                kind: ReasonKind::HostedThirdParty,
                variant: None,
                matched: domain.to_string(),
                brand: engine.owner_token(owner),
                detail: info.hostname.clone(),
            });
        } else if let Some(zone) = lookalike::hosting::customer_zone(&info.hostname) {
            // A CDN/DNS customer zone (`www.apple.com.edgekey.net`): hosting, not imitation.
            v.reasons.push(Reason {
                kind: ReasonKind::HostedThirdParty,
                variant: None,
                matched: zone.to_string(),
                brand: String::new(),
                detail: info.hostname.clone(),
            });
        }
        return v;
    };
    let owner = best.owner;
    findings.retain(|f| f.owner == owner);
    findings.sort_by_key(|f| std::cmp::Reverse(f.strength));
    engine.lookalike(input, &info, owner, &findings)
}

/// The page kind of an official URL: sign-in flow, account pages, or anything else.
///
/// `www.amazon.co.jp/ap/signin` → signin; `login.yahoo.co.jp/config/login` → signin (host);
/// `www.amazon.co.jp/a/settings/approval` → account; `www.amazon.co.jp/dp/…` → other.
pub fn page_kind(info: &DomainInfo, hosts: &[&str], signin: &[&str], account: &[&str]) -> PageKind {
    let path = info.url.path();
    if hosts.iter().any(|h| is_under(&info.hostname, h))
        || signin.iter().any(|p| path.starts_with(p))
    {
        PageKind::Signin
    } else if account.iter().any(|p| path.starts_with(p)) {
        PageKind::Account
    } else {
        PageKind::Other
    }
}

/// Whether a finding concerns a user site rather than a retailer (wire kind `user-site-lookalike`).
pub fn wire_reason(f: &Finding) -> Reason {
    let mut r = Reason::from(f);
    if matches!(f.owner, Owner::UserSite(_)) && f.kind != ReasonKind::ImpersonatedSignin {
        r.variant = Some(f.kind.as_str());
        r.kind = ReasonKind::UserSiteLookalike;
    }
    r
}

/// The retailer's official domain a lookalike most likely imitates, from the country code it shows.
///
/// `amazon-co-jp-login.com` → `amazon.co.jp` (suffix spelled in the label); `amazon-jp.top` →
/// `amazon.co.jp` (last suffix label as a part); `amzon.de` → `amazon.de` (same suffix).
pub fn imitated_domain(info: &DomainInfo, domains: &[&'static str]) -> Option<&'static str> {
    let label = info.brand_label.as_str();
    let parts: Vec<&str> = label.split('-').collect();
    let suffix_of = |d: &str| {
        d.split_once('.')
            .map(|(_, s)| s.to_string())
            .unwrap_or_default()
    };
    let spelled = domains.iter().filter(|d| {
        let s = suffix_of(d);
        s.contains('.')
            && (label.contains(&s.replace('.', "-")) || label.contains(&s.replace('.', "")))
    });
    if let Some(d) = spelled.max_by_key(|d| d.len()) {
        return Some(d);
    }
    let by_last = domains.iter().find(|d| {
        let s = suffix_of(d);
        let last = s.rsplit('.').next().unwrap_or("");
        parts.len() > 1 && parts.contains(&last)
    });
    if let Some(d) = by_last {
        return Some(d);
    }
    domains
        .iter()
        .copied()
        .find(|d| suffix_of(d) == info.suffix)
}
