//! Copies of a retailer's page with their comments stripped (issue 10): what else a copy keeps — its
//! canonical address, `og:url`, `<base href>`, the retailer's CDNs in `srcset`, a form that still
//! posts home, `<meta name=application-name>` — through `Engine::check_page`, and the pages that only
//! talk about a retailer, embed its widget or pay with it, which must stay quiet. Every signal set is
//! written for this test, in our own words (no text from any corpus).

#[path = "common/copied_cases.rs"]
mod copied_cases;
#[path = "common/page_signals.rs"]
mod page_signals;

use copied_cases::check;
use serde_json::json;

/// A copied sign-in with no comment and no brand word left in its title: the address it gives itself
/// or the form that posts home names the retailer.
#[test]
fn copies_without_comments_keep_their_origin() {
    check(vec![
        (
            "canonical link to the retailer's sign-in",
            "https://xkqwe-ptrs.example.top/signin",
            json!({
                "title": "Sign-In",
                "text": "Email or mobile phone number Password",
                "buttons": ["Continue"],
                "page_hosts": ["www.amazon.com"],
            }),
            Some("amazon"),
            "page:amazon.com",
        ),
        (
            "og:url and base href of a Japanese copy",
            "http://rakuten-secure.cyou/login",
            json!({
                "title": "ログイン",
                "lang": "ja",
                "text": "ユーザID パスワード",
                "buttons": ["ログイン"],
                "page_hosts": ["grp02.id.rakuten.co.jp", "login.account.rakuten.com"],
            }),
            Some("rakuten"),
            "page:",
        ),
        (
            "application-name and the retailer's image CDN in srcset",
            "https://mbr-check.example.cn/",
            json!({
                "title": "サインイン",
                "app_name": "Amazon",
                "lang": "ja",
                "text": "Eメール パスワード",
                "buttons": ["次へ"],
                "img_hosts": ["m.media-amazon.com"],
            }),
            Some("amazon"),
            "cdn:media-amazon.com",
        ),
        (
            "the sign-in form itself still posts to the retailer",
            "https://acc-7731.example.top/login",
            json!({
                "title": "Sign in",
                "text": "Email or mobile phone number Password",
                "buttons": ["Sign in"],
                "form_action_hosts": ["www.ebay.com"],
                "signin_action_hosts": ["signin.ebay.com"],
            }),
            Some("ebay"),
            "form:ebay.com",
        ),
        (
            "a form that still posts to the retailer, Apple's name in the field",
            "https://support-case-7731.example.xyz/",
            json!({
                "title": "Sign in",
                "text": "Email or Phone Number Password",
                "field_labels": ["Apple Account"],
                "form_action_hosts": ["idmsa.apple.com"],
            }),
            Some("apple"),
            "action:apple.com",
        ),
    ]);
}

