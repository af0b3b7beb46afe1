//! What a copy of a retailer's page keeps besides its brand words (issue 10): the retailer's own
//! hosts where the original named them. A kit that strips comments and rewrites the title still
//! carries some of these:
//!
//! - `source_hosts`: the leading comment of a saved or mirrored copy ("saved from url=…");
//! - `page_hosts`: the address the document gives itself (`<link rel=canonical>`, `og:url`,
//!   `<base href>`, `<link rel=alternate hreflang>`) — a page on a foreign host that says it *is*
//!   a page of the retailer's own domain is a copy of it;
//! - `signin_action_hosts`: the credential form still posts to the retailer's own domain (a copied
//!   sign-in by itself); `form_action_hosts`: some form on the page does (a search widget may);
//! - resources (`img_hosts` with `srcset` and inline `url()`, `css_hosts`, `script_hosts`,
//!   `favicon_hosts`) from the retailer's own domains or CDNs.
//!
//! - `local_paths`: the page's own paths (a copy's relative links and form action) that start with
//!   the retailer's sign-in paths (the catalog's `signin_paths`);
//! - `form_ids`: the ids and names of the credential form's controls that only the retailer's own
//!   form carries (the catalog's `form_marks`, `markup.rs`): on a page with no name of its own, a
//!   copied sign-in by itself, as a form still posting to the retailer is.
//!
//! The first four name the page as the retailer's (identity); resources and paths do not: a shop that
//! embeds a retailer's widget or product pictures pulls them too, so they weigh little on a page
//! that names itself (its own `og:site_name`, its own copyright owner). Links (`link_hosts`, with
//! the hosts of return addresses in their queries: `?openid.return_to=https://www.amazon.com/`)
//! never name the page: an affiliate link says nothing about who the page is. On a page that names
//! nobody else (no `og:site_name`, copyright owner or site name of its own) and links to one
//! retailer's own domains and no other retailer's, they support a brand the page already shows in
//! a tight place (its copyright owner, a sign-in title or heading, a field, the logo at the form),
//! in the retailer's own terms at the form ("By continuing, you agree to Amazon's Conditions of
//! Use") or in text at the form that addresses the retailer's account ("Appleアカウントを作成",
//! "Don't have a PayPal account?"): a copied sign-in keeps the retailer's help, reset and sign-up
//! links (`links:`), and a page with no name of its own that sends its users to one retailer's
//! account pages is that retailer's page. A how-to that says
//! "reset your Apple password" beside its own login and links there is not helped by them.

use crate::catalog::{Catalog, DomainRole, Owner};
use crate::domain::{is_under, DomainInfo};
use crate::signals::assess::LOOSE;
use crate::signals::evidence::Evidence;
use crate::signals::markup::form_mark;
use crate::signals::PageSignals;

/// Points for resources from the retailer's own domains on a page with no name of its own, and on
/// a page that names itself otherwise (a widget, product pictures).
const CDN: i32 = 3;
const CDN_ON_OWN_PAGE: i32 = 1;
/// Points for links to the retailer's own domains only, on a page with no name of its own.
const LINKS: i32 = 2;

