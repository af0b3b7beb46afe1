//! Verdict assembly, in one place: the classifier decides which verdict kind a URL gets; these
//! functions fill in its fields (owner, official links, reasons) and ask the policy for actions.

use crate::catalog::Owner;
use crate::context::Context;
use crate::domain::{is_under, DomainInfo};
use crate::verdict::{policy, Finding, Names, PageKind, Reason, ReasonKind, Verdict, VerdictKind};

/// The retailer's own site: `official`, with its page kind and the actions for it.
pub fn official(
    ctx: &Context,
    input: &str,
    info: &DomainInfo,
    owner: Owner,
    signin_role: bool,
    domain: &str,
) -> Verdict {
    let mut v = base(ctx, input, info, VerdictKind::Official);
    set_owner(ctx, &mut v, owner, Some(domain));
    let kind = official_page_kind(ctx, info, owner, signin_role);
    v.page_kind = Some(kind);
    v.reasons.push(Reason {
        kind: ReasonKind::Official,
        variant: None,
        matched: domain.to_string(),
        brand: ctx.owner_token(owner),
        detail: info.hostname.clone(),
    });
    v.actions = policy::official_actions(kind).to_vec();
    v
}

/// The page kind of the owner's own page: a retailer's sign-in domains have sign-in and account
/// pages, and a listed sign-in host is a sign-in wherever its domain stands (`login.live.com` on
/// Microsoft's owned `live.com`: an owned domain's label never becomes a brand word, its sign-in
/// host is still the sign-in).
pub(crate) fn official_page_kind(
    ctx: &Context,
    info: &DomainInfo,
    owner: Owner,
    signin_role: bool,
) -> PageKind {
    match owner {
        Owner::Retailer(i) if signin_role => {
            let r = ctx.catalog.retailer(i);
            page_kind(info, r.signin_hosts, r.signin_paths, r.account_paths)
        }
        Owner::Retailer(i) => page_kind(info, ctx.catalog.retailer(i).signin_hosts, &[], &[]),
        _ => PageKind::Other,
    }
}

