//! Copies stripped of every brand word (issue 10, session 9): a page that names nobody at all — no
//! retailer's word, no name of its own, a title of sign-in words or none — whose own paths (relative
//! links, the form's action) still follow one retailer's own sign-in paths (`/ap/`, `/e-navi/index.xhtml`,
//! `/dialog/oauth/weblogin`); and a copyright owner two retailers share (`LY Corporation`: Yahoo! JAPAN
//! and LINE), where the kept paths say which. Pages that name themselves, use everyday paths (`/login`,
//! `/app/`, `/ec/login`) or follow two retailers' paths stay quiet. Every signal set is written for this
//! test, in our own words (no text from any corpus).

#[path = "common/copied_cases.rs"]
mod copied_cases;
#[path = "common/page_signals.rs"]
mod page_signals;

use copied_cases::check;
use serde_json::json;

#[test]
fn a_page_that_names_nobody_keeps_the_retailers_paths() {
    check(vec![
        (
            "an e-mail step with no title, no footer, sign-up and help links made relative",
            "https://kwrt-zpq.example.top/",
            json!({
                "lang": "ja",
                "headings": ["ログイン"],
                "fields": { "email": 1 },
                "buttons": ["次に進む"],
                "local_paths": ["/signin.php", "/ap/register", "/gp/help/customer/display.html"],
            }),
            Some("amazon"),
            "path:/ap/",
        ),
        (
            "the same on a host one letter from a short brand (the URL's hint names that one)",
            "https://jcbq.example.top/",
            json!({
                "lang": "ja",
                "headings": ["ログイン"],
                "fields": { "email": 1 },
                "buttons": ["次に進む"],
                "local_paths": ["/ap/register"],
            }),
            Some("amazon"),
            "path:/ap/",
        ),
        (
            "a card member's sign-in whose form still posts to the card site's path",
            "http://xqvt-enavi.example.cn/",
            json!({
                "lang": "ja",
                "title": "ログイン",
                "field_labels": ["ユーザID", "パスワード"],
                "buttons": ["ログイン"],
                "local_paths": ["/e-NAVI/index.xhtml", "/e-NAVI/reminder"],
            }),
            Some("rakuten"),
            "path:/e-navi/index.xhtml",
        ),
        (
            "an ID-first step (a text field the content script took for the identifier)",
            "https://ptkq-bvz.example.top/",
            json!({
                "lang": "ja",
                "title": "ログイン",
                "fields": { "text": 1 },
                "field_labels": ["ID/携帯電話番号/メールアドレス"],
                "buttons": ["次へ"],
                "local_paths": ["/config/login", "/config/register"],
            }),
            Some("yahoo-japan"),
            "path:/config/login",
        ),
        (
            "an e-mail-first step with no title whose recovery link kept its path (session 11)",
            "https://vtrq-plk.example.top/",
            json!({
                "lang": "en",
                "fields": { "email": 1 },
                "buttons": ["Next", "Sign Up"],
                "local_paths": ["/websc/signin/process.php", "/authflow/password-recovery/", "/welcome/signup/"],
            }),
            Some("paypal"),
            "path:/authflow/",
        ),
    ]);
}

#[test]
fn a_shared_owner_goes_to_the_retailer_whose_paths_are_kept() {
    check(vec![
        (
            "© LY Corporation and LINE Login's web log-in path",
            "https://hqzn-wlg.example.top/",
            json!({
                "lang": "ja",
                "title": "ログイン",
                "buttons": ["ログイン", "QRコードログイン"],
                "copyright": ["© LY Corporation"],
                "local_paths": ["/dialog/oauth/weblogin"],
            }),
            Some("line"),
            "path:/dialog/oauth/weblogin",
        ),
        (
            "© LY Corporation and Yahoo! JAPAN's sign-in path",
            "https://hqzn-ylg.example.top/",
            json!({
                "lang": "ja",
                "title": "ログイン",
                "buttons": ["ログイン"],
                "copyright": ["© LY Corporation"],
                "local_paths": ["/config/login"],
            }),
            Some("yahoo-japan"),
            "path:/config/login",
        ),
    ]);
}

#[test]
fn pages_that_name_themselves_or_use_everyday_paths_stay_quiet() {
    check(vec![
        (
            "a shop's own sign-in under /config/login with its name in the title",
            "https://shop-hinata.example.jp/config/login",
            json!({
                "lang": "ja",
                "title": "ログイン | 雑貨ひなた",
                "headings": ["雑貨ひなた"],
                "buttons": ["ログイン"],
                "local_paths": ["/config/login", "/config/register"],
            }),
            None,
            "",
        ),
        (
            "a nameless sign-in under /config/login whose © is its own",
            "https://tools-intra.example.com/",
            json!({
                "title": "Sign in",
                "buttons": ["Sign in"],
                "copyright": ["© 2026 Kumo Labs"],
                "local_paths": ["/config/login"],
            }),
            None,
            "",
        ),
        (
            "a nameless app sign-in: everyday paths only",
            "https://app-mnbv.example.com/",
            json!({
                "title": "ログイン",
                "buttons": ["ログイン"],
                "local_paths": ["/app/login", "/login", "/ec/login", "/member/entry", "/_member/login.html"],
            }),
            None,
            "",
        ),
        (
            "a nameless page that follows two retailers' paths",
            "https://xvbn-tpl.example.top/",
            json!({
                "title": "ログイン",
                "buttons": ["ログイン"],
                "local_paths": ["/ap/signin", "/config/login"],
            }),
            None,
            "",
        ),
        (
            "a nameless page with no form of credentials",
            "https://xvbn-nof.example.top/",
            json!({
                "title": "ログイン",
                "fields": { "text": 1 },
                "signin_form": false,
                "local_paths": ["/ap/signin"],
            }),
            None,
            "",
        ),
    ]);
}
