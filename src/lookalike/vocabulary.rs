//! Phishing vocabulary beyond English, marketplace words, and the TLDs and hosting suffixes whose
//! profile is evidence. Hand-edited, sorted (tested). Generic words of the trade, not answers from
//! any corpus.
//!
//! Japanese phishing pages and hostnames spell their words in romaji (`amazonrogin`, `kaiin-rakuten`):
//! ログイン rogin/roguin, 会員 kaiin, 認証 ninsho/ninshou, 確認 kakunin, 安全 anzen, 支払い shiharai,
//! 更新 koushin/koshin, 停止 teishi, 請求 seikyu/seikyuu, 利用 riyou/riyo, 手続き tetsuzuki,
//! 本人 honnin, 変更 henkou/henko, 登録 touroku/toroku, 情報 jouhou/joho, 管理 kanri, 決済 kessai,
//! 配送 haisou/haiso, 荷物 nimotsu, 不在 fuzai, 通知 tsuchi/tsuuchi, お知らせ oshirase, 制限 seigen,
//! 緊急 kinkyu, 解約 kaiyaku, 返金 henkin, 口座 kouza/koza, アカウント akaunto, ポイント pointo,
//! サポート sapoto, ロック rokku. Chinese-run kits use pinyin: 登录 denglu, 账户 zhanghu, 安全
//! anquan, 验证 yanzheng, 支付 zhifu, 会员 huiyuan, 更新 gengxin, 确认 queren, 退款 tuikuan,
//! 客服 kefu, 授权 shouquan, 用户 yonghu, 中心 zhongxin.

/// Japanese phishing words in romaji (Hepburn, with and without long vowels).
pub const ROMAJI_WORDS: &[&str] = &[
    "akaunto",
    "anzen",
    "fuzai",
    "haiso",
    "haisou",
    "henkin",
    "henko",
    "henkou",
    "honnin",
    "joho",
    "jouhou",
    "kaiin",
    "kaiyaku",
    "kakunin",
    "kanri",
    "kessai",
    "kinkyu",
    "koshin",
    "koushin",
    "kouza",
    "koza",
    "nimotsu",
    "ninsho",
    "ninshou",
    "oshirase",
    "pointo",
    "riyo",
    "riyou",
    "rogin",
    "roguin",
    "rokku",
    "sapoto",
    "seigen",
    "seikyu",
    "seikyuu",
    "shiharai",
    "teishi",
    "tetsuzuki",
    "toroku",
    "touroku",
    "tsuchi",
    "tsuuchi",
];

/// Chinese phishing words in pinyin (no tones).
pub const PINYIN_WORDS: &[&str] = &[
    "anquan", "denglu", "gengxin", "huiyuan", "kefu", "queren", "shouquan", "tuikuan", "yanzheng",
    "yonghu", "zhanghu", "zhifu", "zhongxin",
];

/// English words specific to phishing (not product or site names: `apps`, `my`, `shop`, `pass`,
/// `ticket` are left out): beside an everyday-word brand they make it read as the brand
/// (`ebay-support`, `line-verify`), where `passline` or `line-apps` stay ordinary names.
pub const PHISHING_WORDS: &[&str] = &[
    "account",
    "accounts",
    "alert",
    "auth",
    "authentication",
    "authorize",
    "billing",
    "confirm",
    "confirmation",
    "customer",
    "helpdesk",
    "invoice",
    "limited",
    "locked",
    "login",
    "logon",
    "maintenance",
    "notice",
    "notification",
    "password",
    "payment",
    "protect",
    "protection",
    "recovery",
    "refund",
    "renew",
    "reset",
    "restore",
    "secure",
    "security",
    "signin",
    "signon",
    "support",
    "suspend",
    "suspended",
    "unlock",
    "update",
    "validate",
    "validation",
    "verification",
    "verify",
    "warning",
];

/// Marketplace words: a brand plus these (`rakutenstore`, `amazon-mall`) poses as a shop of it
/// (`ichiba`: romaji for market, 市場).
pub const MARKET_WORDS: &[&str] = &[
    "buy", "deal", "deals", "ec", "ichiba", "mall", "market", "outlet", "sale", "sales",
    "shopping", "store", "stores",
];

/// TLDs whose registrations are cheap and heavily abused: each one is named in Spamhaus's
/// "most abused TLDs" reports or its TLD reputation statistics
/// (<https://www.spamhaus.org/reputation-statistics/>; 2016–2024 snapshots quoted at
/// domaingang.com and goldsteinreport.com), or was one of Freenom's free TLDs (`tk ml ga cf gq`).
/// A brand on one of these is more suspicious than on `.com` or a national registry.
pub const ABUSED_TLDS: &[&str] = &[
    "best", "bond", "buzz", "cc", "cf", "cfd", "click", "club", "cn", "cyou", "download", "fun",
    "ga", "gdn", "gq", "icu", "info", "ink", "life", "live", "lol", "ltd", "ml", "mom", "monster",
    "online", "pw", "quest", "rest", "review", "ru", "sbs", "shop", "site", "store", "su",
    "support", "tk", "tokyo", "top", "vip", "win", "work", "world", "xin", "xyz",
];

/// Whether `tld` (the last label of a suffix) is in [`ABUSED_TLDS`].
pub fn is_abused_tld(suffix: &str) -> bool {
    // The last label (a byte scan: no `str` searcher on this per-candidate path).
    let tld = suffix
        .bytes()
        .rposition(|b| b == b'.')
        .map_or(suffix, |i| &suffix[i + 1..]);
    super::keywords::contains(ABUSED_TLDS, tld)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_sorted_unique() {
        for l in [
            ROMAJI_WORDS,
            PINYIN_WORDS,
            MARKET_WORDS,
            ABUSED_TLDS,
            PHISHING_WORDS,
        ] {
            assert!(
                l.windows(2).all(|w| w[0] < w[1]),
                "{:?}",
                l.windows(2).find(|w| w[0] >= w[1])
            );
        }
    }

    #[test]
    fn abused() {
        assert!(is_abused_tld("top"));
        assert!(is_abused_tld("xyz"));
        assert!(!is_abused_tld("com"));
        assert!(!is_abused_tld("co.jp"));
    }
}
