// The pages of tests/e2e/copies.mjs (issue 10): tuning copies and pages that must stay quiet, then the held-back
// sets (the last set is the newest, written blind), each with the retailer it must be flagged as.

/**
 * [file, expected retailer or null (must not be flagged), note]. "miss": a tuning copy the engine does
 * not catch yet — reported, not asserted (amazon-com-relative: its only marks are "Amazon's Conditions
 * of Use" in the text and return addresses to amazon.com in relative links, which are no identity).
 */
export const CASES = [
  ["amazon-jp-blank-title.html", "amazon"],
  ["amazon-com-relative.html", "amazon", "miss"],
  ["rakuten-cdn-blank.html", "rakuten"],
  ["yahoo-jp-stripped.html", "yahoo-japan"],
  ["mercari-relative.html", "mercari"],
  ["paypay-alt-logo.html", "paypay"],
  ["au-kddi-footer.html", "au"],
  ["smbc-card-vpass.html", "smbc-card"],
  ["apple-en-stripped.html", "apple"],
  // The retailers added to the catalog in session 6 (Nike, Mercado Livre, Allegro) and a seller tool that names Allegro.
  ["nike-member-blank.html", "nike"],
  ["mercadolivre-br-relative.html", "mercadolibre"],
  ["allegro-pl-stripped.html", "allegro"],
  ["fa-allegro-seller-tool-pl.html", null],
  ["fa-shop-footer-stores-ja.html", null],
  ["fa-affiliate-blog-newsletter.html", null],
  ["fa-review-site-ja.html", null],
  // Session 7: what the old held-back misses showed, for other retailers — the account's own name in a
  // field (au ID), text that addresses the retailer's account with links to its account pages only
  // (PayPal, Walmart), and a shop that names PayPal's account beside its own login (its © is its own).
  // The au ID field is a text field: its label is collected since session 8 (a text field in a
  // credential field's form).
  ["au-id-label-relative.html", "au"],
  ["paypal-account-links.html", "paypal"],
  ["walmart-account-links.html", "walmart"],
  ["fa-shop-paypal-note-en.html", null],
  // Session 8: what the heldback2 and heldback3 misses showed, for other retailers — an account ID
  // field's own label (楽天会員ID in a text field), a sign-up line under the form ("New to Temu?") with
  // the retailer's sign-in paths kept as relative links, a copy that names nobody but its owner's
  // © line (ZOZO); and a shop whose own sign-in says "New to PayPal?" and cites PayPal's terms.
  ["rakuten-member-id-label.html", "rakuten"],
  ["temu-new-to-paths.html", "temu"],
  ["zozo-owner-only.html", "zozotown"],
  ["fa-shop-new-to-paypal-en.html", null],
  // Session 9: what the heldback4 misses showed, for other retailers — an ID-first step whose one
  // field is a text box labelled as the account's ID (楽天), an e-mail step whose sign-in word is in
  // the heading above the form only (ニトリ), a copy that names nobody but keeps the retailer's own
  // sign-in paths (ビックカメラ); a shop of its own name under /config/login and a nameless ID step on
  // everyday paths, which stay quiet.
  ["rakuten-id-first-owner.html", "rakuten"],
  ["nitori-email-link-h1.html", "nitori"],
  ["biccamera-paths-only.html", "biccamera"],
  ["fa-shop-config-login-ja.html", null],
  ["fa-nameless-app-id-step.html", null],
  // Session 10: what a copy keeps of its original's markup (`markup.rs`) — a Microsoft sign-in stripped of
  // every brand word that still posts `loginfmt` from `i0116`, a nameless eBay copy whose logo file keeps its
  // name (not caught: file names are not evidence); a nameless login with a strip of several payment logos, and a deals shop of its own name whose
  // product and badge pictures are named for retailers and whose form uses everyday `login_email` names.
  ["microsoft-form-ids-nameless.html", "microsoft"],
  ["ebay-asset-name-only.html", "ebay", "miss"], // pictures' file names are not evidence (a shared benign page)
  ["fa-nameless-payment-strip-ja.html", null],
  ["fa-shop-own-name-brand-pictures-en.html", null],
  // Session 11: an unrelated company's own sign-in page (its name in the title, og:site_name and ©) that
  // reuses Microsoft's control names (`i0116`, `loginfmt`, `idSIButton9`): a form mark is one point there.
  ["fa-company-portal-loginfmt-en.html", null],
  // Session 12: second variants of the fixes for heldback7's and heldback6's misses, for other retailers —
  // a 3-D Secure step whose only owner line is the issuer named as a company (株式会社エポスカード), a
  // sign-in with the shared au ID that names au PAY マーケット by its former name (au Wowma!), LINE's log-in
  // form kept whole in Japanese (both its control names), Qoo10's operator as a legal line; a garden shop's
  // card step that names its card processor as a company, and a nameless admin log-in with one of LINE's names.
  ["epos-card-3ds-legal-line.html", "epos-card"],
  ["au-wowma-id-login.html", "au-pay-market"],
  ["line-login-pair-ja.html", "line"],
  ["qoo10-legal-line-blank.html", "qoo10"],
  ["fa-garden-shop-card-payee-ja.html", null],
  ["fa-admin-tpasswd-only.html", null],
  ["heldback/amazon-com-cdn-mirror.html", "amazon"],
  ["heldback/rakuten-en-title-kept.html", "rakuten"],
  ["heldback/yahoo-jp-id-relative.html", "yahoo-japan"],
  ["heldback/mercari-links-home.html", "mercari"],
  ["heldback/jcb-myjcb.html", "jcb"],
  ["heldback/apple-ja-account.html", "apple"],
  ["heldback/au-relative-title.html", "au"],
  ["heldback/fa-bare-login-store-link.html", null],
  ["heldback/fa-reseller-community-ja.html", null],
  ["heldback/fa-travel-login-en.html", null],
  ["heldback/alibaba-relative-blank.html", "alibaba"],
  ["heldback/mercadolibre-mx-es.html", "mercadolibre"],
  ["heldback/fa-sneaker-raffle-login.html", null],
  // Session 7's blind set, written before any fix of that session and never tuned on (reported only):
  // copies across the catalog saved the ways kits are (title kept, changed or blank; links relative or
  // to a CDN mirror; logo inline, base64 or missing; other languages) and sign-in pages that name retailers.
  ["heldback2/allegro-pl-blank.html", "allegro"],
  ["heldback2/amazon-com-es-variant.html", "amazon"],
  ["heldback2/amazon-jp-terms-only.html", "amazon"],
  ["heldback2/apple-en-icloud-blank.html", "apple"],
  ["heldback2/au-id-stripped.html", "au"],
  ["heldback2/docomo-d-account.html", "docomo"],
  ["heldback2/ebay-inline-svg.html", "ebay"],
  ["heldback2/mercadolibre-ar-owner.html", "mercadolibre"],
  ["heldback2/mercari-en-ui.html", "mercari"],
  ["heldback2/nike-jp-terms.html", "nike"],
  ["heldback2/paypay-relative.html", "paypay"],
  ["heldback2/rakuten-alt-only.html", "rakuten"],
  ["heldback2/saison-netanswer.html", "saison-card"],
  ["heldback2/yahoo-jp-cdn-mirror.html", "yahoo-japan"],
  ["heldback2/fa-card-compare-blog-ja.html", null],
  ["heldback2/fa-ebay-export-agent-ja.html", null],
  ["heldback2/fa-fba-prep-client-en.html", null],
  ["heldback2/fa-mercari-helper-en.html", null],
  ["heldback2/fa-point-site-ja.html", null],
  ["heldback2/fa-repair-shop-apple-ja.html", null],
  // Session 8's blind set, written and its result committed before any fix of that session (reported
  // only): other retailers and card companies (楽天カード, Amex, エポス, イオンカード, SoftBank, Netflix,
  // Microsoft, Etsy, Shopify, Amazon.de, eBay.de), half-pages, changed titles, inline marks; and sign-in
  // pages that name retailers (payment methods, point exchanges, social log-ins, a buying agency).
  ["heldback3/aeon-card-wallet.html", "aeon-card"],
  ["heldback3/amazon-de-title-changed.html", "amazon"],
  ["heldback3/amex-jp-half.html", "american-express"],
  ["heldback3/apple-ja-icloud-half.html", "apple"],
  ["heldback3/ebay-de-einloggen.html", "ebay"],
  ["heldback3/epos-net-blank.html", "epos-card"],
  ["heldback3/etsy-en-inline-svg.html", "etsy"],
  ["heldback3/microsoft-ja-stripped.html", "microsoft"],
  ["heldback3/netflix-ja-blank.html", "netflix"],
  ["heldback3/paypal-ja-relative.html", "paypal"],
  ["heldback3/rakuten-card-enavi.html", "rakuten"],
  ["heldback3/shopify-accounts-relative.html", "shopify"],
  ["heldback3/softbank-my-id.html", "softbank"],
  ["heldback3/walmart-com-changed-title.html", "walmart"],
  ["heldback3/yahoo-jp-half-cdn.html", "yahoo-japan"],
  ["heldback3/fa-card-campaign-club-ja.html", null],
  ["heldback3/fa-etsy-seller-analytics-en.html", null],
  ["heldback3/fa-expense-app-cards-en.html", null],
  ["heldback3/fa-points-portal-rakuten-ja.html", null],
  ["heldback3/fa-proxy-buying-agency-ja.html", null],
  ["heldback3/fa-shop-paypay-accepted-ja.html", null],
  ["heldback3/fa-shop-social-login-ja.html", null],
  // Session 9's blind set, written and its result committed before any fix of that session (reported
  // only): what Japanese shoppers meet — Amazon.co.jp's steps (e-mail, password, OTP, card update),
  // 楽天 and 楽天カード, メルカリ, Yahoo! JAPAN, PayPay, au PAY, dアカウント, Vpass, MyJCB, Netアンサー,
  // ヨドバシ, ZOZOTOWN, Apple (ja), LINE — and sign-in pages that name them (a café's payments, a points
  // exchange, a furusato-nozei town, a reseller tool, a household-budget app, a price comparison, a
  // buyback service with social log-ins, a farm shop with mall stores).
  ["heldback4/amazon-jp-card-update.html", "amazon"],
  ["heldback4/amazon-jp-email-step.html", "amazon"],
  ["heldback4/amazon-jp-otp-step.html", "amazon"],
  ["heldback4/amazon-jp-password-step.html", "amazon"],
  ["heldback4/apple-jp-account-blank.html", "apple"],
  ["heldback4/au-pay-relative.html", "au"],
  ["heldback4/docomo-d-account-relative.html", "docomo"],
  ["heldback4/jcb-myjcb-changed-title.html", "jcb"],
  ["heldback4/line-stripped.html", "line"],
  ["heldback4/mercari-inline-svg.html", "mercari"],
  ["heldback4/paypay-phone-half.html", "paypay"],
  ["heldback4/rakuten-card-title-changed.html", "rakuten"],
  ["heldback4/rakuten-member-cdn.html", "rakuten"],
  ["heldback4/saison-netanswer-half.html", "saison-card"],
  ["heldback4/smbc-vpass-cdn.html", "smbc-card"],
  ["heldback4/yahoo-jp-password-step.html", "yahoo-japan"],
  ["heldback4/yodobashi-relative.html", "yodobashi"],
  ["heldback4/zozotown-cdn-blank.html", "zozotown"],
  ["heldback4/fa-buyback-zozo-apple-ja.html", null],
  ["heldback4/fa-cafe-reserve-paypay-ja.html", null],
  ["heldback4/fa-ec-platform-shop-ja.html", null],
  ["heldback4/fa-furusato-donate-ja.html", null],
  ["heldback4/fa-kakeibo-cards-ja.html", null],
  ["heldback4/fa-points-exchange-ja.html", null],
  ["heldback4/fa-price-compare-electronics-ja.html", null],
  ["heldback4/fa-reseller-research-tool-ja.html", null],
  // Session 10's blind set, written and its result committed before any fix of that session (reported
  // only): Amazon.co.jp (one-page sign-in, OTP, card update) and Amazon.com, 楽天 (ID step, e-NAVI),
  // Yahoo! JAPAN, メルカリ, PayPay, au ID, d払い's dアカウント, MyJCB, Vpass, ヨドバシ, ZOZOTOWN (with a
  // Yahoo! JAPAN ID button), ユニクロ, Apple, PayPal, eBay, Netflix (ja), Microsoft — and sign-in pages
  // that name them (a tea shop with Amazon Pay, a ticket site with ID log-ins, a drugstore's points, a card
  // blog, a listing tool, a flea-market agency, a university portal, a game store, a phone repair shop,
  // a clothes buyback).
  ["heldback5/amazon-com-signin-cdn.html", "amazon"],
  ["heldback5/amazon-jp-otp-blank.html", "amazon"],
  ["heldback5/amazon-jp-payment-update.html", "amazon"],
  ["heldback5/amazon-jp-signin-one-page.html", "amazon"],
  ["heldback5/apple-en-signin-blank.html", "apple"],
  ["heldback5/au-id-login-half.html", "au"],
  ["heldback5/docomo-dpay-login.html", "docomo"],
  ["heldback5/ebay-signin-userid.html", "ebay"],
  ["heldback5/jcb-myjcb-login.html", "jcb"],
  ["heldback5/mercari-signin-blank.html", "mercari"],
  ["heldback5/microsoft-en-loginfmt.html", "microsoft"],
  ["heldback5/netflix-ja-login-blank.html", "netflix"],
  ["heldback5/paypal-en-login-nameless.html", "paypal"],
  ["heldback5/paypay-web-login.html", "paypay"],
  ["heldback5/rakuten-enavi-blank.html", "rakuten"],
  ["heldback5/rakuten-login-user-id.html", "rakuten"],
  ["heldback5/smbc-vpass-relative.html", "smbc-card"],
  ["heldback5/uniqlo-jp-login.html", "uniqlo"],
  ["heldback5/yahoo-jp-handle-stripped.html", "yahoo-japan"],
  ["heldback5/yodobashi-login-cdn-blank.html", "yodobashi"],
  ["heldback5/zozotown-login-yahoo-option.html", "zozotown"],
  ["heldback5/fa-card-blog-members-ja.html", null],
  ["heldback5/fa-drugstore-points-ja.html", null],
  ["heldback5/fa-fashion-resale-zozo-ja.html", null],
  ["heldback5/fa-furima-agency-ja.html", null],
  ["heldback5/fa-game-store-paypal-en.html", null],
  ["heldback5/fa-listing-sync-tool-en.html", null],
  ["heldback5/fa-phone-repair-carriers-ja.html", null],
  ["heldback5/fa-tea-shop-amazon-pay-ja.html", null],
  ["heldback5/fa-ticket-site-yahoo-id-ja.html", null],
  ["heldback5/fa-university-portal-ms-ja.html", null],
  // Session 11's blind set, written and its result committed before any fix of that session (reported
  // only): banks and card companies (三菱UFJ, みずほ, SMBC, イオン, エポス, MyJCB's code step), carriers and
  // services (ヤマト, 日本郵便, えきねっと, dアカウント's code step, LINE, au PAY マーケット), Amazon.co.jp's
  // verification step, 楽天's password step, Qoo10, Apple's and PayPal's card updates, Walmart, SHEIN, Best
  // Buy — and sign-in pages that name them (a box shop's carriers, a coupon extension, a travel agency, a
  // budgeting app's banks, a phone buyback, a haul community, a salon with LINE log-in, a helpdesk with
  // Microsoft SSO, a flea-market listing tool). Session 12 (both browsers): 19/20 · 0/9 (au PAY マーケット,
  // MUFG's company line, LINE's form pair, Qoo10's operator; the nameless SHEIN copy still missed).
  ["heldback6/aeon-card-wallet-login-cdn.html", "aeon-card"],
  ["heldback6/amazon-jp-cvf-code-blank.html", "amazon"],
  ["heldback6/apple-jp-payment-update-blank.html", "apple"],
  ["heldback6/au-pay-market-login-half.html", "au-pay-market"],
  ["heldback6/bestbuy-signin-relative.html", "bestbuy"],
  ["heldback6/docomo-d-account-security-code.html", "docomo"],
  ["heldback6/eki-net-login-stripped.html", "eki-net"],
  ["heldback6/epos-net-id-relative.html", "epos-card"],
  ["heldback6/japan-post-yubin-id-relative.html", "japan-post"],
  ["heldback6/jcb-myjcb-onetime-code.html", "jcb"],
  ["heldback6/line-web-email-login-en.html", "line"],
  ["heldback6/mizuho-direct-otp-step.html", "mizuho-bank"],
  ["heldback6/mufg-direct-blank.html", "mufg"],
  ["heldback6/paypal-card-update-en.html", "paypal"],
  ["heldback6/qoo10-jp-login-cdn.html", "qoo10"],
  ["heldback6/rakuten-login-password-step.html", "rakuten"],
  ["heldback6/shein-signin-nameless-en.html", "shein"],
  ["heldback6/smbc-direct-login-blank.html", "smbc"],
  ["heldback6/walmart-signin-email-first.html", "walmart"],
  ["heldback6/yamato-kuroneko-members-half.html", "yamato"],
  ["heldback6/fa-coupon-extension-login-en.html", null],
  ["heldback6/fa-delivery-box-shop-ja.html", null],
  ["heldback6/fa-flea-market-tool-ja.html", null],
  ["heldback6/fa-it-helpdesk-microsoft-en.html", null],
  ["heldback6/fa-money-app-banks-ja.html", null],
  ["heldback6/fa-phone-shop-carriers-ja.html", null],
  ["heldback6/fa-salon-booking-line-ja.html", null],
  ["heldback6/fa-shein-haul-club-en.html", null],
  ["heldback6/fa-travel-agency-ekinet-ja.html", null],
  // Session 12's blind set, written and its result committed before any fix of that session (reported
  // only): how kits re-host this year — one-step identifier pages (Amazon.co.jp, 楽天, Yahoo! JAPAN,
  // dアカウント, eBay, Apple Account), SMS/OTP steps (Amazon.co.jp, メルカリ, PayPay, au ID), 3-D Secure-looking
  // pages (楽天カード, Vpass, J/Secure), card updates (イオンカード, Netflix), My SoftBank, ヨドバシ, ビックカメラ,
  // LINE — and sign-in pages that name retailers (a sweets shop's payments, a shipping SaaS's channels, a shop
  // named for the Amazon rainforest, a travel agency's points, a flea-market forum, a news site, a checkout's
  // 3-D Secure note, a job site's SMS step, a seller tool). Blind (extension's own verdict, both browsers):
  // 14/19 · 0/9 — the three 3-D Secure steps (their issuer only as a company line), My SoftBank (© SoftBank
  // Corp.) and a nameless Netflix card update missed. After session 12's fixes (a company line, `corp`): 18/19 · 0/9
  // in both (the nameless Netflix card update still missed).
  ["heldback7/aeon-card-reregister-half.html", "aeon-card"],
  ["heldback7/amazon-jp-email-step-cdn.html", "amazon"],
  ["heldback7/amazon-jp-mfa-otp-relative.html", "amazon"],
  ["heldback7/apple-account-ja-app-style.html", "apple"],
  ["heldback7/au-id-security-code-half.html", "au"],
  ["heldback7/biccamera-login-cdn.html", "biccamera"],
  ["heldback7/docomo-dpay-id-step.html", "docomo"],
  ["heldback7/ebay-identifier-first-en.html", "ebay"],
  ["heldback7/jcb-jsecure-3ds-blank.html", "jcb"],
  ["heldback7/line-login-email-ja-cdn.html", "line"],
  ["heldback7/mercari-sms-code-blank.html", "mercari"],
  ["heldback7/netflix-en-payment-update-relative.html", "netflix"],
  ["heldback7/paypay-sms-otp-app.html", "paypay"],
  ["heldback7/rakuten-card-3ds-password.html", "rakuten"],
  ["heldback7/rakuten-id-step-generic-title.html", "rakuten"],
  ["heldback7/smbc-card-3ds-otp.html", "smbc-card"],
  ["heldback7/softbank-my-softbank-blank.html", "softbank"],
  ["heldback7/yahoo-jp-id-step-nameless.html", "yahoo-japan"],
  ["heldback7/yodobashi-login-relative-blank.html", "yodobashi"],
  ["heldback7/fa-amazonia-organics-shop-en.html", null],
  ["heldback7/fa-ec-seller-tool-ja.html", null],
  ["heldback7/fa-furima-forum-ja.html", null],
  ["heldback7/fa-job-site-sms-code-ja.html", null],
  ["heldback7/fa-news-members-login-ja.html", null],
  ["heldback7/fa-shipping-saas-integrations-en.html", null],
  ["heldback7/fa-shop-3ds-note-ja.html", null],
  ["heldback7/fa-sweets-shop-payments-ja.html", null],
  ["heldback7/fa-travel-points-cards-ja.html", null],
  // Session 13's blind set, written and its result committed before any fix of that session (reported
  // only): 18 copies stripped the ways kits strip them (blank titles, nameless pages known only by form ids,
  // class names, asset paths or a legal line, relative paths, CDN hosts removed) — Amazon.co.jp's password
  // step, 楽天e-NAVI, Yahoo! JAPAN's SMS code, メルカリ, PayPay, dアカウント, SoftBank, ZOZOTOWN, ユニクロ, ニトリ's card
  // update, セゾン Netアンサー, a NICOS 3-D Secure step, Netflix and SHEIN (nameless), Apple's 2FA code, PayPal,
  // Temu, AliExpress — and 9 unrelated sign-ins (disclaimers "…とは関係ありません", "not affiliated with …",
  // "…の登録商標です", a reseller citing Amazon's terms, a school portal, a SaaS, a shop's acquirer line).
  ["heldback8/aliexpress-signin-en-relative.html", "aliexpress"],
  ["heldback8/amazon-jp-password-step-relative.html", "amazon"],
  ["heldback8/apple-account-2fa-code-ja-blank.html", "apple"],
  ["heldback8/docomo-d-account-password-blank.html", "docomo"],
  ["heldback8/mercari-login-nameless-cdn-removed.html", "mercari"],
  ["heldback8/mufg-nicos-3ds-otp-blank.html", "mufg"],
  ["heldback8/netflix-ja-signin-nameless.html", "netflix"],
  ["heldback8/nitori-card-update-relative.html", "nitori"],
  ["heldback8/paypal-email-step-ja-relative.html", "paypal"],
  ["heldback8/paypay-phone-password-relative.html", "paypay"],
  ["heldback8/rakuten-card-enavi-login-blank.html", "rakuten"],
  ["heldback8/saison-netanswer-login-blank.html", "saison-card"],
  ["heldback8/shein-jp-signin-nameless.html", "shein"],
  ["heldback8/softbank-id-login-relative.html", "softbank"],
  ["heldback8/temu-phone-login-ja.html", "temu"],
  ["heldback8/uniqlo-member-login-cdn-removed.html", "uniqlo"],
  ["heldback8/yahoo-jp-sms-code-nameless.html", "yahoo-japan"],
  ["heldback8/zozotown-login-stripped-blank.html", "zozotown"],
  ["heldback8/fa-brand-reseller-mercari-tm-ja.html", null],
  ["heldback8/fa-fanclub-carrier-billing-ja.html", null],
  ["heldback8/fa-giftcard-trademark-note-en.html", null],
  ["heldback8/fa-points-site-exchange-ja.html", null],
  ["heldback8/fa-reseller-amazon-terms-ja.html", null],
  ["heldback8/fa-saas-integrations-signin-en.html", null],
  ["heldback8/fa-school-portal-ja.html", null],
  ["heldback8/fa-shop-card-update-acquirer-ja.html", null],
  ["heldback8/fa-shop-not-affiliated-rakuten-ja.html", null],
];
