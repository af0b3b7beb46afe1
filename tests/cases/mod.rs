//! The core's URL cases, read from `urls.txt` (one case a line; the format is in its header), shared
//! by the native tests (`tests/lookalike.rs`) and the WASM tests (`tests/wasm.rs`), so both targets
//! are held to the same table (rust-url's habit). The file is compiled in: no file access in WASM.

/// One URL case: what `checkUrl` must answer.
#[derive(Debug, Clone)]
pub struct Case {
    pub url: String,
    pub verdict: String,
    pub retailer: Option<String>,
    /// The first reason's kind (`None`: no reasons).
    pub kind: Option<String>,
    /// Its variant, checked only when given.
    pub variant: Option<String>,
}

/// The groups of `urls.txt`.
#[derive(Debug, Default)]
pub struct Cases {
    pub official: Vec<Case>,
    pub lookalike: Vec<Case>,
    pub legitimate: Vec<Case>,
    pub invalid: Vec<String>,
}

const TEXT: &str = include_str!("urls.txt");

fn opt(s: &str) -> Option<String> {
    (s != "-").then(|| s.to_string())
}

/// Parses `urls.txt`; a malformed line fails the test that loads it, with its line number.
pub fn load() -> Cases {
    let mut cases = Cases::default();
    let mut section = "";
    for (i, line) in TEXT.lines().enumerate() {
        let line = line.trim_end();
        let at = || format!("tests/cases/urls.txt:{}: {line:?}", i + 1);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = match name {
                "official" | "lookalike" | "legitimate" | "invalid" => name,
                _ => panic!("{}: unknown section", at()),
            };
            continue;
        }
        if section == "invalid" {
            let input: String = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}: not a JSON string: {e}", at()));
            cases.invalid.push(input);
            continue;
        }
        let cols: Vec<&str> = line.split_whitespace().collect();
        let [url, verdict, retailer, reason] = cols[..] else {
            panic!("{}: want URL verdict retailer reason", at());
        };
        let (kind, variant) = match reason.split_once('/') {
            Some((k, v)) => (opt(k), opt(v)),
            None => (opt(reason), None),
        };
        let case = Case {
            url: url.to_string(),
            verdict: verdict.to_string(),
            retailer: opt(retailer),
            kind,
            variant,
        };
        match section {
            "official" => cases.official.push(case),
            "lookalike" => cases.lookalike.push(case),
            "legitimate" => cases.legitimate.push(case),
            _ => panic!("{}: case before any [section]", at()),
        }
    }
    cases
}