/// Adds the copy marks of retailer `idx` on this page to `ev` (whose `own_identity` is already set).
pub fn add_copy_marks(
    ev: &mut Evidence,
    idx: usize,
    signals: &PageSignals,
    info: &DomainInfo,
    catalog: &Catalog,
) {
    // A host on one of this retailer's sign-in or owned domains (not its hosting domains: anyone's
    // page can be on amazonaws.com).
    let own = |host: &String| match catalog.lookup_host(&host.to_ascii_lowercase()) {
        Some((Owner::Retailer(i), DomainRole::Signin | DomainRole::Owned, d)) if i == idx => {
            Some(d.to_string())
        }
        _ => None,
    };
    let cdn = signals
        .img_hosts
        .iter()
        .chain(&signals.css_hosts)
        .chain(&signals.script_hosts)
        .chain(&signals.favicon_hosts)
        .find_map(own);
    if let Some(d) = cdn {
        let points = if ev.own_identity {
            CDN_ON_OWN_PAGE
        } else {
            CDN
        };
        ev.add(points, format!("cdn:{d}"));
    }
    if let Some(d) = signals.signin_action_hosts.iter().find_map(own) {
        // The credential form itself posts to the retailer's own domain: the retailer's sign-in form,
        // copied whole (another form on the page, a search box, could be a widget's).
        ev.add(LOOSE, format!("form:{d}"));
        ev.identity = true;
    } else if let Some(d) = signals.form_action_hosts.iter().find_map(own) {
        // A form on a foreign page that posts to the retailer's own domain is the retailer's form, copied.
        ev.add(2, format!("action:{d}"));
        ev.identity = true;
    } else if signals
        .form_action_hosts
        .iter()
        .any(|h| !same_site(h, info))
    {
        ev.add(1, "action:foreign");
    }
    if let Some(m) = form_mark(catalog.retailer(idx).id, &signals.form_ids) {
        // The credential form keeps the retailer's own control names (`ap_email`, `loginfmt`): its
        // markup, copied. A page that names itself (a shop's © or og:site_name) gets little for it.
        ev.add(
            if ev.own_identity { 1 } else { LOOSE },
            format!("form-id:{m}"),
        );
        ev.identity |= !ev.own_identity;
    }
    if let Some(d) = signals.source_hosts.iter().find_map(own) {
        // A saved or mirrored copy of the retailer's own page (its leading comment names the URL it
        // was saved from): with a credential form on a foreign host, a copied sign-in by itself.
        ev.add(LOOSE, format!("source:{d}"));
        ev.identity = true;
    }
    if (ev.tight || ev.terms || ev.account_text) && !ev.own_identity {
        add_link_marks(ev, idx, signals, info, catalog);
    }
    if ev.mentioned && !ev.own_identity {
        add_path_marks(ev, catalog.retailer(idx).signin_paths, &signals.local_paths);
    }
    if let Some(d) = signals.page_hosts.iter().find_map(own) {
        // The document says its own address is on the retailer's domain (canonical, og:url, base):
        // the retailer's page served from a foreign host, as much a copy as a saved-from comment.
        ev.add(LOOSE, format!("page:{d}"));
        ev.identity = true;
    }
}

/// `links:` — the page's links that leave its own site go to retailer `idx`'s sign-in or owned
/// domains, at least half of them, and none to another retailer's (a shop's mall-store footer, a
/// forum's news links name several; a copy links home).
fn add_link_marks(
    ev: &mut Evidence,
    idx: usize,
    signals: &PageSignals,
    info: &DomainInfo,
    catalog: &Catalog,
) {
    let (mut ours, mut foreign) = (None, 0usize);
    for host in signals.link_hosts.iter().filter(|h| !same_site(h, info)) {
        foreign += 1;
        match catalog.lookup_host(&host.to_ascii_lowercase()) {
            Some((Owner::Retailer(i), DomainRole::Signin | DomainRole::Owned, d)) if i == idx => {
                ours.get_or_insert((d.to_string(), 0)).1 += 1;
            }
            Some((Owner::Retailer(_), DomainRole::Signin | DomainRole::Owned, _)) => return,
            _ => {}
        }
    }
    if let Some((d, n)) = ours {
        if 2 * n >= foreign {
            ev.add(LINKS, format!("links:{d}"));
        }
    }
}

/// `path:` — the page's own paths (its sign-in form's action, its relative links) start with one of
/// the retailer's sign-in paths (`/ap/signin` under Amazon's `/ap/`): a copy keeps the original's
/// paths when its links are made relative. On a page that shows the brand and names nobody else
/// only; a path made of everyday words (`/login`, `/member/`) weighs less than the retailer's own
/// (`/ap/`, `/config/login`, `/e-navi/`). `/ap/signin` on a page that says Amazon: +2;
/// `/login` on a page that says Netflix: +1; `/apps/` is not `/ap/`.
fn add_path_marks(ev: &mut Evidence, signin_paths: &[&str], local_paths: &[String]) {
    if let Some(p) = matching_path(signin_paths.iter().copied(), local_paths) {
        let points = if is_everyday_path(p) { 1 } else { 2 };
        ev.add(points, format!("path:{p}"));
    }
}