/// Pages that talk about a retailer, embed it or pay with it, each with its own member sign-in.
#[test]
fn pages_that_talk_about_a_retailer_stay_quiet() {
    check(vec![
        (
            "shop sign-in with an Amazon widget and product pictures",
            "https://komorebi-zakka.example.jp/member/login",
            json!({
                "title": "会員ログイン | こもれび雑貨店",
                "lang": "ja",
                "og_site_name": "こもれび雑貨店",
                "headings": ["会員ログイン"],
                "text": "メールアドレス パスワード Amazonでも販売中 Amazonで見る",
                "copyright": ["© 2025 こもれび雑貨店"],
                "img_alts": ["Amazon", "木のトレイ"],
                "buttons": ["ログイン", "Amazonで見る"],
                "img_hosts": ["m.media-amazon.com", "images-fe.ssl-images-amazon.com"],
                "script_hosts": ["ws-fe.amazon-adsystem.com"],
            }),
            None,
            "",
        ),
        (
            "the same shop without og:site_name, only its copyright line",
            "https://komorebi-zakka.example.jp/member/login",
            json!({
                "title": "会員ログイン",
                "lang": "ja",
                "text": "メールアドレス パスワード Amazonでも販売中",
                "copyright": ["Copyright © こもれび雑貨店 All rights reserved."],
                "img_alts": ["Amazon"],
                "buttons": ["ログイン"],
                "img_hosts": ["m.media-amazon.com"],
                "script_hosts": ["ws-fe.amazon-adsystem.com"],
            }),
            None,
            "",
        ),
        (
            "member sign-in beside an Amazon search widget that posts to Amazon",
            "https://hobby-forum.example.net/login",
            json!({
                "title": "Log in | Hobby Forum",
                "og_site_name": "Hobby Forum",
                "headings": ["Log in", "Search Amazon"],
                "text": "Username Password Search Amazon for parts",
                "copyright": ["© 2025 Hobby Forum"],
                "buttons": ["Log in", "Go"],
                "form_action_hosts": ["hobby-forum.example.net", "www.amazon.com"],
                "signin_action_hosts": ["hobby-forum.example.net"],
            }),
            None,
            "",
        ),
        (
            "blog with Rakuten affiliate links and a login box",
            "https://setsuyaku-mama.example.com/2025/11/furusato",
            json!({
                "title": "楽天市場で買ってよかったもの | 節約ママの家計簿",
                "lang": "ja",
                "og_site_name": "節約ママの家計簿",
                "headings": ["楽天市場で買ってよかったもの", "ログイン"],
                "text": "楽天市場のお買い物マラソンで購入しました。楽天で見る ユーザー名 パスワード",
                "copyright": ["© 2025 節約ママの家計簿"],
                "img_alts": ["楽天市場", "商品画像"],
                "buttons": ["楽天で見る", "ログイン"],
                "img_hosts": ["thumbnail.image.rakuten.co.jp", "r10s.jp"],
                "link_hosts": ["hb.afl.rakuten.co.jp", "item.rakuten.co.jp"],
            }),
            None,
            "",
        ),
        (
            "store sign-in with a PayPal checkout button",
            "https://www.handmade-kagu.example/account/login",
            json!({
                "title": "ログイン | 手作り家具の店",
                "lang": "ja",
                "headings": ["ログイン", "お支払い方法"],
                "text": "メールアドレス パスワード PayPalでかんたん決済 クレジットカード",
                "copyright": ["© 手作り家具の店"],
                "img_alts": ["PayPal"],
                "form_logos": ["PayPal"],
                "buttons": ["ログイン", "PayPalで支払う"],
                "img_hosts": ["www.paypalobjects.com"],
                "script_hosts": ["www.paypal.com"],
            }),
            None,
            "",
        ),
        (
            "price comparison site with a member login",
            "https://kakaku-hikaku.example.jp/login",
            json!({
                "title": "ログイン | 価格くらべ",
                "lang": "ja",
                "og_site_name": "価格くらべ",
                "headings": ["会員ログイン", "人気ショップ"],
                "text": "Amazon 楽天市場 Yahoo!ショッピング の最安値を比較 メールアドレス パスワード",
                "copyright": ["© 2025 価格くらべ"],
                "img_alts": ["Amazon", "楽天市場", "Yahoo!ショッピング"],
                "img_hosts": ["m.media-amazon.com", "thumbnail.image.rakuten.co.jp", "item-shopping.c.yimg.jp"],
                "buttons": ["ログイン"],
            }),
            None,
            "",
        ),
        (
            "coupon site member login",
            "https://coupon-navi.example.com/members/signin",
            json!({
                "title": "Member sign in - CouponNavi",
                "og_site_name": "CouponNavi",
                "headings": ["Sign in to CouponNavi", "Today's Amazon coupons"],
                "text": "Amazon promo codes eBay coupons Email Password",
                "copyright": ["© 2025 CouponNavi LLC"],
                "img_alts": ["Amazon coupons", "eBay"],
                "img_hosts": ["m.media-amazon.com", "i.ebayimg.com"],
                "buttons": ["Sign in"],
            }),
            None,
            "",
        ),
        (
            "marketplace seller tool login",
            "https://app.sellerpilot.example.io/login",
            json!({
                "title": "Log in | SellerPilot for Amazon & eBay sellers",
                "og_site_name": "SellerPilot",
                "headings": ["Log in to SellerPilot"],
                "text": "Connect your Amazon Seller Central and eBay accounts. Email Password",
                "copyright": ["© 2025 SellerPilot Inc."],
                "img_alts": ["Amazon", "eBay"],
                "buttons": ["Log in"],
                "img_hosts": ["m.media-amazon.com"],
            }),
            None,
            "",
        ),
        (
            "Japanese news with a sidebar login, canonical to itself",
            "https://news.keizai-shinpo.example.jp/articles/2025/1130",
            json!({
                "title": "楽天とLINEヤフー、決済で提携 - 経済新報",
                "lang": "ja",
                "og_site_name": "経済新報",
                "headings": ["楽天とLINEヤフー、決済で提携", "会員ログイン"],
                "text": "楽天グループとLINEヤフーは30日… メールアドレス パスワード",
                "copyright": ["© 経済新報社"],
                "img_alts": ["楽天グループのロゴ"],
                "buttons": ["ログイン"],
                "page_hosts": ["news.keizai-shinpo.example.jp"],
            }),
            None,
            "",
        ),
        (
            "syndicated press release whose canonical is the retailer's, on a news site with a login",
            "https://www.tech-daily.example.com/press/amazon-launch",
            json!({
                "title": "Amazon announces new delivery service - Tech Daily",
                "og_site_name": "Tech Daily",
                "headings": ["Amazon announces new delivery service", "Sign in"],
                "text": "SEATTLE — Amazon today announced... Email Password",
                "copyright": ["© 2025 Tech Daily Media"],
                "buttons": ["Sign in"],
                "page_hosts": ["www.amazon.com"],
            }),
            None,
            "",
        ),
    ]);
}

