//! Page signals: what the content script reports about a page (never what the user typed), and
//! their bounds. The core re-applies every bound, because a hostile page controls the content
//! script's inputs. The sign-in-page assessment (`impersonated-signin`) is in `assess.rs`.

pub mod assess;
mod evidence;
mod identity;
mod normalize;
mod url_hint;
mod words;

use serde::Deserialize;

/// Bounds (characters or items). The content script applies the same ones.
pub const MAX_TITLE: usize = 200;
pub const MAX_TEXT: usize = 4000;
pub const MAX_ITEM: usize = 200;
pub const MAX_ITEMS: usize = 50;
pub const MAX_HOSTS: usize = 30;

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

/// The page signals (`docs/api.md`).
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(default)]
pub struct PageSignals {
    pub title: String,
    pub lang: String,
    pub og_site_name: String,
    pub headings: Vec<String>,
    pub text: String,
    pub copyright: Vec<String>,
    pub img_alts: Vec<String>,
    pub buttons: Vec<String>,
    pub fields: FieldCounts,
    pub form_action_hosts: Vec<String>,
    pub img_hosts: Vec<String>,
    pub css_hosts: Vec<String>,
    pub script_hosts: Vec<String>,
    pub favicon_hosts: Vec<String>,
    pub link_hosts: Vec<String>,
    pub signin_form: bool,
    /// dHashes (16 hex digits) of the favicon and pictures near the credential form (`visual`).
    pub image_hashes: Vec<String>,
}

fn cap(s: &mut String, n: usize) {
    if let Some((i, _)) = s.char_indices().nth(n) {
        s.truncate(i);
    }
}

fn cap_list(v: &mut Vec<String>, items: usize, chars: usize) {
    v.truncate(items);
    for s in v.iter_mut() {
        cap(s, chars);
    }
}

impl PageSignals {
    /// Applies the bounds in place.
    pub fn bounded(mut self) -> Self {
        cap(&mut self.title, MAX_TITLE);
        cap(&mut self.lang, 16);
        cap(&mut self.og_site_name, 100);
        cap(&mut self.text, MAX_TEXT);
        cap_list(&mut self.headings, 20, MAX_ITEM);
        cap_list(&mut self.copyright, 5, MAX_ITEM);
        cap_list(&mut self.img_alts, MAX_ITEMS, 100);
        cap_list(&mut self.buttons, 20, 100);
        cap_list(&mut self.form_action_hosts, 10, 253);
        cap_list(&mut self.image_hashes, crate::visual::MAX_HASHES, 16);
        for v in [
            &mut self.img_hosts,
            &mut self.css_hosts,
            &mut self.script_hosts,
            &mut self.favicon_hosts,
            &mut self.link_hosts,
        ] {
            cap_list(v, MAX_HOSTS, 253);
        }
        self
    }

    /// Whether the page shows a credential or payment form.
    pub fn has_credential_form(&self) -> bool {
        let f = &self.fields;
        self.signin_form || f.password > 0 || f.card > 0 || f.otp > 0
    }
}
