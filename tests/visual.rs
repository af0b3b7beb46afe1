//! The brand as a picture, through the public API, natively and inside WebAssembly (the same
//! assertions under `wasm-pack test --node`): each picture of `tests/cases/visual.txt` (our own
//! logos as the content script draws them; written by `tools/visual/fixtures.mjs`, which also
//! writes the e2e pages that show them; a fixture's rows are one page's pictures) on a sign-in page with a generic
//! title names its retailer,
//! except the ledger of expected misses (`tests/cases/visual-misses.txt`), and the false-alarm group
//! (unrelated sign-in pages with their own logos) names none.

use omamori::verdict::VerdictKind;
use omamori::visual::hash::{hash_encoded, ENCODED_CHARS};
use omamori::{Engine, PageSignals, Settings};

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test;

struct Row {
    expected: Option<String>,
    name: String,
    picture: String,
}

fn rows() -> Vec<Row> {
    include_str!("cases/visual.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut it = l.split(' ');
            let (owner, name, picture) = (it.next(), it.next(), it.next());
            let (Some(owner), Some(name), Some(picture)) = (owner, name, picture) else {
                panic!("bad row: {l}");
            };
            Row {
                expected: (owner != "-").then(|| owner.to_string()),
                name: name.to_string(),
                picture: picture.to_string(),
            }
        })
        .collect()
}

/// The ledger: (fixture, borderline?); a known false alarm counts as borderline here and is checked apart.
fn misses() -> Vec<(&'static str, bool)> {
    include_str!("cases/visual-misses.txt")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut it = l.split(' ');
            let name = it.next().unwrap_or_default();
            match it.next() {
                Some("miss") => (name, false),
                Some("borderline" | "false-alarm") => (name, true),
                other => panic!("{name}: kind {other:?} is neither miss nor borderline"),
            }
        })
        .collect()
}

/// The verdict of a sign-in page on an unrelated host whose only brand evidence is `pictures`.
fn named(engine: &Engine, pictures: &[String]) -> Option<String> {
    let signals: PageSignals = serde_json::from_value(serde_json::json!({
        "title": "Sign in",
        "headings": ["Sign in to continue"],
        "buttons": ["Continue"],
        "fields": { "email": 1, "password": 1 },
        "signin_form": true,
        "pictures": pictures,
    }))
    .expect("signals");
    let v = engine.check_page("https://members-area.example/login", signals);
    (v.verdict == VerdictKind::Lookalike)
        .then_some(v.retailer)
        .flatten()
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn pictures_name_their_retailer_and_unrelated_logos_none() {
    let engine = Engine::new(Settings::default()).expect("engine");
    let rows = rows();
    let misses = misses();
    assert!(rows.iter().filter(|r| r.expected.is_some()).count() >= 10);
    assert!(rows.iter().filter(|r| r.expected.is_none()).count() >= 10);
    for (m, _) in &misses {
        assert!(rows.iter().any(|r| r.name == *m), "stale ledger entry {m}");
    }
    let kind = |name: &str| misses.iter().find(|(m, _)| *m == name).map(|&(_, b)| b);
    for r in &rows {
        assert_eq!(
            r.picture.len(),
            ENCODED_CHARS,
            "{}: not the wire size",
            r.name
        );
    }
    // One page per fixture: its rows are the pictures the content script sends (the whole picture, then a
    // wide picture's parts: visual.js drawRegions), in table order.
    let pages = rows
        .iter()
        .enumerate()
        .filter(|&(i, r)| i == 0 || rows[i - 1].name != r.name);
    for (i, r) in pages {
        let pictures: Vec<String> = rows[i..]
            .iter()
            .take_while(|o| o.name == r.name)
            .map(|o| o.picture.clone())
            .collect();
        let got = named(&engine, &pictures);
        match &r.expected {
            None if kind(&r.name).is_some() => assert!(
                got.is_some(),
                "{}: a listed false alarm names nobody now: update the ledger",
                r.name
            ),
            None => assert_eq!(got, None, "{}: an unrelated logo named a retailer", r.name),
            Some(id) if kind(&r.name) == Some(true) => {
                assert!(
                    got.is_none() || got.as_ref() == Some(id),
                    "{}: {got:?}",
                    r.name
                );
            }
            Some(_) if kind(&r.name) == Some(false) => {
                assert_eq!(
                    got, None,
                    "{}: listed as a miss but now caught: update the ledger",
                    r.name
                );
            }
            Some(id) => assert_eq!(got.as_deref(), Some(id.as_str()), "{}", r.name),
        }
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn no_pictures_or_broken_ones_name_nobody() {
    let engine = Engine::new(Settings::default()).expect("engine");
    let blank = "/".repeat(ENCODED_CHARS - 4) + "/w==";
    for pictures in [
        vec![],
        vec!["".to_string()],
        vec!["not base64!".to_string()],
        vec![blank],
        vec!["A".repeat(ENCODED_CHARS * 4)],
    ] {
        assert_eq!(named(&engine, &pictures), None, "{pictures:.40?}");
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn at_most_eight_pictures_are_read() {
    let engine = Engine::new(Settings::default()).expect("engine");
    let rows = rows();
    let paypal = rows
        .iter()
        .find(|r| r.name == "img-paypal")
        .expect("img-paypal");
    let unrelated = rows
        .iter()
        .find(|r| r.expected.is_none())
        .expect("an unrelated logo");
    let mut pictures = vec![unrelated.picture.clone(); 8];
    pictures.push(paypal.picture.clone());
    assert_eq!(
        named(&engine, &pictures),
        None,
        "the ninth picture is not read"
    );
    pictures.swap(0, 8);
    assert_eq!(named(&engine, &pictures).as_deref(), Some("paypal"));
}

/// The exported `pictureHash` (what tools/visual/fingerprints.mjs hashes the fingerprints with) is
/// the engine's own hash.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen_test]
fn exported_picture_hash_is_the_engines() {
    for r in rows() {
        let want = hash_encoded(&r.picture).ok().map(|h| format!("{h:016x}"));
        let got = omamori::api::picture_hash(&r.picture).unwrap_or_else(|_| panic!("{}", r.name));
        assert_eq!(got, want, "{}", r.name);
    }
    assert!(omamori::api::picture_hash("AAAA").is_err());
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn pictures_hash_natively() {
    for r in rows() {
        assert!(hash_encoded(&r.picture).is_ok(), "{}", r.name);
    }
}