/// Yahoo (Yahoo Inc., login.yahoo.com) and Yahoo! JAPAN (LY Corporation) share the word `yahoo`: a
/// copy of either is named as its own, by its address, its owner or, when nothing else tells them
/// apart, the page's language.
#[test]
fn yahoo_and_yahoo_japan_are_told_apart() {
    check(vec![
        (
            "stripped copy of login.yahoo.com (canonical)",
            "https://mail-verify-2291.example.top/",
            json!({
                "title": "Yahoo",
                "text": "Sign in using your Yahoo account Username, email, or mobile",
                "buttons": ["Next"],
                "page_hosts": ["login.yahoo.com"],
            }),
            Some("yahoo"),
            "page:yahoo.com",
        ),
        (
            "saved copy of login.yahoo.com",
            "https://mail-verify-2291.example.top/",
            json!({
                "title": "Yahoo",
                "text": "Sign in using your Yahoo account",
                "buttons": ["Next"],
                "source_hosts": ["login.yahoo.com"],
            }),
            Some("yahoo"),
            "source:yahoo.com",
        ),
        (
            "English sign-in naming Yahoo, nothing else",
            "https://secure-yh.example.xyz/",
            json!({
                "title": "Sign in to Yahoo",
                "lang": "en",
                "headings": ["Sign in"],
                "copyright": ["© 2025 Yahoo"],
            }),
            Some("yahoo"),
            "title+signin words",
        ),
        (
            "Japanese sign-in naming Yahoo, nothing else",
            "https://secure-yh.example.xyz/",
            json!({
                "title": "Yahoo!メール - ログイン",
                "lang": "ja",
                "headings": ["ログイン"],
                "copyright": ["© 2025 Yahoo"],
            }),
            Some("yahoo-japan"),
            "title+signin words",
        ),
        (
            "LY Corporation copyright on an English-looking page",
            "https://secure-yh.example.xyz/",
            json!({
                "title": "Yahoo! JAPAN ID - Login",
                "lang": "en",
                "copyright": ["© LY Corporation"],
            }),
            Some("yahoo-japan"),
            "copyright",
        ),
    ]);
}
