//! The page vocabulary shared with the extension's scripts (exported by `rules()`): sign-in and
//! payment words the assessment looks for, and the words the content script uses to recognise an
//! email-first step, a password field and a copyright line. Hand-edited, sorted (tested).

/// Sign-in and verification words: a page with one of these in its title or headings presents a
/// sign-in (or the verification step after it). Matched on folded text (accents read as their
/// letter: `Iniciar sesión` → `iniciar sesion`); ASCII ones as words. Copies of a retailer's sign-in
/// in other languages (Spanish, Portuguese, French, German, Italian, Dutch, Polish) say these.
pub const SIGNIN_WORDS: &[&str] = &[
    "2-step",
    "aanmelden",
    "accedi",
    "account",
    "anmelden",
    "anmeldung",
    "authentication",
    "connexion",
    "einloggen",
    "fazer login",
    "identifiez-vous",
    "inicia sesion",
    "iniciar sesion",
    "iniciar sessao",
    "inicie sesion",
    "inloggen",
    "log in",
    "log on",
    "log-in",
    "login",
    "logon",
    "one-time",
    "otp",
    "passcode",
    "password",
    "se connecter",
    "security code",
    "sign in",
    "sign on",
    "sign-in",
    "signin",
    "two-step",
    "verification",
    "verify",
    "zaloguj",
    "アカウント",
    "サインイン",
    "セキュリティコード",
    "パスワード",
    "ログイン",
    "ワンタイム",
    "二段階",
    "本人様確認",
    "本人確認",
    "確認コード",
    "認証",
    "ｻｲﾝｲﾝ",
    "ﾛｸﾞｲﾝ",
];

/// Corporate forms joined to a company's name (`三井住友カード株式会社`, `株式会社ジェーシービー`, `SoftBank
/// Corp.`, `Rakuten Card Co., Ltd.`): a retailer's brand word or owner joined to one is the retailer
/// named as a company (`tokens::legal_in`). Folded (lower case, NFKC: `㈱` is `(株)`).
pub const LEGAL_FORMS: &[&str] = &[
    "(株)",
    "co., ltd",
    "co.,ltd",
    "corp",
    "corporation",
    "g.k",
    "inc",
    "k.k",
    "合同会社",
    "株式会社",
];

/// What a page says when it names a company that is not its own (folded): a trademark notice
/// (`AppleはApple Inc.の商標です`) or a disclaimer (`当サイトは楽天グループ株式会社とは関係ありません`,
/// `not affiliated with Netflix, Inc.`). A company named so is another's mark, never the page's owner
/// (`tokens::legal_in`). Sorted.
pub const DISCLAIMER_WORDS: &[&str] = &[
    "no affiliation",
    "not affiliated",
    "not associated",
    "not endorsed",
    "trademark",
    "unaffiliated",
    "商標",
    "無関係",
    "関係ありません",
    "関係がありません",
    "関係ございません",
    "関係のない",
    "関係はありません",
];

/// Payment-step and account-trouble words (the pages kits put around the sign-in: "your account is
/// locked, update your card"). They bind a brand to a page only together with a card field.
pub const PAYMENT_WORDS: &[&str] = &[
    "billing",
    "card",
    "locked",
    "payment",
    "suspended",
    "unlock",
    // A card form under "お支払い" (a fee, a bill, payment details) or "ご利用確認" (a card
    // issuer's usage check) is a payment step.
    "お支払い",
    "お支払方法",
    // "カードご利用の確認", "ご登録情報の確認": a card issuer's usage check, "confirm your details".
    "ご利用の確認",
    "ご利用確認",
    "カード情報",
    "クレジットカード",
    "ロックされ",
    "停止",
    "制限",
    "支払い方法",
    "支払方法",
    "登録情報",
];

/// Words on the button of an email-first step (`Next`, `次へ`): with an email field and that button,
/// the content script reports a sign-in form even when the page says no sign-in word.
pub const STEP_WORDS: &[&str] = &["continue", "next", "次に進む", "次へ", "続ける", "続行"];

/// Labels of a field that asks for an account's identifier (`dアカウントのID`, `User ID`, `メールアドレス`):
/// the one plain text field of an identifier-first step (`ID/携帯電話番号/メールアドレス` then `次へ`),
/// which the content script treats as it treats an email-first step. Matched as words (`id` is not
/// in `paid`).
pub const ID_HINTS: &[&str] = &[
    "e-mail",
    "email",
    "id",
    "username",
    "メールアドレス",
    "ユーザー名",
    "電話番号",
];

/// Labels (placeholder, name) of a field that asks for a password whatever its `type`: kits use
/// text fields masked with CSS, or an invalid type such as `type="Contraseña"`.
pub const PASSWORD_HINTS: &[&str] = &[
    "contrasena",
    "contraseña",
    "mot de passe",
    "password",
    "passwort",
    "senha",
    "パスワード",
    "密码",
    "密碼",
    "暗証番号",
];