/// An imitation of `owner`: `findings` are all about that owner, strongest first.
pub fn lookalike(
    ctx: &Context,
    input: &str,
    info: &DomainInfo,
    owner: Owner,
    findings: &[Finding],
) -> Verdict {
    let mut v = base(ctx, input, info, VerdictKind::Lookalike);
    // Report the marketplace the address points at (`amzon.co.jp` imitates `amazon.co.jp`), else
    // the retailer's marketplace in the UI language (`rakuten-login.com` → 楽天's `rakuten.co.jp`
    // for a Japanese user), named as its users know it (`jp.mercari.com`).
    let imitated = match owner {
        Owner::Retailer(i) => Some(imitated_domain(ctx, i, info)),
        Owner::UserSite(_) => None,
    };
    let shown = imitated.map(|(d, i)| shown_domain(ctx, i, d));
    let mut reasons: Vec<Reason> = Vec::new();
    for f in findings {
        let mut r = wire_reason(f);
        if let (Some(d), false) = (
            &shown,
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
    // The official links follow the marketplace (by its catalog domain, not the name shown).
    let matched = reasons.first().map(|r| match (&shown, imitated) {
        (Some(s), Some((d, _))) if *s == r.matched => d.to_string(),
        _ => r.matched.clone(),
    });
    set_owner(ctx, &mut v, owner, matched.as_deref());
    v.reasons = reasons;
    v.severity = policy::severity(findings);
    if let Some(s) = v.severity {
        v.actions = policy::lookalike_actions(s, ctx.sensitivity, v.trusted).to_vec();
    }
    v
}

/// Nobody's site and nobody's imitation; on a retailer's hosting domain (`amazonaws.com`) the
/// reason `hosted-third-party` says so.
pub fn unrelated(
    ctx: &Context,
    input: &str,
    info: &DomainInfo,
    hosting: Option<(Option<Owner>, &str)>,
) -> Verdict {
    let mut v = base(ctx, input, info, VerdictKind::Unrelated);
    // A retailer's hosting domain (with its brand), or a CDN/DNS customer zone (no brand).
    if let Some((owner, domain)) = hosting {
        v.reasons.push(Reason {
            kind: ReasonKind::HostedThirdParty,
            variant: None,
            matched: domain.to_string(),
            brand: owner.map(|o| ctx.owner_token(o)).unwrap_or_default(),
            detail: info.hostname.clone(),
        });
    }
    v
}

fn base(ctx: &Context, input: &str, info: &DomainInfo, kind: VerdictKind) -> Verdict {
    let mut v = Verdict::empty(input, kind);
    v.host = Some(info.unicode_host().to_string());
    v.registrable_domain = info.registrable().map(str::to_string);
    v.trusted = ctx.is_trusted(info);
    v
}

fn set_owner(ctx: &Context, v: &mut Verdict, owner: Owner, registrable: Option<&str>) {
    match owner {
        Owner::Retailer(i) => {
            let r = ctx.catalog.retailer(i);
            let site = ctx.site(i, registrable);
            v.retailer = Some(r.id.to_string());
            v.retailer_name = Some(Names {
                en: r.name_en.to_string(),
                ja: r.name_ja.to_string(),
            });
            v.official_url = Some(site.signin_url.to_string());
            v.two_step_url = Some(site.two_step_url.to_string());
            v.help_url = Some(site.help_url.to_string());
            v.passkey_url = crate::non_empty(site.passkey_url).map(str::to_string);
            v.change_password_url = crate::non_empty(site.change_password_url).map(str::to_string);
        }
        Owner::UserSite(j) => {
            let d = ctx.catalog.user_site(j);
            v.retailer = Some(format!("user:{d}"));
            v.retailer_name = Some(Names {
                en: d.to_string(),
                ja: d.to_string(),
            });
            v.official_url = Some(format!("https://{d}/"));
        }
    }
}

/// The page kind of an official URL: sign-in flow, account pages, or anything else.
///
/// `www.amazon.co.jp/ap/signin` → signin; `login.yahoo.co.jp/config/login` → signin (host);
/// `www.amazon.co.jp/a/settings/approval` → account; `www.amazon.co.jp/dp/…` → other.
fn page_kind(info: &DomainInfo, hosts: &[&str], signin: &[&str], account: &[&str]) -> PageKind {
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

/// A finding about a user site goes on the wire as `user-site-lookalike` with the heuristic's kind
/// as variant (the page assessment keeps its own kind).
fn wire_reason(f: &Finding) -> Reason {
    let mut r = Reason::from(f);
    if matches!(f.owner, Owner::UserSite(_)) && f.kind != ReasonKind::ImpersonatedSignin {
        r.variant = Some(f.kind.as_str());
        r.kind = ReasonKind::UserSiteLookalike;
    }
    r
}

/// The retailer's official domain a lookalike most likely imitates (with the retailer's index).
///
/// From the country code it shows: `amazon-co-jp-login.com` → `amazon.co.jp` (suffix spelled in
/// the label); `amazon-jp.top` → `amazon.co.jp` (last suffix label as a part); `amzon.de` →
/// `amazon.de` (same suffix as one of its marketplaces). Otherwise the address points at no
/// marketplace in particular: the retailer's marketplace in the UI language. Marketplaces
/// (`[[retailer.site]]`, main one first) come before the other sign-in domains, so `rakuten-jp.top`
/// names `rakuten.co.jp`, not `fril.jp`.
fn imitated_domain(ctx: &Context, i: usize, info: &DomainInfo) -> (&'static str, usize) {
    let r = ctx.catalog.retailer(i);
    // Marketplaces first, then the other sign-in domains (a domain listed twice changes neither
    // the first longest match nor the first match below, so no de-duplication is needed).
    let domains = || {
        r.sites
            .iter()
            .map(|s| s.domain)
            .chain(r.signin_domains.iter().copied())
    };
    let label = info.brand_label();
    let suffix_of = |d: &'static str| {
        d.as_bytes()
            .iter()
            .position(|&b| b == b'.')
            .map_or("", |dot| &d[dot + 1..])
    };
    // The suffix spelled in the label with its dots as hyphens or left out (`amazon-co-jp`,
    // `amazoncojp`).
    let spells = |s: &str, dot: Option<u8>| contains_spelled(label.as_bytes(), s.as_bytes(), dot);
    // Longest spelled suffix; among equals the first in `domains`.
    let mut longest: Option<&'static str> = None;
    for d in domains() {
        if longest.is_some_and(|l| d.len() <= l.len()) {
            continue;
        }
        let s = suffix_of(d);
        if s.as_bytes().contains(&b'.') && (spells(s, Some(b'-')) || spells(s, None)) {
            longest = Some(d);
        }
    }
    if let Some(d) = longest {
        return (d, i);
    }
    let by_last = label.contains('-').then(|| {
        domains().find(|d| {
            let s = suffix_of(d);
            let last = s
                .as_bytes()
                .iter()
                .rposition(|&b| b == b'.')
                .map_or(s, |dot| &s[dot + 1..]);
            has_part(label.as_bytes(), last.as_bytes())
        })
    });
    if let Some(Some(d)) = by_last {
        return (d, i);
    }
    let same_suffix = r
        .sites
        .iter()
        .map(|s| s.domain)
        .find(|d| suffix_of(d) == info.suffix());
    (same_suffix.unwrap_or_else(|| ctx.site(i, None).domain), i)
}

/// Whether `part` is one of the hyphen-separated parts of `label` (`label.split('-').any(|p| p ==
/// part)`, without a searcher per call).
fn has_part(label: &[u8], part: &[u8]) -> bool {
    let Some(last) = label.len().checked_sub(part.len()) else {
        return false;
    };
    if part.contains(&b'-') {
        return false; // parts never hold a hyphen
    }
    (0..=last).any(|i| {
        (i == 0 || label[i - 1] == b'-')
            && (i == last || label[i + part.len()] == b'-')
            && &label[i..i + part.len()] == part
    })
}

/// Whether `label` contains `suffix` with each dot spelled as `dot` (or left out): `s.replace('.',
/// "-")` and `label.contains`, without building the string (labels are short: a direct scan).
fn contains_spelled(label: &[u8], suffix: &[u8], dot: Option<u8>) -> bool {
    let dots = suffix.iter().filter(|&&b| b == b'.').count();
    let len = if dot.is_some() {
        suffix.len()
    } else {
        suffix.len() - dots
    };
    let Some(last) = label.len().checked_sub(len) else {
        return false;
    };
    (0..=last).any(|start| {
        let mut at = start;
        suffix.iter().all(|&c| match (c, dot) {
            (b'.', None) => true,
            (b'.', Some(d)) | (d, _) => {
                at += 1;
                label[at - 1] == d
            }
        })
    })
}

/// How a marketplace's users know it: its sign-in host when that is the domain under a country
/// label in the UI language (`jp.mercari.com` for Japanese users), else the domain.
fn shown_domain(ctx: &Context, i: usize, domain: &str) -> String {
    let site = ctx.site(i, Some(domain));
    let host = site
        .signin_url
        .strip_prefix("https://")
        .and_then(|rest| rest.split(['/', '?', '#']).next())
        .unwrap_or("");
    let country = if ctx.lang.starts_with("ja") { "jp" } else { "" };
    match host.strip_suffix(domain).and_then(|l| l.strip_suffix('.')) {
        Some(label) if !country.is_empty() && label == country && site.lang == "ja" => {
            host.to_string()
        }
        _ => domain.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{contains_spelled, has_part};

    #[test]
    fn part_matches_split() {
        for label in [
            "amazon-jp",
            "jp-amazon",
            "a--b",
            "amazonjp",
            "",
            "-",
            "x-jp-y",
            "jpx-jp",
        ] {
            for part in ["jp", "", "amazon", "a", "b", "x-jp"] {
                assert_eq!(
                    has_part(label.as_bytes(), part.as_bytes()),
                    label.split('-').any(|p| p == part),
                    "{label:?} {part:?}"
                );
            }
        }
    }

    #[test]
    fn spelled_suffix_matches_replace_and_contains() {
        let labels = [
            "amazon-co-jp-login",
            "amazoncojp",
            "co-j",
            "",
            "jp",
            "楽天-co-jp",
            "cojpx",
        ];
        let suffixes = ["co.jp", "jp", "com.au", "ne.jp", ".", "co.uk"];
        for label in labels {
            for suffix in suffixes {
                for (dot, with) in [(Some(b'-'), "-"), (None, "")] {
                    assert_eq!(
                        contains_spelled(label.as_bytes(), suffix.as_bytes(), dot),
                        label.contains(&suffix.replace('.', with)),
                        "{label} {suffix} {with:?}"
                    );
                }
            }
        }
    }
}
