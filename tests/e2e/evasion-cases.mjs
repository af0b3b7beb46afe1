// The evasion pages of tests/e2e/evasion.mjs (issue 10): tuning pages and the held-back waves, each
// with the retailer it must be flagged as (null: must not be flagged) and a note on how it is loaded.

import { HELDBACK_CASES } from "./evasion-heldback-cases.mjs";

/**
 * [file, expected retailer or null (must not be flagged), note]. Notes: "closed" — a closed shadow
 * root (needs the extension's access); "frame" — the form is in a frame (likewise); "click" — the
 * form appears after a click on `#go` (collected once it is there); "scroll" — the form is built at
 * the page's first scroll (the page is scrolled by 300 px; collected 1.5 s later); "wait" — the page
 * rewrites itself by its own timers within a second of load (collected 1.5 s after load: the time the
 * page needs).
 */
const TUNING_CASES = [
  ["invisible-chars.html", "amazon"],
  ["split-text.html", "amazon"],
  ["brand-img-base64.html", "paypal"],
  ["brand-svg-inline.html", "ebay"],
  ["brand-canvas.html", "rakuten"],
  ["brand-css-before.html", "mercari"],
  ["brand-css-nested-rules.html", "mercari"],
  ["brand-css-attr-selector.html", "mercari"],
  ["shadow-open.html", "amazon"],
  ["shadow-closed.html", "amazon", "closed"],
  ["masked-text.html", "rakuten"],
  ["owner-ly.html", "yahoo-japan"],
  ["fa-amazon-tenbai.html", null],
  ["fa-ebay-export.html", null],
  ["fa-fba-tool.html", null],
  ["fa-news.html", null],
  ["saved-copy-browser.html", "amazon"],
  ["saved-copy-mirrored.html", "rakuten"],
  ["fa-shop-widget-comment.html", null],
  ["field-placeholder-only.html", "amazon"],
  ["brand-title-only.html", "paypay"],
  ["brand-svg-text.html", "mercari"],
  ["fa-field-brand-tool.html", null],
  ["fa-news-single-brand-ja.html", null],
  ["fa-howto-guide-ja.html", null],
  ["fa-scam-alert-en.html", null],
  ["stripped-copy-canonical.html", "amazon"],
  ["stripped-copy-ogurl.html", "rakuten"],
  ["stripped-copy-appname-srcset.html", "amazon"],
  ["fa-shop-amazon-widget.html", null],
  ["fa-blog-rakuten-affiliate.html", null],
  ["fa-store-paypal-button.html", null],
  ["fa-coupon-member-login.html", null],
  ["fa-news-sidebar-canonical-ja.html", null],
  ["fa-price-comparison-ja.html", null],
  ["stripped-copy-yahoo-us.html", "yahoo"],
  ["heldback/paypal-zwj-fullwidth.html", "paypal"],
  ["heldback/mercari-split-junk.html", "mercari"],
  ["heldback/apple-svg-generic.html", "apple"],
  ["heldback/shopify-font-masked.html", "shopify"],
  ["heldback/kddi-au-copy.html", "au-pay-market"],
  ["heldback/fa-rakuten-points-blog.html", null],
  ["heldback/fa-news-ja.html", null],
  ["heldback/fa-affiliate-tool.html", null],
  // Wave 3 (h-redteam): written as a kit author against the tree of that time, before any fix.
  ["bidi-override-reversed.html", "amazon"],
  ["flex-order-letters.html", "mercari"],
  ["greek-cyrillic-brand.html", "paypal"],
  ["halfwidth-katakana.html", "amazon"],
  ["kanji-for-katakana.html", "mercari"],
  ["ruby-brand.html", "rakuten"],
  ["svg-use-symbol.html", "amazon"],
  ["letter-spaced-brand.html", "amazon"],
  ["diacritics-brand.html", "amazon"],
  ["card-update-split-ja.html", "rakuten"],
  ["sms-code-digits-ja.html", "amazon"],
  ["form-after-click.html", "rakuten", "click"],
  ["rewrite-after-load.html", "amazon", "wait"],
  ["input-image-logo.html", "paypal"],
  ["role-img-logo.html", "mercari"],
  ["brand-css-attr-content.html", "mercari"],
  // A proxy of a retailer's live sign-in (a translate proxy, an archive snapshot) is warned about,
  // with the severity its evidence gives: from its page signals it cannot be told from a kit that
  // saved the retailer's page, and the password typed there goes to a party that is not the
  // retailer (kits hide behind translate proxies). Decided, not a false alarm.
  ["proxy-translate-amazon.html", "amazon"],
  ["proxy-archive-rakuten.html", "rakuten"],
  ["fa-point-site-ja.html", null],
  ["fa-qa-login-trouble-ja.html", null],
  ["fa-store-pay-buttons-ja.html", null],
  ["fa-password-vault.html", null],
  ["fa-job-board-amazon-ja.html", null],
  ["fa-delivery-tracking-ja.html", null],
  ["fa-seller-seminar-ja.html", null],
  // Wave 4 (h-redteam2): second variants of the fixes made for heldback2/heldback3 misses (each
  // fix must catch a page it was not written from).
  ["after-letters-paypal.html", "paypal"],
  ["footer-links-copyright-mercari.html", "mercari"],
  ["card-heading-paypal-en.html", "paypal"],
  ["translated-letters-mercari.html", "mercari"],
  ["text-wordmark-yahoo-ja.html", "yahoo-japan"],
  ["counter-fixed-rakuten.html", "rakuten"],
  ["quotes-label-paypay.html", "paypay"],
  ["shadow-open-copyright-rakuten.html", "rakuten"],
  ["shadow-slot-host-amazon.html", "amazon"],
  ["details-late-rakuten.html", "rakuten", "wait"],
  ["bidi-wordmark-mercari.html", "mercari"],
  // Wave 5 (h-redteam3): second variants of the fixes made for heldback4 misses, each beside a page
  // the fix must leave alone.
  ["smallcaps-mercari-ja.html", "mercari"],
  ["fa-smallcaps-boutique-en.html", null],
  ["lisu-header-paypal.html", "paypal"],
  ["stacked-letters-rakuten.html", "rakuten"],
  ["fa-seller-header-ja.html", null],
  ["hiragana-ri-mercari.html", "mercari"],
  ["old-kanji-rakuten-ichiba.html", "rakuten"],
  ["fa-raku-ware-shop-ja.html", null],
  ["copyright-dash-ebay.html", "ebay"],
  ["fa-copyright-dash-blog-en.html", null],
  ["card-owner-rakuten-card.html", "rakuten"],
  ["fee-payment-japanpost.html", "japan-post"],
  ["fa-checkout-yamato-ja.html", null],
  ["marker-content-amazon.html", "amazon"],
  ["mask-shorthand-rakuten.html", "rakuten"],
  ["contenteditable-rakuten-ja.html", "rakuten"],
  ["fa-contenteditable-comment-en.html", null],
  // Wave 6 (h-redteam4): second variants of the fixes made for heldback5 misses, each beside a page
  // the fix must leave alone.
  ["disabled-input-yahoo-ja.html", "yahoo-japan"],
  ["fa-readonly-linked-amazon-ja.html", null],
  ["table-letters-mercari.html", "mercari"],
  ["math-letters-amazon.html", "amazon"],
  ["object-svg-tspan-paypay.html", "paypay"],
  ["content-url-svg-amazon.html", "amazon"],
  ["counter-upper-alpha-paypal.html", "paypal"],
  ["vertical-columns-paypay.html", "paypay"],
  ["fa-vertical-shop-sign-ja.html", null],
  ["negative-circled-amazon.html", "amazon"],
  ["katakana-reading-rakuten-card.html", "rakuten"],
  ["shadow-root-form-mercari.html", "mercari"],
  // Wave 7 (h-redteam5): second variants of the fixes made for heldback6 misses, each beside a page
  // the fix must leave alone.
  ["img-slices-amazon.html", "amazon"],
  ["clip-junk-mercari.html", "mercari"],
  ["svg-letters-paypay.html", "paypay"],
  ["imagemap-area-mercari.html", "mercari"],
  ["heading-brand-yahoo-ja.html", "yahoo-japan"],
  ["fa-heading-brand-blog-ja.html", null],
  ["history-steps-rakuten.html", "rakuten", "wait"],
  // Wave 8 (h-redteam6): second variants of the fixes made for heldback7 misses (other brands than
  // the held-back pages), each beside a page the fix must leave alone.
  ["parenthesized-amazon.html", "amazon"],
  ["coptic-yahoo-ja.html", "yahoo-japan"],
  ["simplified-isetan-ja.html", "isetan-mitsukoshi"],
  ["fa-proxy-buying-rakuten-zh.html", null],
  ["small-kana-mercari.html", "mercari"],
  ["textbox-div-paypal.html", "paypal"],
  ["fa-textbox-comment-ja.html", null],
  // Wave 9 (h-redteam7): second variants of the fixes made for heldback8 misses, each beside a page
  // the fix must leave alone.
  ["letter-names-jcb-title.html", "jcb"],
  ["hiragana-mercari-header.html", "mercari"],
  ["fa-everywhere-shipping-ja.html", null],
  // Wave 10 (h-redteam8): second variants of the fixes made for heldback8/heldback9 misses, each beside
  // a page the fix must leave alone.
  ["bitb-dialog-input-yodobashi.html", "yodobashi"],
  ["fa-modal-login-retailer-id-ja.html", null],
  ["fa-frame-comment-login-ja.html", null, "frame"],
  ["video-poster-qoo10.html", "qoo10"],
  ["border-image-shein.html", "shein"],
  ["fa-video-poster-shop-ja.html", null],
  // Session 12 (lead): a code-only step written in after load (no sign-in form: the rescan asked for one).
  ["late-code-step-jcb.html", "jcb", "wait"],
  ["fa-late-code-step-shop-ja.html", null, "wait"],
  // Session 12 (lead): the page's own frame shows the form, the page the brand (second variants of
  // heldback9's data: and javascript: frames), a javascript: frame with the whole kit in it, and a
  // shop whose own login sits in a srcdoc frame beside text about retailers.
  ["data-frame-header-paypay.html", "paypay", "frame"],
  ["jsurl-frame-branded-rakuten.html", "rakuten", "frame"],
  // Session 13 (lead): the brand in the page's bar, the form a few wrappers down that show nothing before it —
  // the page's own srcdoc frame written by a script into a closed shadow root; a form in two boxes in one.
  ["shadow-frame-header-docomo.html", "docomo", "frame"],
  ["shadow-wrapped-form-mercari.html", "mercari", "closed"],
  ["fa-wrapped-shop-login-ja.html", null],
  // Session 13 (lead): the brand only in a header the page drew in a frame of its own (srcdoc; about:blank
  // written after load), the form in the page; a points site whose header frame lists shops.
  ["frame-header-brand-rakuten.html", "rakuten"],
  ["blank-frame-header-paypay.html", "paypay", "wait"],
  ["fa-frame-header-points-site-ja.html", null],
  ["fa-frame-own-shop-srcdoc-ja.html", null, "frame"],
  ["own-origin-frame-junk-mercari.html", "mercari", "frame"],
  // Wave 11 (h-redteam9): second variants of the fixes made for heldback9/heldback10 misses (other
  // brands than the held-back pages), each beside a page the fix must leave alone: letters between
  // full-width slashes, regional indicators split by joiners, keycaps, a spacing dakuten, a short
  // line in the form's box above which the wordmark stands, katakana counters, a ruby reading; a
  // blog named for optimism (楽天的), a hotel named Saison, a Q&A question that asks to be taught.
  ["slash-letters-paypay.html", "paypay"],
  ["regional-indicator-paypay.html", "paypay"],
  ["keycap-letters-mercari.html", "mercari"],
  ["spacing-dakuten-docomo.html", "docomo"],
  ["short-line-logo-jcb.html", "jcb"],
  ["counter-katakana-rakuten.html", "rakuten"],
  ["rt-reading-epos.html", "epos-card"],
  ["fa-blog-rakutenteki-ja.html", null],
  ["fa-hotel-saison-en.html", null],
  ["fa-qa-mercari-teach-ja.html", null],
  // Wave 12's fixes (h-redteam10), each with a second variant and a page it must leave alone: a form
  // or wordmark shown without a DOM change (a <style>'s rules changed through the CSSOM; a class
  // that lets CSS attr() draw the words; a shop's own login shown by a checkbox property); a shop's
  // payment badge in a shadow root beside its form; letters in a font-size:0 heading; a brand word
  // before a kind of place (a community center on Line Creek; an Apple kit naming Apple Valley).
  ["late-insertrule-mercari.html", "mercari", "wait"],
  ["late-class-attr-content-jcb.html", "jcb", "wait"],
  ["fa-shop-late-login-ja.html", null, "wait"],
  ["fa-shop-shadow-badge-ja.html", null],
  ["fontsize0-heading-uniqlo.html", "uniqlo"],
  ["fa-line-creek-center-en.html", null],
  ["apple-account-cupertino-en.html", "apple"],
  ["heldback2/attr-content-paypay.html", "paypay"],
  ["heldback2/first-letter-before-amazon.html", "amazon"],
  ["heldback2/halfwidth-yahoo-id.html", "yahoo-japan"],
  ["heldback2/otp-digits-au.html", "au"],
  ["heldback2/card-labels-mercari.html", "mercari"],
  ["heldback2/abs-letters-rakuten.html", "rakuten"],
  ["heldback2/kanji-one-yahoo.html", "yahoo-japan"],
  ["heldback2/bidi-ebay-en.html", "ebay"],
  ["heldback2/fa-cashback-en.html", null],
  ["heldback2/fa-forum-mercari-ja.html", null],
  ["heldback2/fa-gift-card-buyback-ja.html", null],
  ["heldback2/fa-translate-bar-en.html", null],
];

/** Tuning pages first, then the held-back waves (the last set is the newest, written blind). */
export const CASES = [...TUNING_CASES, ...HELDBACK_CASES];
