//! The whole pipeline, in order (Chromium's `GetMatchingDomain` in spirit):
//! parse (bounded) → official? → lookalike findings → (page findings) → owner → verdict.
//! Verdict fields are filled in by `verdict::build`; actions come from `verdict::policy`.

use crate::catalog::{DomainRole, Owner};
use crate::context::Context;
use crate::domain::{DomainInfo, InputError};
use crate::lookalike;
use crate::signals::{assess, PageSignals};
use crate::verdict::{build, Finding, Verdict};

/// What the pipeline decided, before the verdict's fields (names, links, reasons) are filled in:
/// [`classify`] builds the full verdict from it; the navigation hot path (`compact.rs`) packs it
/// without building one.
pub(crate) enum Decision<'c> {
    Invalid(InputError),
    /// The retailer's (or the user's) own domain; `signin_role`: a sign-in domain of the retailer.
    Official {
        info: DomainInfo,
        owner: Owner,
        signin_role: bool,
        domain: &'c str,
    },
    /// An imitation of `owner`: its findings, strongest first.
    Lookalike {
        info: DomainInfo,
        owner: Owner,
        findings: Vec<Finding>,
    },
    /// Nobody's site; on a retailer's hosting domain (or a CDN customer zone), that domain.
    Unrelated {
        info: DomainInfo,
        hosting: Option<(Option<Owner>, &'c str)>,
    },
}

pub(crate) fn classify(ctx: &Context, input: &str, signals: Option<&PageSignals>) -> Verdict {
    match decide(ctx, input, signals) {
        Decision::Invalid(e) => Verdict::invalid(input, e.to_string()),
        Decision::Official {
            info,
            owner,
            signin_role,
            domain,
        } => build::official(ctx, input, &info, owner, signin_role, domain),
        Decision::Lookalike {
            info,
            owner,
            findings,
        } => build::lookalike(ctx, input, &info, owner, &findings),
        Decision::Unrelated { info, hosting } => build::unrelated(ctx, input, &info, hosting),
    }
}

pub(crate) fn decide<'c>(
    ctx: &'c Context,
    input: &str,
    signals: Option<&PageSignals>,
) -> Decision<'c> {
    // 1. Parse once. Input longer than the rules' URL cap, or a host longer than DNS allows, is
    //    refused before any per-label work (`DomainInfo::parse`).
    let info = match DomainInfo::parse(input) {
        Ok(info) => info,
        Err(e) => return Decision::Invalid(e),
    };
    // 2. The retailer's (or the user's) own domain.
    let owned = ctx.catalog.lookup_host(&info.hostname);
    if let Some((owner, role @ (DomainRole::Signin | DomainRole::Owned), domain)) = owned {
        return Decision::Official {
            info,
            owner,
            signin_role: role == DomainRole::Signin,
            domain,
        };
    }
    // 3. What the address (and the page, when its signals came along) imitates.
    let mut findings: Vec<Finding> = lookalike::find_all(&info, &ctx.catalog);
    if let Some(signals) = signals {
        findings.extend(assess::assess(&info, signals, &ctx.catalog));
    }
    // 4. Only protected owners count, and never a company that owns the same brand word.
    findings.retain(|f| ctx.is_protected(f.owner) && !ctx.is_unaffiliated(&info, f.owner));
    // 5. The strongest finding names the owner; its findings, strongest first, are the reasons.
    let Some(best) = findings.iter().max_by_key(|f| f.strength) else {
        let hosting = match owned {
            Some((owner, DomainRole::Hosting, domain)) => Some((Some(owner), domain)),
            // A CDN/DNS customer zone (`www.apple.com.edgekey.net`): hosting, not imitation.
            _ => lookalike::hosting::customer_zone(&info.hostname).map(|zone| (None, zone)),
        };
        return Decision::Unrelated { info, hosting };
    };
    let owner = best.owner;
    findings.retain(|f| f.owner == owner);
    // Strongest first, in order within a strength (as a stable sort by strength).
    crate::small_sort::sort_by(&mut findings, |a, b| a.strength > b.strength);
    Decision::Lookalike {
        info,
        owner,
        findings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::work;
    use crate::rules::LIMITS;
    use crate::settings::Settings;
    use crate::verdict::VerdictKind;

    fn ctx() -> Context {
        Context::new(&Settings::default()).expect("default settings")
    }

    /// Work counted while classifying `url` (bytes hashed by the domain lookups).
    fn counted(ctx: &Context, url: &str) -> (Verdict, usize) {
        work::take();
        let v = classify(ctx, url, None);
        (v, work::take())
    }

    #[test]
    fn huge_urls_and_hosts_are_invalid_before_any_label_work() {
        let ctx = ctx();
        let megabyte_host = format!("https://{}.example.com/", "a".repeat(1 << 20));
        let many_labels = format!("https://{}example.com/", "a.".repeat(100_000));
        let long_host = format!("https://{}.example.com/", "amazon".repeat(50)); // 300 chars
        let many_short = format!("https://{}example.com/", "a.".repeat(200)); // 402 chars
        for (url, error) in [
            (megabyte_host, "URL too long"),
            (many_labels, "URL too long"),
            (long_host, "host too long"),
            (many_short, "host too long"),
        ] {
            let (v, work) = counted(&ctx, &url);
            assert_eq!(v.verdict, VerdictKind::Invalid, "{}", &url[..40]);
            assert!(
                v.error.as_deref().is_some_and(|e| e.starts_with(error)),
                "{:?}",
                v.error
            );
            assert_eq!(work, 0, "refused before any lookup");
        }
    }

    #[test]
    fn label_work_grows_linearly_with_the_label_count() {
        // Hosts of 10, 20 and 30 labels `amaz0n.` (within the DNS bounds): each 10 more labels
        // must cost the same counted work. Before the host lookup started at the last labels it
        // hashed every parent domain (n²/2 label lengths) and the second step cost ~5/3 the first.
        let ctx = ctx();
        let work = |n: usize| {
            let (v, w) = counted(
                &ctx,
                &format!("https://{}example.com/", "amaz0n.".repeat(n)),
            );
            assert_eq!(v.verdict, VerdictKind::Lookalike, "{n} labels");
            w
        };
        let (w1, w2, w3) = (work(10), work(20), work(30));
        let (d1, d2) = (w2 - w1, w3 - w2);
        assert!(d1 > 0 && d2 <= d1 + d1 / 10, "{w1} → {w2} → {w3}");
        // Exactly at the bounds: still checked.
        let at_labels = format!("https://{}a/", "a.".repeat(LIMITS.host_labels - 1));
        assert_ne!(
            classify(&ctx, &at_labels, None).verdict,
            VerdictKind::Invalid
        );
    }
}
