//! Page signals: what the content script reports about a page (never what the user typed), and
//! their bounds (the table in [`crate::rules::LIMITS`], which the content script reads too). The
//! core re-applies every bound, because a hostile page controls the content script's inputs. The sign-in-page assessment (`impersonated-signin`) is in `assess.rs`.

pub mod assess;
mod copied;
mod copyright;
mod evidence;
mod identity;
mod input;
mod letters;
mod markup;
mod normalize;
mod tokens;
mod url_hint;
pub(crate) mod vocabulary;
mod words;

use serde::Deserialize;

use crate::rules::{ListBound, LIMITS};

/// Counts of visible input fields by kind.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct FieldCounts {
    pub email: u32,
    pub tel: u32,
    pub password: u32,
    pub otp: u32,
    pub card: u32,
    pub text: u32,
}

/// The page signals (`docs/api.md`); read by `input.rs` (every field optional).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageSignals {
    pub title: String,
    pub lang: String,
    pub og_site_name: String,
    /// `<meta name=application-name>` or `apple-mobile-web-app-title`: the site's name where it
    /// has no `og:site_name`.
    pub app_name: String,
    pub headings: Vec<String>,
    pub text: String,
    pub copyright: Vec<String>,
    pub img_alts: Vec<String>,
    pub buttons: Vec<String>,
    /// Labels, placeholders and aria-labels of the credential fields (`Apple ID`, `Amazonのパスワード`)
    /// and of the text fields in their forms (an account ID: `楽天会員ID`, `au ID`).
    pub field_labels: Vec<String>,
    /// Names of the pictures in the credential form's box (its logo: alt text, an SVG's name or text).
    pub form_logos: Vec<String>,
    pub fields: FieldCounts,
    pub form_action_hosts: Vec<String>,
    /// Hosts the credential forms themselves submit to (a subset of `form_action_hosts`).
    pub signin_action_hosts: Vec<String>,
    pub img_hosts: Vec<String>,
    pub css_hosts: Vec<String>,
    pub script_hosts: Vec<String>,
    pub favicon_hosts: Vec<String>,
    pub link_hosts: Vec<String>,
    /// Hosts a saved copy of a page names as its origin (`rules::Limits::source_hosts`).
    pub source_hosts: Vec<String>,
    /// Hosts the document names as its own address (`<link rel=canonical>`, `og:url`, `<base href>`,
    /// `<link rel=alternate hreflang>`): a copy keeps its original's (`rules::Limits::page_hosts`).
    pub page_hosts: Vec<String>,
    pub signin_form: bool,
    /// dHashes (16 hex digits) of the favicon and pictures near the credential form (`visual`).
    pub image_hashes: Vec<String>,
    /// The favicon and pictures near the credential form as the content script drew them: each
    /// 64×64 gray levels, 4 bits each, base64 (`visual/hash.rs`; the engine hashes and matches them).
    pub pictures: Vec<String>,
    /// Paths on the page's own host that the credential forms post to and its links point at
    /// (`rules::Limits::local_paths`): a copy keeps the retailer's (`/ap/signin`, `/config/login`).
    pub local_paths: Vec<String>,
    /// Ids and names of the credential forms and their controls (`ap_email`, `loginfmt`; lower-case):
    /// a copy keeps its original's markup (`markup.rs`, `rules::Limits::form_ids`).
    pub form_ids: Vec<String>,
}

fn cap(s: &mut String, n: usize) {
    if let Some((i, _)) = s.char_indices().nth(n) {
        s.truncate(i);
    }
}

fn cap_list(v: &mut Vec<String>, [items, chars]: ListBound) {
    v.truncate(items);
    for s in v.iter_mut() {
        cap(s, chars);
    }
}

impl PageSignals {
    /// Applies the bounds of [`LIMITS`] in place (the same table the content script reads).
    pub fn bounded(mut self) -> Self {
        let l = &LIMITS;
        cap(&mut self.title, l.title);
        cap(&mut self.lang, l.lang);
        cap(&mut self.og_site_name, l.og_site_name);
        cap(&mut self.app_name, l.app_name);
        cap(&mut self.text, l.text);
        cap_list(&mut self.headings, l.headings);
        cap_list(&mut self.copyright, l.copyright);
        cap_list(&mut self.img_alts, l.img_alts);
        cap_list(&mut self.buttons, l.buttons);
        cap_list(&mut self.field_labels, l.field_labels);
        cap_list(&mut self.form_logos, l.form_logos);
        cap_list(&mut self.form_action_hosts, l.form_action_hosts);
        cap_list(&mut self.signin_action_hosts, l.signin_action_hosts);
        cap_list(&mut self.img_hosts, l.img_hosts);
        cap_list(&mut self.css_hosts, l.css_hosts);
        cap_list(&mut self.script_hosts, l.script_hosts);
        cap_list(&mut self.favicon_hosts, l.favicon_hosts);
        cap_list(&mut self.link_hosts, l.link_hosts);
        cap_list(&mut self.source_hosts, l.source_hosts);
        cap_list(&mut self.page_hosts, l.page_hosts);
        cap_list(&mut self.local_paths, l.local_paths);
        cap_list(&mut self.form_ids, l.form_ids);
        cap_list(&mut self.image_hashes, l.image_hashes);
        cap_list(&mut self.pictures, l.pictures);
        let f = &mut self.fields;
        for n in [
            &mut f.email,
            &mut f.tel,
            &mut f.password,
            &mut f.otp,
            &mut f.card,
            &mut f.text,
        ] {
            *n = (*n).min(l.field_count);
        }
        self
    }

    /// Whether the page shows a credential or payment form.
    pub fn has_credential_form(&self) -> bool {
        let f = &self.fields;
        self.signin_form || f.password > 0 || f.card > 0 || f.otp > 0
    }
}
