//! `omamori check [URL…]`: one JSON verdict per input line, in order. With no URLs, reads one per
//! line from standard input. A line that is not a URL gives `"verdict": "invalid"`, never a crash.

use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use omamori::{Engine, Settings};

const USAGE: &str = "usage: omamori check [--settings FILE] [URL...]\n\
  Prints one JSON verdict per URL (reads URLs one per line from stdin when none are given).";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("omamori: {e}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let (cmd, rest) = args.split_first().ok_or("missing command")?;
    if cmd == "-h" || cmd == "--help" {
        println!("{USAGE}");
        return Ok(());
    }
    if cmd != "check" {
        return Err(format!("unknown command {cmd:?}"));
    }
    let mut settings = Settings::default();
    let mut urls: Vec<&str> = Vec::new();
    let mut it = rest.iter();
    while let Some(a) = it.next() {
        if a == "--settings" {
            let path = it.next().ok_or("--settings needs a file")?;
            let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            settings = Settings::from_json(&text).map_err(|e| e.to_string())?;
        } else {
            urls.push(a);
        }
    }
    let engine = Engine::new(settings).map_err(|e| e.to_string())?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut emit = |line: &str| -> Result<(), String> {
        let v = engine.check_url(line);
        serde_json::to_writer(&mut out, &v).map_err(|e| e.to_string())?;
        out.write_all(b"\n").map_err(|e| e.to_string())
    };
    if urls.is_empty() {
        let stdin = io::stdin();
        let mut buf = Vec::new();
        let mut lock = stdin.lock();
        loop {
            buf.clear();
            let n = lock
                .read_until(b'\n', &mut buf)
                .map_err(|e| e.to_string())?;
            if n == 0 {
                break;
            }
            // Invalid UTF-8 is replaced, not fatal: the line still gets its (invalid) verdict.
            let line = String::from_utf8_lossy(&buf);
            emit(line.trim_end_matches(['\n', '\r']))?;
        }
    } else {
        for u in urls {
            emit(u)?;
        }
    }
    out.flush().map_err(|e| e.to_string())
}