/// The first of `signin_paths` that one of the page's own paths starts with, segment-wise.
fn matching_path<'a>(
    signin_paths: impl IntoIterator<Item = &'a str>,
    local_paths: &[String],
) -> Option<&'a str> {
    signin_paths.into_iter().filter(|p| p.len() > 1).find(|p| {
        let p = p.as_bytes();
        local_paths.iter().any(|l| {
            let l = l.as_bytes();
            l.len() >= p.len()
                && l[..p.len()].eq_ignore_ascii_case(p)
                && (p.ends_with(b"/") || matches!(l.get(p.len()), None | Some(b'/' | b'.' | b';')))
        })
    })
}

/// The one retailer whose own sign-in paths (not everyday ones: `/ap/`, `/config/login`,
/// `/dialog/oauth/weblogin`) the page's own paths follow, and that path; `None` when no retailer's
/// or several retailers' do. For a page that names nobody at all (`assess.rs`): a copy stripped of
/// every brand word keeps the original's paths when its links are made relative (`/ap/register`
/// on a page of "ログイン" and "Eメールまたは携帯電話番号"); `/login` or `/member/` says nothing.
pub fn path_only(signals: &PageSignals, catalog: &Catalog) -> Option<(usize, &'static str)> {
    let mut found = None;
    if signals.local_paths.is_empty() {
        return None;
    }
    for (i, r) in catalog.retailers().iter().enumerate() {
        let distinctive = r
            .signin_paths
            .iter()
            .copied()
            .filter(|p| !is_everyday_path(p));
        if let Some(p) = matching_path(distinctive, &signals.local_paths) {
            if found.is_some() {
                return None;
            }
            found = Some((i, p));
        }
    }
    found
}

/// Whether every part of a sign-in path is an everyday word of the web (`/login`, `/jp/signin`,
/// `/user/auth/login`, `/_member/login.html`, `/app/`, `/ec/login`): any site may use it.
fn is_everyday_path(path: &str) -> bool {
    const EVERYDAY: &[&str] = &[
        "account",
        "app",
        "auth",
        "ec",
        "en",
        "html",
        "identity",
        "index",
        "ja",
        "ja-jp",
        "jp",
        "login",
        "logon",
        "logonform",
        "logowanie",
        "lookup",
        "member",
        "mypage",
        "signin",
        "sign-in",
        "sso",
        "user",
    ];
    path.split(['/', '.', '_'])
        .filter(|w| !w.is_empty())
        .all(|w| EVERYDAY.iter().any(|e| e.eq_ignore_ascii_case(w)))
}

/// Whether a form's action host is the page's own site (same registrable domain or hostname).
fn same_site(host: &str, info: &DomainInfo) -> bool {
    let host = host.to_ascii_lowercase();
    host.is_empty()
        || host == info.hostname
        || info.registrable().is_some_and(|reg| is_under(&host, reg))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_in_paths_match_whole_segments_and_weigh_by_their_words() {
        let paths = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        // (catalog paths, page paths, the part added)
        let cases: &[(&[&str], &[&str], Option<&str>)] = &[
            (&["/ap/", "/ax/"], &["/ap/signin"], Some("path:/ap/")),
            (&["/ap/"], &["/apps/signin", "/map/ap/"], None),
            (
                &["/config/login"],
                &["/config/login"],
                Some("path:/config/login"),
            ),
            (
                &["/config/login"],
                &["/config/login.php"],
                Some("path:/config/login"),
            ),
            (&["/config/login"], &["/config/loginx"], None),
            (&["/Login"], &["/login"], Some("path:/Login")),
            (&["/"], &["/"], None),
        ];
        for (catalog, page, want) in cases {
            let mut ev = Evidence::default();
            add_path_marks(&mut ev, catalog, &paths(page));
            assert_eq!(
                ev.parts.first().map(String::as_str),
                *want,
                "{catalog:?} {page:?}"
            );
        }
        for (path, everyday) in [
            ("/login", true),
            ("/jp/signin", true),
            ("/_member/login.html", true),
            ("/user/auth/login", true),
            ("/app/", true),
            ("/ec/login", true),
            ("/ap/", false),
            ("/config/login", false),
            ("/e-navi/index.xhtml", false),
        ] {
            assert_eq!(is_everyday_path(path), everyday, "{path}");
        }
    }
}