/// Labels of a field that asks for a payment card's number, expiry or CVC whatever its name (a kit
/// names its fields `f1`…`f4` and writes "カード番号" beside them).
pub const CARD_HINTS: &[&str] = &[
    "card number",
    "cardholder",
    "cvc",
    "cvv",
    "expiration date",
    "expiry",
    "カード名義",
    "カード番号",
    "クレジットカード",
    "有効期限",
];

/// What a field's `name` or `id` (lower-cased, joined by a space) says it asks for, by field kind
/// (`docs/api.md` "Rules" `password_names` …): the password's names as whole tokens between non-letters
/// (`pw`, `pass`, `user_pass`; not `passport`, `compass`), the others anywhere in the name (`otp`
/// only with a `maxlength` of 8 or less). The page's markup, so no localised words: labels say the
/// rest (`PASSWORD_HINTS`, `CARD_HINTS`).
pub const PASSWORD_NAMES: &[&str] = &["pass", "passwd", "password", "pw", "pwd"];
pub const OTP_NAMES: &[&str] = &["code", "otp", "pin"];
pub const CARD_NAMES: &[&str] = &["card", "cc-number", "ccnumber", "cvc", "cvv", "expir"];
pub const EMAIL_NAMES: &[&str] = &["account", "e-mail", "email", "login", "signin", "user"];

/// Font families that draw every letter of a text field as a dot or an asterisk (a password field
/// drawn with `type=text`; `text-security-disc`, `dotsfont`, `password-font`), matched anywhere in
/// the field's computed `font-family`.
pub const MASK_FONTS: &[&str] = &[
    "asterisk",
    "dotfont",
    "dotsfont",
    "password",
    "pwd",
    "text-security",
    "textsecurity",
];

/// Words of a headline *about* a brand rather than the brand's own heading: it is imitated or a scam
/// (`偽`, `装う`, `なりすまし`, `fake`), or the page explains how to use it (`やり方`, `how to`). Not
/// `方法` (`お支払い方法`) nor `phishing` / `注意` alone: kits' own headings use those.
pub const ABOUT_WORDS: &[&str] = &[
    "beware",
    "fake",
    "how to",
    "scam",
    "なりすまし",
    "やり方",
    "偽",
    // With 届かない, 教えて: a user's own words about trouble with the brand (a forum thread's title,
    // "PayPayのSMSが届かない").
    "困って",
    "届かない",
    "教えて",
    "装う",
    "解説",
    "詐欺",
];

/// What marks a line of page text as a copyright line (`© 2025 Amazon`, `Copyright …`).
pub const COPYRIGHT_HINTS: &[&str] = &["(c)", "copyright", "©"];

/// What a saved or mirrored copy of a page writes in a comment before the URL it came from:
/// browsers' "Save page as" (`<!-- saved from url=(0040)https://… -->`), HTTrack (`<!-- Mirrored
/// from www.example.com/login by HTTrack Website Copier -->`), SingleFile (`Page saved with
/// SingleFile … url: https://…`). A leading comment that is a URL and nothing else counts too.
pub const SOURCE_MARKS: &[&str] = &["mirrored from", "saved from url=", "saved with singlefile"];

/// Ordinary words and place names that are spelled with a brand word but mean something else (folded):
/// `楽天家` (an optimist), `楽天的`, the Amazon river and rainforest. A brand word inside one is no
/// mention of the brand. Sorted.
pub const ORDINARY_WITH_BRAND: &[&str] = &[
    "amazon rainforest",
    "amazon river",
    "アマゾン川",
    "楽天主義",
    "楽天家",
    "楽天的",
];

/// Kinds of small shop whose name a brand word may follow (folded): `Café Saison`, `Hotel Amazonas`,
/// `カフェ・セゾン` are a café's and a hotel's own names (the word is an ordinary word there), never
/// how a retailer writes its name. Sorted.
pub const SHOP_KINDS: &[&str] = &[
    "bakery",
    "cafe",
    "hotel",
    "salon",
    "カフェ",
    "サロン",
    "ベーカリー",
    "ホテル",
];

/// Kinds of place a brand word may name when it comes right before one, as a whole word (folded):
/// `Apple Valley`, `Line Creek`, `Amazon River` are towns, parks and rivers, and a school,
/// club or clinic there is named after the place, never how a retailer writes its name. Sorted.
pub const PLACE_KINDS: &[&str] = &[
    "bay", "beach", "creek", "falls", "heights", "hills", "island", "lake", "river", "springs",
    "valley",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_sorted_and_lower_case() {
        for list in [
            SIGNIN_WORDS,
            PAYMENT_WORDS,
            STEP_WORDS,
            ID_HINTS,
            PASSWORD_HINTS,
            CARD_HINTS,
            PASSWORD_NAMES,
            OTP_NAMES,
            CARD_NAMES,
            EMAIL_NAMES,
            MASK_FONTS,
            COPYRIGHT_HINTS,
            SOURCE_MARKS,
            ABOUT_WORDS,
            LEGAL_FORMS,
            DISCLAIMER_WORDS,
            ORDINARY_WITH_BRAND,
            SHOP_KINDS,
            PLACE_KINDS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(
                list.iter()
                    .all(|w| w.chars().flat_map(crate::domain::case::lower).eq(w.chars())),
                "{list:?}"
            );
        }
    }
}
