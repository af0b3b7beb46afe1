//! Page-signal assessment, the other side: ordinary sites with a sign-in form that talk about a
//! retailer (reviews, shops offering a retailer's sign-in, news) are not flagged. Every signal set
//! here is written for this test, in our own words. (Imitations: tests/signals.rs.)

use omamori::verdict::VerdictKind;
use serde_json::{json, Value};

#[path = "common/page_signals.rs"]
mod page_signals;
use page_signals::{engine, signals};

#[test]
fn benign_pages_are_not_flagged() {
    let e = engine();
    let cases: Vec<(&str, &str, Value)> = vec![
        (
            "blog reviewing Amazon with affiliate links and a comment login",
            "https://gadget-nikki.example.jp/2025/amazon-kaimono",
            json!({
                "title": "【2025年】Amazonで買ってよかったガジェット10選 | ガジェット日記",
                "lang": "ja",
                "og_site_name": "ガジェット日記",
                "headings": ["Amazonで買ってよかったもの", "1. モバイルバッテリー", "ログイン"],
                "text": "この記事にはアフィリエイトリンクを含みます。Amazonのセールで購入しました。Amazonで見る 楽天で見る ユーザー名 パスワード",
                "copyright": ["© 2025 ガジェット日記"],
                "img_alts": ["モバイルバッテリーの写真", "Amazonで見る", "Amazon"],
                "buttons": ["Amazonで見る", "ログイン"],
                "img_hosts": ["m.media-amazon.com", "gadget-nikki.example.jp"],
                "link_hosts": ["www.amazon.co.jp", "amzn.to", "hb.afl.rakuten.co.jp"],
            }),
        ),
        (
            "store sign-in offering Sign in with Apple",
            "https://www.kobo-zakka.example/account/login",
            json!({
                "title": "ログイン | 工房雑貨",
                "lang": "ja",
                "og_site_name": "工房雑貨",
                "headings": ["ログイン"],
                "text": "メールアドレス パスワード または Appleでサインイン Sign in with Apple",
                "copyright": ["© 2025 工房雑貨"],
                "img_alts": ["工房雑貨", "Apple"],
                "buttons": ["ログイン", "Sign in with Apple", "Appleでサインイン"],
                "script_hosts": ["appleid.cdn-apple.com"],
            }),
        ),
        (
            "Shopify store checkout with Shop Pay and Amazon Pay",
            "https://checkout.tea-house.example/checkouts/cn/abc",
            json!({
                "title": "チェックアウト - 茶の間ストア",
                "lang": "ja",
                "og_site_name": "茶の間ストア",
                "headings": ["お支払い", "配送先"],
                "text": "エクスプレスチェックアウト Shop Pay Amazon Pay PayPal カード番号 有効期限 セキュリティコード Powered by Shopify",
                "img_alts": ["茶の間ストア", "Amazon Pay"],
                "buttons": ["Amazon Pay で支払う", "今すぐ支払う"],
                "fields": { "card": 3, "email": 1, "text": 5 },
                "script_hosts": ["cdn.shopify.com", "static-fe.payments-amazon.com"],
                "css_hosts": ["cdn.shopify.com"],
                "form_action_hosts": ["checkout.tea-house.example"],
            }),
        ),
        (
            "bank sign-in",
            "https://ib.sakuramirai-bank.example.jp/login",
            json!({
                "title": "ログイン | さくら未来銀行",
                "lang": "ja",
                "headings": ["インターネットバンキング ログイン"],
                "text": "契約者番号 ログインパスワード ワンタイムパスワードをご利用ください",
                "copyright": ["Copyright © Sakura Mirai Bank, Ltd. All Rights Reserved."],
                "img_alts": ["さくら未来銀行"],
                "buttons": ["ログイン"],
            }),
        ),
        (
            "webmail sign-in",
            "https://mail.example.net/",
            json!({
                "title": "Sign in - ExampleMail",
                "lang": "en",
                "headings": ["Sign in to your mailbox"],
                "text": "Username Password Keep me signed in Forgot password?",
                "copyright": ["© 2025 ExampleMail"],
                "img_alts": ["ExampleMail"],
                "buttons": ["Sign in"],
            }),
        ),
        (
            "Japanese forum sign-in listing threads about shopping",
            "https://bbs.example.jp/login",
            json!({
                "title": "ログイン - なんでも掲示板",
                "lang": "ja",
                "headings": ["ログイン", "人気のスレッド", "Amazonプライムデーの戦利品", "楽天スーパーSALEまとめ"],
                "text": "ユーザー名 パスワード ログイン状態を保持する 新規登録",
                "copyright": ["© なんでも掲示板"],
                "buttons": ["ログイン"],
            }),
        ),
        (
            "price comparison page naming Amazon, Rakuten and Yahoo!",
            "https://kakaku-hikaku.example/item/123",
            json!({
                "title": "ワイヤレスイヤホン 最安値比較 Amazon・楽天・Yahoo!ショッピング",
                "lang": "ja",
                "headings": ["Amazon", "楽天市場", "Yahoo!ショッピング", "会員ログイン"],
                "text": "Amazon 3,980円 楽天市場 4,100円 Yahoo!ショッピング 4,050円 メールアドレス パスワード",
                "img_alts": ["Amazon", "楽天市場", "Yahoo!ショッピング"],
                "buttons": ["ログイン"],
                "link_hosts": ["www.amazon.co.jp", "item.rakuten.co.jp", "store.shopping.yahoo.co.jp"],
                "img_hosts": ["m.media-amazon.com", "thumbnail.image.rakuten.co.jp"],
            }),
        ),
        (
            "news article about Amazon with a newsletter sign-up",
            "https://news.example.com/tech/amazon-results",
            json!({
                "title": "Amazon reports record holiday sales - Example News",
                "og_site_name": "Example News",
                "headings": ["Amazon reports record holiday sales", "Sign in to comment"],
                "text": "Amazon said on Thursday... Email Password",
                "copyright": ["© 2025 Example News Media"],
                "buttons": ["Sign in"],
            }),
        ),
        (
            "affiliate link only",
            "https://deals.example.org/",
            json!({
                "title": "Sign in",
                "link_hosts": ["www.amazon.co.jp", "amzn.to"],
                "buttons": ["Sign in"],
            }),
        ),
    ];
    for (name, url, s) in cases {
        let v = e.check_page(url, signals(s));
        assert_eq!(
            v.verdict,
            VerdictKind::Unrelated,
            "{name}: {:?} {:?}",
            v.retailer,
            v.reasons
        );
    }
}
