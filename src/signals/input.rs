//! Reading [`PageSignals`] from the content script's object (any serde format: a JS object through
//! serde-wasm-bindgen, JSON in the CLI and the tests). Written out instead of derived: the derived
//! visitor inlined every field's reading (11.7 KB of WASM code, the largest function but two); this
//! one reads the 26 fields through two shared paths (text, list) and the same rules: every field
//! optional (its default when missing), unknown fields ignored, a field given twice an error.

use std::fmt;

use serde::de::{Deserialize, Deserializer, Error, IgnoredAny, MapAccess, Visitor};

use super::PageSignals;

/// The field names, in `docs/api.md`'s order; the index is the field in `read`.
const FIELDS: &[&str] = &[
    "title",
    "lang",
    "og_site_name",
    "app_name",
    "headings",
    "text",
    "copyright",
    "img_alts",
    "buttons",
    "field_labels",
    "form_logos",
    "fields",
    "form_action_hosts",
    "signin_action_hosts",
    "img_hosts",
    "css_hosts",
    "script_hosts",
    "favicon_hosts",
    "link_hosts",
    "source_hosts",
    "page_hosts",
    "signin_form",
    "image_hashes",
    "pictures",
    "local_paths",
    "form_ids",
];

impl<'de> Deserialize<'de> for PageSignals {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_struct("PageSignals", FIELDS, SignalsVisitor)
    }
}

struct SignalsVisitor;

impl<'de> Visitor<'de> for SignalsVisitor {
    type Value = PageSignals;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("struct PageSignals")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PageSignals, A::Error> {
        let mut s = PageSignals::default();
        let mut seen = 0u32;
        while let Some(key) = map.next_key::<String>()? {
            let Some(i) = FIELDS.iter().position(|f| *f == key) else {
                map.next_value::<IgnoredAny>()?;
                continue;
            };
            if seen & (1 << i) != 0 {
                return Err(A::Error::duplicate_field(FIELDS[i]));
            }
            seen |= 1 << i;
            read(&mut s, i, &mut map)?;
        }
        Ok(s)
    }
}

/// Reads field `i` (of [`FIELDS`]) into `s`.
fn read<'de, A: MapAccess<'de>>(
    s: &mut PageSignals,
    i: usize,
    map: &mut A,
) -> Result<(), A::Error> {
    let text = match i {
        0 => &mut s.title,
        1 => &mut s.lang,
        2 => &mut s.og_site_name,
        3 => &mut s.app_name,
        5 => &mut s.text,
        11 => {
            s.fields = map.next_value()?;
            return Ok(());
        }
        21 => {
            s.signin_form = map.next_value()?;
            return Ok(());
        }
        _ => {
            let list = match i {
                4 => &mut s.headings,
                6 => &mut s.copyright,
                7 => &mut s.img_alts,
                8 => &mut s.buttons,
                9 => &mut s.field_labels,
                10 => &mut s.form_logos,
                12 => &mut s.form_action_hosts,
                13 => &mut s.signin_action_hosts,
                14 => &mut s.img_hosts,
                15 => &mut s.css_hosts,
                16 => &mut s.script_hosts,
                17 => &mut s.favicon_hosts,
                18 => &mut s.link_hosts,
                19 => &mut s.source_hosts,
                20 => &mut s.page_hosts,
                22 => &mut s.image_hashes,
                23 => &mut s.pictures,
                24 => &mut s.local_paths,
                _ => &mut s.form_ids,
            };
            *list = map.next_value()?;
            return Ok(());
        }
    };
    *text = map.next_value()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::FieldCounts;
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_names_are_the_struct_fields() {
        // The struct's own field names, as its derived Debug prints them (`name: value, …`).
        let debug = format!("{:?}", PageSignals::default());
        let mut names = Vec::new();
        let mut depth = 0;
        let body = debug.trim_start_matches("PageSignals {");
        for (i, c) in body.char_indices() {
            match c {
                '{' | '[' => depth += 1,
                '}' | ']' => depth -= 1,
                ':' if depth == 0 => {
                    let start = body[..i].rfind([' ', ',']).map_or(0, |p| p + 1);
                    names.push(body[start..i].to_string());
                }
                _ => {}
            }
        }
        assert_eq!(names, FIELDS);
    }

    #[test]
    fn every_field_lands_in_its_place() {
        // Each field a different value, so a field read into another's place shows.
        let mut json = serde_json::Map::new();
        for (i, f) in FIELDS.iter().enumerate() {
            let v = match *f {
                "fields" => serde_json::json!({"email": 1, "password": 2, "otp": 3}),
                "signin_form" => serde_json::json!(true),
                "title" | "lang" | "og_site_name" | "app_name" | "text" => serde_json::json!(f),
                _ => serde_json::json!([f, i.to_string()]),
            };
            json.insert(f.to_string(), v);
        }
        let got: PageSignals = serde_json::from_value(json.into()).expect("reads");
        let list = |f: &str| {
            strings(&[
                f,
                &FIELDS
                    .iter()
                    .position(|x| *x == f)
                    .unwrap_or(99)
                    .to_string(),
            ])
        };
        let want = PageSignals {
            title: "title".into(),
            lang: "lang".into(),
            og_site_name: "og_site_name".into(),
            app_name: "app_name".into(),
            headings: list("headings"),
            text: "text".into(),
            copyright: list("copyright"),
            img_alts: list("img_alts"),
            buttons: list("buttons"),
            field_labels: list("field_labels"),
            form_logos: list("form_logos"),
            fields: FieldCounts {
                email: 1,
                password: 2,
                otp: 3,
                ..FieldCounts::default()
            },
            form_action_hosts: list("form_action_hosts"),
            signin_action_hosts: list("signin_action_hosts"),
            img_hosts: list("img_hosts"),
            css_hosts: list("css_hosts"),
            script_hosts: list("script_hosts"),
            favicon_hosts: list("favicon_hosts"),
            link_hosts: list("link_hosts"),
            source_hosts: list("source_hosts"),
            page_hosts: list("page_hosts"),
            signin_form: true,
            image_hashes: list("image_hashes"),
            pictures: list("pictures"),
            local_paths: list("local_paths"),
            form_ids: list("form_ids"),
        };
        assert_eq!(got, want);
    }

    #[test]
    fn missing_unknown_duplicate_and_mistyped_fields() {
        let cases: &[(&str, Option<PageSignals>)] = &[
            ("{}", Some(PageSignals::default())),
            (
                r#"{"title": "t", "extra": {"a": [1, 2]}, "other": null}"#,
                Some(PageSignals {
                    title: "t".into(),
                    ..PageSignals::default()
                }),
            ),
            (r#"{"title": "a", "title": "b"}"#, None),
            (r#"{"headings": [], "headings": []}"#, None),
            (r#"{"title": 3}"#, None),
            (r#"{"headings": "one"}"#, None),
            (r#"{"signin_form": "yes"}"#, None),
            (r#"{"fields": {"email": -1}}"#, None),
            ("[]", None),
            ("3", None),
        ];
        for (json, want) in cases {
            let got = serde_json::from_str::<PageSignals>(json).ok();
            assert_eq!(&got, want, "{json}");
        }
    }
}
