//! Copies that name the retailer only through its account (issue 10, session 7): a brand word that
//! is itself the account's name (`au ID`, `dアカウント`) in a field label; text at the form that
//! addresses the retailer's account ("Appleアカウントを作成", "Don't have a PayPal account?") with
//! links that go to that retailer's account pages and nowhere else; a copyright line of the
//! retailer's operator in another country (`DeRemate.com de México`, Mercado Libre's). And the pages
//! that mention those accounts without being the retailer's, which must stay quiet. Every signal set
//! is written for this test, in our own words (no text from any corpus).

#[path = "common/copied_cases.rs"]
mod copied_cases;
#[path = "common/page_signals.rs"]
mod page_signals;

use copied_cases::check;
use serde_json::json;

#[test]
fn an_account_name_in_a_field_names_the_retailer() {
    check(vec![
        (
            "au ID with the other identifiers after it, no title, no footer",
            "https://qpwm-ztrk.example.cn/",
            json!({
                "lang": "ja",
                "headings": ["ログイン"],
                "field_labels": ["au ID／電話番号", "パスワード"],
                "buttons": ["次へ"],
            }),
            Some("au"),
            "field",
        ),
        (
            "dアカウント followed by のID in the placeholder",
            "https://kvbn-wqz.example.top/login",
            json!({
                "lang": "ja",
                "title": "ログイン",
                "field_labels": ["dアカウントのID", "パスワード"],
                "buttons": ["次へ"],
            }),
            Some("docomo"),
            "field",
        ),
    ]);
}

#[test]
fn account_text_with_links_home_names_the_retailer() {
    check(vec![
        (
            "Apple account sign-up line and links to Apple's account pages only (apple is a common word)",
            "https://zrtq-mnbv.example.top/",
            json!({
                "lang": "ja",
                "headings": ["サインイン"],
                "text": "サインイン パスワードをお忘れですか？ Appleアカウントを作成",
                "buttons": ["続ける"],
                "link_hosts": ["iforgot.apple.com", "account.apple.com"],
            }),
            Some("apple"),
            "links:apple.com",
        ),
        (
            "PayPal account question, blank title, links to PayPal",
            "https://hhtr-plq.example.xyz/",
            json!({
                "headings": ["Log in"],
                "text": "Log in Forgot password? Don't have a PayPal account? Sign Up",
                "buttons": ["Log In"],
                "link_hosts": ["www.paypal.com"],
            }),
            Some("paypal"),
            "links:paypal.com",
        ),
    ]);
}

#[test]
fn a_country_operator_in_the_footer_counts_for_the_retailer() {
    check(vec![(
        "Mercado Libre Mexico with its operator's copyright line",
        "https://mlx-ingreso.example.top/",
        json!({
            "lang": "es-MX",
            "title": "Mercado Libre",
            "headings": ["Ingresa tu e-mail o teléfono para iniciar sesión"],
            "copyright": ["Copyright © 1999-2025 DeRemate.com de México S. de R.L. de C.V."],
            "buttons": ["Continuar"],
        }),
        Some("mercadolibre"),
        "copyright",
    )]);
}

#[test]
fn pages_that_mention_an_account_stay_quiet() {
    check(vec![
        (
            "a shop's login that offers au ID as a login button",
            "https://shop-tsuhan.example.jp/login",
            json!({
                "lang": "ja",
                "title": "ログイン | つうはん堂",
                "headings": ["ログイン"],
                "text": "会員ログイン au IDでログイン",
                "buttons": ["ログイン", "au IDでログイン"],
                "copyright": ["© つうはん堂"],
                "link_hosts": ["id.auone.jp"],
            }),
            None,
            "",
        ),
        (
            "a how-to article about an Apple account with a member login and a link to Apple",
            "https://gadget-notes.example.com/apple-account",
            json!({
                "lang": "ja",
                "title": "Appleアカウントの作り方を解説",
                "headings": ["Appleアカウントの作り方を解説", "会員ログイン"],
                "text": "Appleアカウントを作成する手順です。",
                "buttons": ["ログイン"],
                "link_hosts": ["account.apple.com"],
            }),
            None,
            "",
        ),
        (
            "an account question with links to two retailers (a travel site's payment notes)",
            "https://trips.example.com/login",
            json!({
                "headings": ["Log in to your trips"],
                "text": "Don't have a PayPal account? Pay by card. Gift cards on Amazon.",
                "buttons": ["Log in"],
                "link_hosts": ["www.paypal.com", "www.amazon.com"],
            }),
            None,
            "",
        ),
        (
            "a link that ends in the brand runs into the login button in the text (no account named)",
            "https://proxy-buy.example.com/login",
            json!({
                "headings": ["Member login"],
                "text": "Member login Email Password Sign in Shop Rakuten Sign in",
                "buttons": ["Sign in"],
                "link_hosts": ["www.rakuten.co.jp"],
            }),
            None,
            "",
        ),
        (
            "account text on a page with its own copyright owner",
            "https://resale-tools.example.com/login",
            json!({
                "title": "Log in",
                "headings": ["Log in"],
                "text": "Connect your PayPal account after you log in.",
                "copyright": ["© 2025 Resale Tools Ltd."],
                "buttons": ["Log in"],
                "link_hosts": ["www.paypal.com"],
            }),
            None,
            "",
        ),
    ]);
}

/// Session 8: a copy that names nobody but the retailer — no site name, title part or copyright
/// owner of its own, no other retailer — where the brand is named tightly (its owner's © line, the
/// logo at the form) or by its terms or account line; and pages that name themselves, or only
/// mention the brand in passing, which stay quiet.
#[test]
fn a_page_that_names_nobody_else_is_the_retailers() {
    check(vec![
        (
            "Mercado Libre Chile copy: the owner's © line and nothing of its own",
            "https://ml-ingreso.example.top/",
            json!({
                "lang": "es-CL",
                "headings": ["¡Hola! Ingresa tu e-mail o usuario"],
                "buttons": ["Continuar"],
                "text": "¡Hola! Ingresa tu e-mail o usuario Continuar Copyright © 1999-2026 MercadoLibre Chile Ltda.",
                "copyright": ["Copyright © 1999-2026 MercadoLibre Chile Ltda."],
            }),
            Some("mercadolibre"),
            "nameless",
        ),
        (
            "Uniqlo copy: its terms line under the form, a blank title",
            "http://u-member.example.cn/",
            json!({
                "lang": "ja",
                "headings": ["ログイン"],
                "buttons": ["ログイン"],
                "text": "ログイン メールアドレス パスワード ログインすると、ユニクロのプライバシーポリシーに同意したものとみなされます。",
            }),
            Some("uniqlo"),
            "nameless",
        ),
        (
            "the same terms line on a shop's login titled with its own name",
            "https://shop.example.jp/login",
            json!({
                "title": "ログイン | 木漏れ日ストア",
                "lang": "ja",
                "headings": ["ログイン"],
                "buttons": ["ログイン"],
                "text": "ログイン ユニクロのプライバシーポリシーについての記事はこちら",
            }),
            None,
            "",
        ),
        (
            "an owner's © line beside another retailer's name (a comparison, not a copy)",
            "https://compare.example.net/",
            json!({
                "lang": "es",
                "headings": ["Ingresa"],
                "buttons": ["Continuar"],
                "text": "Ingresa Continuar Ofertas de Amazon y Walmart Copyright © MercadoLibre Chile Ltda.",
                "copyright": ["Copyright © MercadoLibre Chile Ltda."],
            }),
            None,
            "",
        ),
    ]);
}
