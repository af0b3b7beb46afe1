//! Table tests of `normalize.rs`: letters set apart by marks, spacing voicing marks.
use super::*;

#[test]
fn letters_between_marks_are_joined() {
    for (raw, want) in [
        ("r•a•k•u•t•e•n", "rakuten"),
        ("r·a·k·u·t·e·n ichiba", "rakuten ichiba"),
        ("メ・ル・カ・リ", "メルカリ"),
        ("y–a–h–o–o–! j–a–p–a–n", "yahoo! japan"),
        ("p-a-y-p-a-y", "paypay"),
        ("s/a/i/s/o/n card", "saison card"),
        ("a.m.a.z.o.n", "amazon"),
        ("j·c·b", "jcb"),
        // Left alone: words, pairs, digits, mixed marks.
        ("エポス・セゾン・イオン", "エポス・セゾン・イオン"),
        ("e-mail", "e-mail"),
        ("a-b", "a-b"),
        ("1.2.3.4", "1.2.3.4"),
        ("2026-12-02", "2026-12-02"),
        ("a-b/c.d", "a-b/c.d"),
        ("ichiba · points · card", "ichiba · points · card"),
        ("", ""),
    ] {
        assert_eq!(join_separated(raw), want, "{raw}");
    }
}

#[test]
fn spacing_voicing_marks_join_their_kana() {
    for (raw, want) in [
        ("エホ゜スカード", "エポスカード"),
        ("ヘ゜イヘ゜イ", "ペイペイ"),
        ("ト゛コモ", "ドコモ"),
        ("は゛", "ば"),
    ] {
        assert_eq!(visible(raw), want, "{raw}");
    }
}
