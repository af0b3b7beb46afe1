//! Every bound and word list the extension's JavaScript needs, in one table exported through
//! `api.rs` as `rules()` (and written into the content script's `rules.js` by
//! `tools/gen-rules.mjs`). The engine applies the same values itself: page-signal caps in
//! [`crate::signals::PageSignals::bounded`], the URL and host caps in the classifier.
//!
//! Word lists are plain strings. The engine matches them on folded text (ASCII words at word
//! boundaries); JavaScript matches them case-insensitively as substrings after NFKC (`ｻｲﾝｲﾝ` →
//! `サインイン`), which is looser and only used where the engine decides afterwards.

use serde::Serialize;

use crate::signals::vocabulary;
use crate::verdict::Severity;

/// `[items, characters per item]` for a list of strings.
pub type ListBound = [usize; 2];

/// Bounds on what the content script collects and sends, and on what the engine accepts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Limits {
    /// Page signals (characters; lists as `[items, characters]`), `docs/api.md` "Page signals".
    pub title: usize,
    pub lang: usize,
    pub og_site_name: usize,
    /// `<meta name=application-name>` (or `apple-mobile-web-app-title`).
    pub app_name: usize,
    pub headings: ListBound,
    pub text: usize,
    pub copyright: ListBound,
    pub img_alts: ListBound,
    pub buttons: ListBound,
    /// What the credential fields say they ask for: their labels, placeholders and aria-labels.
    pub field_labels: ListBound,
    /// Names (alt text, an inline SVG's name or text) of the pictures in the credential form's box.
    pub form_logos: ListBound,
    pub form_action_hosts: ListBound,
    /// Hosts the forms holding the credential fields submit to.
    pub signin_action_hosts: ListBound,
    pub img_hosts: ListBound,
    pub css_hosts: ListBound,
    pub script_hosts: ListBound,
    pub favicon_hosts: ListBound,
    pub link_hosts: ListBound,
    /// Hosts of the URLs a saved or mirrored copy of a page names as its origin in the document's
    /// own leading comments (`<!-- saved from url=(0040)https://… -->`, HTTrack, SingleFile).
    pub source_hosts: ListBound,
    /// Hosts of the URLs the document names as its own address: `<link rel=canonical>`, `og:url`,
    /// `<base href>`, `<link rel=alternate hreflang>` (a copy keeps its original's).
    pub page_hosts: ListBound,
    /// Paths on the page's own host that its credential forms post to and its links point at
    /// (`/ap/signin`, a copy's relative links): compared with the catalog's sign-in paths.
    pub local_paths: ListBound,
    /// Ids and names of the credential forms and their controls (a copy keeps its original's).
    pub form_ids: ListBound,
    /// Perceptual hashes of the favicon and pictures near the form (16 hex digits each).
    pub image_hashes: ListBound,
    /// Pictures drawn by the content script (`visual_side`² gray levels of 4 bits each, base64).
    pub pictures: ListBound,
    /// Side (px) of the square each picture is drawn into: enough to crop a logo's margin and
    /// average to 9×8 (`src/visual/hash.rs`); 2,048 bytes a picture keep the message small.
    pub visual_side: usize,
    /// Pictures near the credential form the content script draws and hashes at most.
    pub visual_images: usize,
    /// The content script's drawing budget per page, in pixels drawn and read (a draw: the source
    /// pixels it samples plus the square's; a read: the square's), charged before each step: the
    /// visual step stays cheap on any page and draws the same pictures however busy the machine.
    pub visual_budget_px: usize,
    /// Parts of one wide picture (a header strip, a mark beside a word) the content script draws
    /// alone besides the whole (`visual.js` regionBoxes), within `pictures` and the budget.
    pub visual_regions: usize,
    /// How long (ms) the content script waits for a picture to load and decode: a network picture
    /// (a favicon, an `<img>` still loading), and a `data:` picture, which is in the page already (its
    /// decode costs the page nothing, and a loaded machine can take longer than a network wait).
    pub visual_wait_ms: usize,
    pub visual_wait_data_ms: usize,
    /// Longest inline `<svg>` (characters, serialized with its sprite's symbols) drawn as a picture:
    /// its rasterization is not in `visual_budget_px` (that counts the square's pixels, not the path
    /// data), so a heavy drawing is bounded by its size.
    pub visual_svg_chars: usize,
    /// A time backstop: once the visual step's synchronous work (finding, drawing, reading back) has
    /// taken this many ms on a page, no further picture is drawn. Not reached by the fixtures' logos
    /// even at a load average of 30 (the largest 305 ms in Chromium, 195 ms in Firefox): the pixel budget
    /// decides what is drawn; this bounds what the budget cannot see.
    pub visual_work_ms: usize,
    /// Longest time (ms from the content script's start) the top page's first paint waits for the
    /// verdict that may warn about it (`extension/content/paint-hold.js`).
    pub paint_hold_ms: usize,
    /// When (ms after its scan, and again after three times as long) a page with a field to type
    /// into is looked at again: a form or brand shown without a change the observers hear (a
    /// checkbox ticked by its property, a constructed style sheet replaced, an attribute drawn by
    /// CSS `attr()`; `extension/content/main.js` settle).
    pub settle_ms: usize,
    /// Elements a page scan reads at most, per sort: a sign-in page has a handful of inputs and a
    /// few hundred links; the bound keeps a pathological page (100,000 inputs) cheap.
    pub scan_inputs: usize,
    pub scan_links: usize,
    pub scan_images: usize,
    pub scan_text_nodes: usize,
    /// Visible text of an official page sent for the account-wording check (`accountText`).
    pub page_text: usize,
    /// Largest message (JSON characters) the background accepts from a content script.
    pub message_chars: usize,
    /// Longest URL the engine checks; longer input is an `invalid` verdict.
    pub url_chars: usize,
    /// Longest hostname (ASCII, without the trailing dot) and most labels, as DNS allows
    /// (RFC 1035 §2.3.4: 255 octets on the wire = 253 characters written out; labels of one
    /// character each give at most 127).
    pub host_chars: usize,
    pub host_labels: usize,
    /// Largest count per field kind (more visible fields than this on one page is noise).
    pub field_count: u32,
    /// One-character text or phone boxes on a page from which they are one code typed digit by
    /// digit (an SMS or app code, a PIN): each box is then a one-time-code field.
    pub code_boxes: usize,
}

