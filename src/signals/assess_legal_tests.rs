//! Table tests of what names a copy's owner besides a copyright line (`assess.rs`, `evidence.rs`): the
//! retailer named as a company (`legal`), retailers that share an owner (au and au PAY マーケット, Yahoo!
//! JAPAN and LINE), and `© … Corp.` lines.
use super::*;
use crate::signals::FieldCounts;

/// (title, heading, text, copyright line, form ids, the retailer flagged)
type Case<'a> = (
    &'a str,
    &'a str,
    &'a str,
    &'a str,
    &'a [&'a str],
    Option<&'a str>,
);

fn flagged(cases: &[Case]) {
    let catalog = Catalog::new(&[]);
    let info = DomainInfo::parse("https://bxq-kdtz.vrwmh.test/").expect("url");
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    for (title, heading, text, copyright, ids, want) in cases {
        let s = PageSignals {
            title: title.to_string(),
            headings: strings(&[heading]),
            text: format!("{heading} {text} {copyright}"),
            copyright: strings(&[copyright])
                .into_iter()
                .filter(|c| !c.is_empty())
                .collect(),
            fields: FieldCounts {
                otp: 1,
                ..FieldCounts::default()
            },
            signin_form: true,
            form_ids: strings(ids),
            ..PageSignals::default()
        };
        let got = assess(&info, &s.bounded(), &catalog)
            .first()
            .map(|f| match f.owner {
                Owner::Retailer(i) => catalog.retailer(i).id,
                _ => "",
            });
        assert_eq!(
            got, *want,
            "{title} | {heading} | {text} | {copyright} | {ids:?}"
        );
    }
}

#[test]
fn a_company_line_names_a_page_that_has_no_name_of_its_own() {
    flagged(&[
        // A 3-D Secure step: the issuer named as a company at its foot, before or after the form.
        (
            "",
            "本人認証",
            "ワンタイムパスワードを入力してください。 三井住友カード株式会社",
            "",
            &[],
            Some("smbc-card"),
        ),
        (
            "本人認証",
            "ログイン",
            "契約番号 株式会社三菱ＵＦＪ銀行",
            "",
            &[],
            Some("mufg"),
        ),
        (
            "",
            "Verification",
            "Enter the code we sent to your Vpass phone. Sumitomo Mitsui Card Co., Ltd.",
            "",
            &[],
            Some("smbc-card"),
        ),
        // A name of its own (a title part, a copyright line), or the brand without a corporate form.
        (
            "お支払い | 山田園芸",
            "カード情報の入力",
            "決済は三井住友カード株式会社の決済代行を利用しています",
            "",
            &[],
            None,
        ),
        (
            "ログイン",
            "ログイン",
            "三井住友カード株式会社の決済代行を利用しています",
            "© 2026 山田園芸",
            &[],
            None,
        ),
        (
            "ログイン",
            "ログイン",
            "三井住友カードのVpassで確認します",
            "",
            &[],
            None,
        ),
        (
            "ログイン",
            "ログイン",
            "iPhoneはApple Inc.の商標です。",
            "",
            &[],
            None,
        ),
        // An owner's name that holds its corporate form, and the honorific wording of a check.
        (
            "",
            "ご本人様確認",
            "Qoo10のタイムセール eBay Japan合同会社",
            "",
            &[],
            Some("qoo10"),
        ),
    ]);
}

