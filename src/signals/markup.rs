//! What a copy keeps of the retailer's markup besides its hosts (issue 10). A kit saved from the
//! retailer's sign-in page and stripped of its comments, brand words and absolute URLs still posts
//! the original form's controls (`ap_email`, `loginfmt`: the page's `form_ids`, lower-case).
//!
//! The catalog's `form_marks` (`catalog::form_marks`, one text: a line per retailer, its id and its
//! marks) are ids and names only the retailer's own sign-in forms carry (tests/catalog.rs refuses
//! everyday ones: `email`, `password`, `login`, `user_id` …). A form id is a mark when it equals it
//! or starts with it before a `-` or `_` (`ap_email_login`); a pair of names joined by `+` (`tid+tpasswd`,
//! each alone on unrelated forms) is a mark when the form carries both.
//!
//! Weighed in `copied.rs`: a form mark on a page with no name of its own is a copied sign-in by
//! itself (a loose finding, like a form still posting to the retailer), one point on a page that
//! names itself. A page that names nobody at all and carries one retailer's marks and no other's
//! (`only`) is a copy stripped of every brand word (`assess.rs`), as with its paths. Pictures' file
//! names are not evidence: a nameless login showing a retailer-named picture (a "Buy on Amazon"
//! button) is no copy, and the shared corpus has one.

use crate::catalog::{form_marks, Catalog};

/// The first of retailer `id`'s form marks among the page's form ids.
pub fn form_mark(id: &str, ids: &[String]) -> Option<&'static str> {
    let mut marks = form_marks()
        .lines()
        .map(str::split_ascii_whitespace)
        .find_map(|mut words| (words.next() == Some(id)).then_some(words))?;
    // A pair (`tid+tpasswd`) is a mark when the form carries both.
    marks.find(|m| {
        m.split('+').all(|m| {
            ids.iter().any(|i| {
                i.strip_prefix(m)
                    .is_some_and(|rest| matches!(rest.bytes().next(), None | Some(b'-' | b'_')))
            })
        })
    })
}

/// The one retailer whose form marks the page carries, and the mark; `None` when no retailer's or
/// several retailers' do.
pub fn only(ids: &[String], catalog: &Catalog) -> Option<(usize, &'static str)> {
    let mut found = None;
    for line in form_marks().lines() {
        let id = line.split(' ').next().unwrap_or_default();
        if let Some(m) = form_mark(id, ids) {
            if found.is_some() {
                return None;
            }
            found = Some((id, m));
        }
    }
    let (id, m) = found?;
    Some((catalog.retailers().iter().position(|r| r.id == id)?, m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn marks_match_whole_ids() {
        let catalog = Catalog::new(&[]);
        let id = |name: &str| catalog.retailers().iter().position(|r| r.id == name);
        // (form ids, the one retailer found)
        let cases: &[(&[&str], Option<&str>)] = &[
            (&["signin", "ap_email", "ap_password"], Some("amazon")),
            (&["ap_email_login"], Some("amazon")),
            (&["i0116", "loginfmt", "idsibutton9"], Some("microsoft")),
            // A pair: both names, or nothing.
            (&["tid", "tpasswd"], Some("line")),
            (&["tpasswd"], None),
            (&["tid", "pass"], None),
            (
                &["loginform", "logininner_u", "logininner_p"],
                Some("rakuten"),
            ),
            (
                &["loginform", "userid", "password", "loginbuttonad"],
                Some("jcb"),
            ),
            // Everyday names say nothing; a mark inside a longer word is not the mark.
            (&["email", "password", "login", "user_id", "continue"], None),
            (&["map_email", "ap_emailx", "xloginfmt"], None),
            // Two retailers' marks: nobody in particular.
            (&["ap_email", "loginfmt"], None),
        ];
        for (ids, want) in cases {
            let got = only(&strings(ids), &catalog).map(|(i, _)| i);
            assert_eq!(got, want.and_then(id), "{ids:?}");
        }
    }

    #[test]
    fn a_page_that_names_nobody_is_the_copy_its_markup_says() {
        use crate::catalog::Owner;
        use crate::domain::DomainInfo;
        use crate::signals::assess::assess;
        use crate::signals::{FieldCounts, PageSignals};
        let catalog = Catalog::new(&[]);
        let info = DomainInfo::parse("https://bxq-kdtz.vrwmh.test/").expect("url");
        // (title, copyright line, form ids, the retailer flagged)
        let cases: &[(&str, &str, &[&str], Option<&str>)] = &[
            ("", "", &["i0281", "loginfmt", "i0116"], Some("microsoft")),
            ("ログイン", "", &["login_handle"], Some("yahoo-japan")),
            // A page of its own name: a form mark is one point.
            (
                "Sign in | Harbor Deals",
                "© 2026 Harbor Deals LLC",
                &["loginfmt"],
                None,
            ),
            // Everyday names.
            (
                "ログイン",
                "",
                &["email", "password", "password_current"],
                None,
            ),
        ];
        for (title, copyright, ids, want) in cases {
            let s = PageSignals {
                title: title.to_string(),
                copyright: strings(&[copyright])
                    .into_iter()
                    .filter(|c| !c.is_empty())
                    .collect(),
                fields: FieldCounts {
                    email: 1,
                    password: 1,
                    ..FieldCounts::default()
                },
                signin_form: true,
                form_ids: strings(ids),
                ..PageSignals::default()
            };
            let got = assess(&info, &s, &catalog).first().map(|f| match f.owner {
                Owner::Retailer(i) => catalog.retailer(i).id,
                _ => "",
            });
            assert_eq!(got, *want, "{title} {ids:?}");
        }
    }
}
