//! Table tests of the payment step in the sign-in-page assessment (`assess.rs`): a card form under
//! a heading that asks for payment details, a fee or a card usage check.
use super::tests::{run, signin};
use crate::signals::FieldCounts;

#[test]
fn card_form_under_a_payment_heading() {
    // (case, heading, card fields, password fields, expected default site)
    let cases: &[(&str, &str, u32, u32, Option<&str>)] = &[
        (
            "re-register card",
            "Amazon お支払い情報の再登録",
            2,
            0,
            Some("amazon.co.jp"),
        ),
        (
            "update billing",
            "Amazon: update your billing details",
            3,
            0,
            Some("amazon.co.jp"),
        ),
        (
            "payment heading without a card form",
            "Amazon お支払い情報の再登録",
            0,
            1,
            None,
        ),
        (
            "shop checkout with a pay button",
            "お支払い方法 Amazon Pay",
            2,
            0,
            None,
        ),
        (
            "card form, brand heading without payment words",
            "Amazon 新着情報",
            2,
            0,
            None,
        ),
        (
            "a fee to pay",
            "Amazon 手数料のお支払い",
            3,
            0,
            Some("amazon.co.jp"),
        ),
        (
            "a card usage check",
            "Amazon ご利用確認",
            2,
            1,
            Some("amazon.co.jp"),
        ),
        (
            "a fee heading without a card form",
            "Amazon 手数料のお支払い",
            0,
            1,
            None,
        ),
    ];
    for (case, heading, card, password, want) in cases {
        let mut s = signin("");
        s.lang = "ja".into();
        s.fields = FieldCounts {
            card: *card,
            password: *password,
            ..FieldCounts::default()
        };
        s.headings = vec![heading.to_string()];
        s.text = heading.to_string();
        let f = run("https://hgfxc.example.cn/", &s);
        assert_eq!(
            f.first().map(|f| f.matched.as_str()),
            *want,
            "{case}: {f:?}"
        );
    }
}