/// The one bounds table.
pub const LIMITS: Limits = Limits {
    title: 200,
    lang: 16,
    og_site_name: 100,
    app_name: 100,
    headings: [20, 200],
    text: 4000,
    copyright: [5, 200],
    img_alts: [50, 100],
    buttons: [20, 100],
    field_labels: [10, 100],
    form_logos: [5, 100],
    form_action_hosts: [10, 253],
    signin_action_hosts: [4, 253],
    img_hosts: [30, 253],
    css_hosts: [30, 253],
    script_hosts: [30, 253],
    favicon_hosts: [30, 253],
    link_hosts: [30, 253],
    source_hosts: [4, 253],
    page_hosts: [6, 253],
    local_paths: [16, 80],
    form_ids: [24, 48],
    image_hashes: [crate::visual::MAX_HASHES, 16],
    pictures: [
        crate::visual::MAX_PICTURES,
        crate::visual::hash::ENCODED_CHARS,
    ],
    visual_side: crate::visual::hash::SIDE,
    visual_images: 6,
    visual_budget_px: 2_000_000,
    visual_regions: 3,
    visual_wait_ms: 300,
    visual_wait_data_ms: 2000,
    visual_svg_chars: 200_000,
    visual_work_ms: 1000,
    paint_hold_ms: 200,
    settle_ms: 1200,
    scan_inputs: 200,
    scan_links: 500,
    scan_images: 300,
    scan_text_nodes: 3000,
    page_text: 20_000,
    message_chars: 64 * 1024,
    url_chars: 8 * 1024,
    host_chars: 253,
    host_labels: 127,
    field_count: 1000,
    code_boxes: 4,
};

// One-character labels and dots: 127 labels need 253 characters. A URL fits in a message.
const _: () = assert!(LIMITS.host_labels * 2 - 1 == LIMITS.host_chars);
const _: () = assert!(LIMITS.url_chars < LIMITS.message_chars);
// The pictures take at most half a message: the text signals travel with them.
const _: () = assert!(LIMITS.pictures[0] * LIMITS.pictures[1] * 2 < LIMITS.message_chars);

/// Field kinds counted in `fields` (`docs/api.md` "Field kinds"), in wire order.
pub const FIELD_KINDS: &[&str] = &["email", "tel", "password", "otp", "card", "text"];

/// Field kinds that make a credential or payment form (every kind but plain `text`).
pub const CREDENTIAL_KINDS: &[&str] = &["password", "email", "tel", "otp", "card"];