#[test]
fn retailers_that_share_an_owner_go_to_the_service_the_page_names() {
    flagged(&[
        // au ID signs in to au PAY マーケット: the page that names the market is the market's.
        (
            "",
            "au IDでログイン",
            "au PAY マーケットでお買い物するには、au IDでログインしてください。",
            "© KDDI",
            &["loginaliasid"],
            Some("au-pay-market"),
        ),
        (
            "",
            "au IDでログイン",
            "au PAYをご利用いただくには、au IDでログインしてください。",
            "© KDDI",
            &["loginaliasid"],
            Some("au"),
        ),
        (
            "ログイン",
            "ログイン",
            "au Wowma!のご注文履歴の確認にはau IDが必要です。",
            "© KDDI CORPORATION",
            &[],
            Some("au-pay-market"),
        ),
        // LY Corporation runs Yahoo! JAPAN and LINE: LINE's form (both its names) is LINE's.
        (
            "ログイン",
            "ログイン",
            "QRコードでログイン",
            "© LY Corporation",
            &["tid", "tpasswd"],
            Some("line"),
        ),
        (
            "ログイン",
            "ログイン",
            "ID/携帯電話番号/メールアドレス",
            "© LY Corporation",
            &["login_handle"],
            Some("yahoo-japan"),
        ),
        // `lineヤフー` is an owner's name, not LINE named.
        (
            "ログイン",
            "ログイン",
            "LINEヤフー株式会社のIDでログイン",
            "© LY Corporation",
            &["login_handle"],
            Some("yahoo-japan"),
        ),
        // `© … Corp.` is the retailer's own line.
        (
            "ログイン",
            "ログイン",
            "My SoftBankをご利用になるには、携帯電話番号とパスワードを入力してください。",
            "© SoftBank Corp. All rights reserved.",
            &[],
            Some("softbank"),
        ),
    ]);
}

#[test]
fn a_disclaimer_names_a_company_as_another_and_an_owner_alone_names_the_page() {
    flagged(&[
        // A disclaimer on a page with no copyright line: the company is someone else's, not the owner.
        (
            "",
            "ログイン",
            "当サイトは三井住友カード株式会社とは一切関係ありません。",
            "",
            &[],
            None,
        ),
        (
            "ログイン",
            "Sign in",
            "This shop is not affiliated with Sumitomo Mitsui Card Co., Ltd.",
            "",
            &[],
            None,
        ),
        (
            "",
            "会員ログイン",
            "当店は株式会社ジェーシービーとは関係ございません。",
            "",
            &[],
            None,
        ),
        // The owner's company name alone (no brand word on the page) names it as the brand's would.
        (
            "",
            "本人認証",
            "ワンタイムパスワードを入力してください。 株式会社ジェーシービー",
            "",
            &[],
            Some("jcb"),
        ),
        (
            "",
            "ログイン",
            "ご本人様確認のため、ログインしてください。 イオンフィナンシャルサービス株式会社",
            "",
            &[],
            Some("aeon-card"),
        ),
        // A shop that names its acquirer under its own copyright line stays the shop's.
        (
            "ログイン",
            "ログイン",
            "決済代行：株式会社ジェーシービー",
            "© 2026 山田商店",
            &[],
            None,
        ),
    ]);
}

#[test]
fn an_owners_copyright_and_the_retailers_own_paths_name_a_nameless_copy() {
    let catalog = Catalog::new(&[]);
    let info = DomainInfo::parse("https://qmv-trxe.plkdw.test/").expect("url");
    let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    // (title, copyright line, the page's own paths, password field, the retailer flagged)
    type PathCase<'a> = (&'a str, &'a str, &'a [&'a str], bool, Option<&'a str>);
    let cases: &[PathCase] = &[
        // An SMS-code step that says only `© LY Corporation`, its links relative to Yahoo! JAPAN ID's.
        (
            "確認コードの入力",
            "© LY Corporation",
            &["/yconnect/v2/verify.php", "/privacy"],
            false,
            Some("yahoo-japan"),
        ),
        (
            "",
            "© LINEヤフー株式会社",
            &["/yconnect/v2/authorization"],
            true,
            Some("yahoo-japan"),
        ),
        // A shop's own login that returns from Yahoo! JAPAN's ID link names itself.
        (
            "ログイン | 山田商店",
            "© 2026 山田商店",
            &["/yconnect/v2/callback"],
            true,
            None,
        ),
    ];
    for (title, copyright, paths, password, want) in cases {
        let s = PageSignals {
            title: title.to_string(),
            headings: strings(&["ログイン"]),
            text: format!("ログイン {copyright}"),
            copyright: strings(&[copyright]),
            fields: FieldCounts {
                otp: u32::from(!password),
                password: u32::from(*password),
                ..FieldCounts::default()
            },
            signin_form: *password,
            local_paths: strings(paths),
            ..PageSignals::default()
        };
        let got = assess(&info, &s.bounded(), &catalog)
            .first()
            .map(|f| match f.owner {
                Owner::Retailer(i) => catalog.retailer(i).id,
                _ => "",
            });
        assert_eq!(got, *want, "{title} | {copyright} | {paths:?}");
    }
}