/// Everything in one JSON-compatible object (`docs/api.md` "Rules").
#[derive(Debug, Clone, Serialize)]
pub struct Rules {
    pub limits: Limits,
    pub field_kinds: &'static [&'static str],
    /// Verdict severities, least severe first: how the extension ranks one warning above another.
    pub severities: &'static [Severity],
    pub credential_kinds: &'static [&'static str],
    /// Sign-in and verification words (title, headings, the words around an email-first form).
    pub signin_words: &'static [&'static str],
    /// Words on the button of an email-first step that need no sign-in word (`Next`, `次へ`).
    pub step_words: &'static [&'static str],
    /// A lone text field labelled with one of these asks for an account's identifier (an ID-first step).
    pub id_hints: &'static [&'static str],
    /// A field labelled with one of these asks for a password, whatever its `type`.
    pub password_hints: &'static [&'static str],
    /// A field labelled with one of these asks for a payment card's number, expiry or CVC.
    pub card_hints: &'static [&'static str],
    /// What a field's lower-cased `name` or `id` says it asks for, by field kind: the password's
    /// names as whole tokens between non-letters; the others anywhere (`otp` only in a field of
    /// `maxlength` 8 or less).
    pub password_names: &'static [&'static str],
    pub otp_names: &'static [&'static str],
    pub card_names: &'static [&'static str],
    pub email_names: &'static [&'static str],
    /// A text field whose `font-family` holds one of these is drawn as a password field.
    pub mask_fonts: &'static [&'static str],
    /// A text line containing one of these is a copyright line.
    pub copyright_hints: &'static [&'static str],
    /// A leading comment containing one of these names the URL the page was saved from.
    pub source_marks: &'static [&'static str],
}

/// The rules table.
pub fn rules() -> Rules {
    Rules {
        limits: LIMITS,
        field_kinds: FIELD_KINDS,
        severities: &Severity::ALL,
        credential_kinds: CREDENTIAL_KINDS,
        signin_words: vocabulary::SIGNIN_WORDS,
        step_words: vocabulary::STEP_WORDS,
        id_hints: vocabulary::ID_HINTS,
        password_hints: vocabulary::PASSWORD_HINTS,
        card_hints: vocabulary::CARD_HINTS,
        password_names: vocabulary::PASSWORD_NAMES,
        otp_names: vocabulary::OTP_NAMES,
        card_names: vocabulary::CARD_NAMES,
        email_names: vocabulary::EMAIL_NAMES,
        mask_fonts: vocabulary::MASK_FONTS,
        copyright_hints: vocabulary::COPYRIGHT_HINTS,
        source_marks: vocabulary::SOURCE_MARKS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credential_kinds_are_field_kinds_but_text() {
        let mut kinds: Vec<&str> = CREDENTIAL_KINDS.to_vec();
        kinds.push("text");
        kinds.sort_unstable();
        let mut all = FIELD_KINDS.to_vec();
        all.sort_unstable();
        assert_eq!(kinds, all);
    }

    #[test]
    fn field_names_are_named_for_credential_kinds() {
        let v = serde_json::to_value(rules()).expect("rules serialize");
        let mut kinds: Vec<&str> = v
            .as_object()
            .expect("an object")
            .iter()
            .filter_map(|(k, words)| {
                assert!(
                    !k.ends_with("_names") || !words[0].is_null(),
                    "{k} is empty"
                );
                k.strip_suffix("_names")
            })
            .collect();
        kinds.sort_unstable();
        assert_eq!(kinds, ["card", "email", "otp", "password"]);
        assert!(kinds.iter().all(|k| CREDENTIAL_KINDS.contains(k)));
    }

    #[test]
    fn host_lists_hold_whole_hostnames() {
        for [_, chars] in [
            LIMITS.form_action_hosts,
            LIMITS.signin_action_hosts,
            LIMITS.img_hosts,
            LIMITS.css_hosts,
            LIMITS.script_hosts,
            LIMITS.favicon_hosts,
            LIMITS.link_hosts,
            LIMITS.source_hosts,
            LIMITS.page_hosts,
        ] {
            assert_eq!(chars, LIMITS.host_chars);
        }
    }

    #[test]
    fn serializes_with_the_documented_keys() {
        let v = serde_json::to_value(rules()).expect("rules serialize");
        for key in [
            "limits",
            "field_kinds",
            "credential_kinds",
            "severities",
            "signin_words",
            "step_words",
            "id_hints",
            "password_hints",
            "card_hints",
            "password_names",
            "otp_names",
            "card_names",
            "email_names",
            "mask_fonts",
            "copyright_hints",
            "source_marks",
        ] {
            assert!(v.get(key).is_some(), "{key}");
        }
        assert_eq!(v["limits"]["headings"], serde_json::json!([20, 200]));
        assert_eq!(v["limits"]["url_chars"], serde_json::json!(8192));
        assert_eq!(
            v["severities"],
            serde_json::json!(["low", "medium", "high"])
        );
    }

    #[test]
    fn severities_are_in_the_engines_order_least_first() {
        assert!(Severity::ALL.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(Severity::ALL.first(), Some(&Severity::Low));
        assert_eq!(Severity::ALL.last(), Some(&Severity::High));
    }
}
