// The held-back evasion waves of tests/e2e/evasion.mjs (issue 10): each written blind and scored on
// the tree of its time before any fix; the notes are those of evasion-cases.mjs.

/** [file, expected retailer or null (must not be flagged), note]: see evasion-cases.mjs. */
export const HELDBACK_CASES = [
  // Wave 4 (h-redteam2): written blind, scored on the unchanged tree before any fix. "closed" and
  // "frame" pages are scored by the extension's own verdict when --wired (a page script cannot see
  // into a closed root or a srcdoc frame; the extension's content scripts can).
  ["heldback3/canvas-filltext-amazon.html", "amazon"],
  ["heldback3/svg-textpath-paypay.html", "paypay"],
  ["heldback3/bg-datauri-smbc-card.html", "smbc-card"],
  ["heldback3/counter-style-amazon.html", "amazon"],
  ["heldback3/quotes-rakuten.html", "rakuten"],
  ["heldback3/custom-element-closed-jcb.html", "jcb", "closed"],
  ["heldback3/shadow-srcdoc-apple.html", "apple", "frame"],
  ["heldback3/popover-mercari.html", "mercari"],
  ["heldback3/fullwidth-kana-amazon-ja.html", "amazon"],
  ["heldback3/select-option-epos.html", "epos-card"],
  ["heldback3/typed-letters-yahoo-ja.html", "yahoo-japan", "wait"],
  ["heldback3/grid-letters-paypal.html", "paypal"],
  ["heldback3/fa-coupon-blog-ja.html", null],
  ["heldback3/fa-card-points-mall-ja.html", null],
  ["heldback3/fa-news-phishing-en.html", null],
  ["heldback3/fa-mercari-seller-saas-ja.html", null],
  ["heldback3/fa-spot-phishing-help-en.html", null],
  ["heldback3/fa-price-compare-en.html", null],
  ["heldback3/fa-shop-popover-login-ja.html", null],
  // Wave 5 (h-redteam3): written blind, scored on the unchanged tree before any fix ("frame" pages by
  // the extension's own verdict when --wired): a brand split between a picture and text, a title set
  // late with the form in a timer-opened <dialog>, a contenteditable form, a type=tel masked password,
  // a form in an <object data:>, srcdoc frames three deep, a <frameset> of data: frames, a CSS
  // mask-image wordmark, ::marker content, letters stacked one per block, Unicode small capitals,
  // Lisu letters, hiragana ぺ for katakana ペ, 樂 (old form) for 楽, kanji 卜 for katakana ト, a page
  // replaced by document.write after load; a logistics portal, a listing SaaS, a library, a card
  // points blog, news about fake mail, an eBay export agent, a bank, a parcel locker.
  ["heldback4/img-text-split-amazon.html", "amazon"],
  ["heldback4/title-late-dialog-rakuten.html", "rakuten", "wait"],
  ["heldback4/contenteditable-form-paypal.html", "paypal"],
  ["heldback4/tel-masked-mercari.html", "mercari"],
  ["heldback4/object-data-amazon.html", "amazon", "frame"],
  ["heldback4/srcdoc-three-deep-rakuten.html", "rakuten", "frame"],
  ["heldback4/frameset-yahoo-ja.html", "yahoo-japan", "frame"],
  ["heldback4/mask-image-paypay.html", "paypay"],
  ["heldback4/marker-content-mercari.html", "mercari"],
  ["heldback4/stacked-letters-amazon.html", "amazon"],
  ["heldback4/smallcaps-unicode-paypal.html", "paypal"],
  ["heldback4/lisu-letters-amazon.html", "amazon"],
  ["heldback4/hiragana-pe-paypay-sms.html", "paypay"],
  ["heldback4/kyujitai-rakuten-card.html", "rakuten"],
  ["heldback4/kanji-to-yamato-card.html", "yamato"],
  ["heldback4/docwrite-late-amazon.html", "amazon", "wait"],
  ["heldback4/fa-logistics-portal-ja.html", null],
  ["heldback4/fa-multichannel-saas-en.html", null],
  ["heldback4/fa-university-library-en.html", null],
  ["heldback4/fa-card-points-blog-ja.html", null],
  ["heldback4/fa-news-fake-mail-ja.html", null],
  ["heldback4/fa-ebay-export-agent-ja.html", null],
  ["heldback4/fa-bank-applepay-ja.html", null],
  ["heldback4/fa-locker-pickup-ja.html", null],
  // Wave 6 (h-redteam4): written blind, scored on the unchanged tree before any fix ("frame" pages by
  // the extension's own verdict when --wired): the brand as a katakana reading (ラクテン), only in a
  // read-only <input value>, a <textarea readonly>, a submit button's value and an ARIA label, an SVG
  // in CSS content:url(), an <embed> SVG, letters reversed by flex row-reverse and by float:right,
  // letters in table cells, transparent text drawn by text-shadow, negative squared letters
  // (🅿🅰🆈), a <template> cloned late, a form built at the first scroll, closed shadow roots nested
  // in a srcdoc frame, display:contents letters beside zero-width junk, a password in per-character
  // boxes, a card number in four boxes, vertical columns read across, lower-alpha counters, MathML
  // letters; a forum, a price tracker, a parcel forwarder, an auction proxy, a furusato portal, a
  // shop's payment <select>, a listing tool with a read-only field, a cash-back card link, a
  // vertical magazine.
  ["heldback5/katakana-reading-rakuten.html", "rakuten"],
  ["heldback5/input-value-amazon.html", "amazon"],
  ["heldback5/textarea-readonly-paypay.html", "paypay"],
  ["heldback5/submit-value-mercari.html", "mercari"],
  ["heldback5/content-url-svg-paypal.html", "paypal"],
  ["heldback5/embed-svg-ebay.html", "ebay"],
  ["heldback5/row-reverse-amazon.html", "amazon"],
  ["heldback5/float-right-rakuten.html", "rakuten"],
  ["heldback5/table-cells-paypal.html", "paypal"],
  ["heldback5/transparent-shadow-yahoo.html", "yahoo-japan"],
  ["heldback5/negative-squared-paypay.html", "paypay"],
  ["heldback5/template-late-mercari.html", "mercari", "wait"],
  ["heldback5/scroll-built-amazon.html", "amazon", "scroll"],
  ["heldback5/nested-shadow-iframe-rakuten.html", "rakuten", "frame"],
  ["heldback5/display-contents-amazon.html", "amazon"],
  ["heldback5/pin-boxes-rakuten-card.html", "rakuten"],
  ["heldback5/card-boxes-amazon.html", "amazon"],
  ["heldback5/vertical-columns-mercari.html", "mercari"],
  ["heldback5/counter-alpha-ebay.html", "ebay"],
  ["heldback5/mathml-letters-paypal.html", "paypal"],
  ["heldback5/fa-forum-login-trouble-ja.html", null],
  ["heldback5/fa-price-tracker-en.html", null],
  ["heldback5/fa-forwarder-us-ja.html", null],
  ["heldback5/fa-auction-proxy-ja.html", null],
  ["heldback5/fa-furusato-portal-ja.html", null],
  ["heldback5/fa-shop-payment-select-ja.html", null],
  ["heldback5/fa-listing-tool-readonly-ja.html", null],
  ["heldback5/fa-cashback-card-en.html", null],
  ["heldback5/fa-vertical-magazine-ja.html", null],
  // Wave 7 (h-redteam5): written blind, scored on the unchanged tree before any fix ("frame" pages by
  // the extension's own verdict when --wired): a wordmark drawn as box-shadow pixels, <img> slices of
  // a wordmark, junk letters clipped away (clip-path inset) or cut off by overflow, an SVG
  // <foreignObject> wordmark, a brand only in an icon font's aria-label/title, a form in a <dialog>
  // opened after 2.5 s, frames chained srcdoc → blob: → data:, history changed five times, an image
  // map's <area alt>, kanji 二/口 for katakana ニ/ロ (ユ二ク口, 二トリ), katakana and half-width
  // brands inside longer runs (ラクテンカードイーナビ, アマゾンプライム, ﾒﾙｶﾘｱｶｳﾝﾄ), ideographic spaces
  // between kanji, a card form without labels or password, SVG <text> letters in shuffled order,
  // one small canvas per letter, letters placed by transform, ::before letters from an adopted
  // (constructed) style sheet; social-login icons, a forum, a price tracker, a forwarder, retailer
  // news, an affiliate dashboard, a card comparison, a point mall's image map, a payments SaaS.
  ["heldback6/boxshadow-pixels-amazon.html", "amazon"],
  ["heldback6/img-slices-paypal.html", "paypal"],
  ["heldback6/clip-inset-rakuten.html", "rakuten"],
  ["heldback6/foreignobject-mercari.html", "mercari"],
  ["heldback6/aria-iconfont-amazon.html", "amazon"],
  ["heldback6/dialog-timer-paypal.html", "paypal", "wait"],
  ["heldback6/frame-chain-rakuten.html", "rakuten", "frame"],
  ["heldback6/history-churn-amazon.html", "amazon", "wait"],
  ["heldback6/imagemap-rakuten.html", "rakuten"],
  ["heldback6/kanji-uniqlo-ja.html", "uniqlo"],
  ["heldback6/kanji-run-nitori-ja.html", "nitori"],
  ["heldback6/katakana-run-rakuten-card.html", "rakuten"],
  ["heldback6/katakana-run-amazon-prime.html", "amazon"],
  ["heldback6/halfwidth-run-mercari.html", "mercari"],
  ["heldback6/ideographic-space-rakuten.html", "rakuten"],
  ["heldback6/card-only-amazon-en.html", "amazon"],
  ["heldback6/svg-text-shuffled-amazon.html", "amazon"],
  ["heldback6/canvas-letters-paypal.html", "paypal"],
  ["heldback6/transform-scatter-mercari.html", "mercari"],
  ["heldback6/adopted-sheet-ebay.html", "ebay"],
  ["heldback6/overflow-junk-paypay.html", "paypay"],
  ["heldback6/fa-social-login-aria-en.html", null],
  ["heldback6/fa-forum-prime-ja.html", null],
  ["heldback6/fa-price-tracker-ja.html", null],
  ["heldback6/fa-forwarder-en.html", null],
  ["heldback6/fa-retailer-news-en.html", null],
  ["heldback6/fa-affiliate-dashboard-ja.html", null],
  ["heldback6/fa-card-compare-ja.html", null],
  ["heldback6/fa-imagemap-mall-ja.html", null],
  ["heldback6/fa-payments-saas-en.html", null],
  // Wave 8 (h-redteam6): written blind, scored on the unchanged tree before any fix ("frame" and
  // "closed" pages by the extension's own verdict when --wired): a brand reversed by CSS
  // bidi-override, set vertically bottom-to-top, placed by grid areas, by SVG <tspan x>, drawn in
  // parenthesized letters (⒫⒜⒴), IPA/Coptic look-alikes (ɑmɑzⲟn), with variation selectors and tag
  // characters inside, in simplified kanji (乐天), small kana (ペィペィ), a Hangul filler as its space,
  // with transparent text over a clipped background, as a <button> logo, only in a content-visibility
  // footer, only in an SVG favicon; a password "field" that is a role=textbox <div>; an
  // identifier-only first step; forms in an <embed>, a sandboxed srcdoc frame and a declarative
  // closed shadow root; shops with 楽天ID / Yahoo! JAPAN ID / Amazon Pay / LINE sign-in buttons, a
  // point site, an Amazon seller tool, a card comparison blog, a resale tool, payment logos, a
  // mall-store list.
  ["heldback7/css-bidi-override-aupay.html", "au-pay-market"],
  ["heldback7/vertical-rtl-smbc-card.html", "smbc-card"],
  ["heldback7/grid-area-mercari.html", "mercari"],
  ["heldback7/svg-tspan-x-paypay.html", "paypay"],
  ["heldback7/textbox-div-jcb.html", "jcb"],
  ["heldback7/identifier-first-docomo.html", "docomo"],
  ["heldback7/embed-html-dbarai.html", "docomo", "frame"],
  ["heldback7/parenthesized-paypal.html", "paypal"],
  ["heldback7/ipa-coptic-amazon.html", "amazon"],
  ["heldback7/variation-selectors-mercari.html", "mercari"],
  ["heldback7/simplified-kanji-rakuten.html", "rakuten"],
  ["heldback7/small-kana-paypay.html", "paypay"],
  ["heldback7/sandbox-srcdoc-smbc-card.html", "smbc-card", "frame"],
  ["heldback7/dsd-closed-jcb.html", "jcb", "closed"],
  ["heldback7/content-visibility-footer-amazon.html", "amazon"],
  ["heldback7/bgclip-text-yahoo.html", "yahoo-japan"],
  ["heldback7/button-header-amazon.html", "amazon"],
  ["heldback7/svg-favicon-title-rakuten.html", "rakuten"],
  ["heldback7/hangul-filler-paypal.html", "paypal"],
  ["heldback7/fa-shop-rakuten-id-login-ja.html", null],
  ["heldback7/fa-shop-amazon-pay-line-ja.html", null],
  ["heldback7/fa-point-site-rakuten-ichiba-ja.html", null],
  ["heldback7/fa-amazon-seller-tool-ja.html", null],
  ["heldback7/fa-card-compare-blog-ja.html", null],
  ["heldback7/fa-resale-tool-mercari-ja.html", null],
  ["heldback7/fa-shop-payment-logos-ja.html", null],
  ["heldback7/fa-aupay-market-store-ja.html", null],
  // Wave 9 (h-redteam7): written blind, scored on the unchanged tree before any fix ("frame" pages by
  // the extension's own verdict when --wired): browser-in-the-browser windows (a drawn title and
  // address bar around the form, around a srcdoc frame), a form in a <dialog> opened by a click, a
  // form cloned from a <template> into a shadow root after a click, card fields with no <form> and a
  // scripted send, an <object> of a blob: document, an about:blank frame written by its parent, one
  // image per letter, a brand upside down and rotated back, mirrored letters flipped back, web fonts
  // that draw private-use or enciphered code points as the brand, a lazy logo (data-src swapped in),
  // a <picture><source srcset> logo, outlined text (transparent colour, -webkit-text-stroke), a
  // list-style-image wordmark, a ::before background wordmark, the brand in hiragana (あまぞん) and
  // katakana (ジェーシービー, ディー払い), a logo broken over two lines (三井住友<br>カード), a form
  // inside SVG <foreignObject>, an OffscreenCanvas wordmark, one wordmark of a sprite sheet shown by
  // object-position; a BITB explainer, a flea-market comparison, a budgeting app, an e-commerce
  // agency, a shop's card update and SMS code pages, a travel site, a gift-card exchange, a shop's
  // campaign dialog.
  ["heldback8/bitb-window-amazon.html", "amazon"],
  ["heldback8/bitb-frame-rakuten.html", "rakuten", "frame"],
  ["heldback8/dialog-click-paypay.html", "paypay", "click"],
  ["heldback8/click-shadow-template-mercari.html", "mercari", "click"],
  ["heldback8/noform-card-rakuten-card.html", "rakuten"],
  ["heldback8/object-blob-jcb.html", "jcb", "frame"],
  ["heldback8/aboutblank-write-paypal.html", "paypal", "frame"],
  ["heldback8/letter-images-rakuten.html", "rakuten"],
  ["heldback8/upside-down-amazon.html", "amazon"],
  ["heldback8/mirror-letters-mercari.html", "mercari"],
  ["heldback8/pua-font-paypal.html", "paypal"],
  ["heldback8/cipher-font-rakuten.html", "rakuten"],
  ["heldback8/lazy-logo-ebay.html", "ebay", "wait"],
  ["heldback8/picture-source-yahoo-ja.html", "yahoo-japan"],
  ["heldback8/list-image-aupay.html", "au-pay-market"],
  ["heldback8/pseudo-bg-shein.html", "shein"],
  ["heldback8/text-stroke-paypay-sms.html", "paypay"],
  ["heldback8/hiragana-amazon-ja.html", "amazon"],
  ["heldback8/katakana-jcb-card.html", "jcb"],
  ["heldback8/katakana-docomo-sms.html", "docomo"],
  ["heldback8/smbc-card-stacked-logo.html", "smbc-card"],
  ["heldback8/svg-fo-form-nitori.html", "nitori"],
  ["heldback8/offscreen-canvas-temu.html", "temu"],
  ["heldback8/sprite-objectpos-netflix.html", "netflix"],
  ["heldback8/fa-bitb-explainer-ja.html", null],
  ["heldback8/fa-flea-compare-ja.html", null],
  ["heldback8/fa-kakeibo-link-ja.html", null],
  ["heldback8/fa-ec-agency-en.html", null],
  ["heldback8/fa-shop-card-update-ja.html", null],
  ["heldback8/fa-shop-sms-code-ja.html", null],
  ["heldback8/fa-travel-points-ja.html", null],
  ["heldback8/fa-gift-exchange-en.html", null],
  ["heldback8/fa-campaign-dialog-ja.html", null],
  // Wave 10 (h-redteam8): written blind, scored on the unchanged tree before any fix ("frame" pages by
  // the extension's own verdict when --wired): the brand only in a tab title that scrolls like a
  // ticker, a drawn window whose title strip and address bar are one raster picture, a form slid into
  // view by a delayed CSS animation, modifier letters (ᵃᵐᵃᶻᵒⁿ), regional-indicator letters, Cherokee
  // look-alikes (ᏢᎪᎩᏢᎪᎩ), circled katakana (㋱㋸㋕㋷), mixed full-/half-width kana (アﾏゾン), letters
  // between bullets, enclosing keycap marks, text drawn only by its text-shadow, a border-image
  // wordmark, a <video poster> wordmark, forms in data: and javascript: frames, ::before content from
  // CSS custom properties, a transparent veil over the wordmark, text inside an SVG <pattern>; a
  // security training page with a drawn browser window, a design studio's browser mock-ups, a
  // children's page with ruby, a card comparison, a news ticker title, a POS receipt in half-width
  // kana, an extension review, a developer forum, a shop whose login slides in.
  ["heldback9/title-ticker-zozotown.html", "zozotown", "wait"],
  ["heldback9/urlbar-raster-mercari.html", "mercari", "wait"],
  ["heldback9/anim-delay-form-paypay.html", "paypay", "wait"],
  ["heldback9/modifier-letters-amazon.html", "amazon"],
  ["heldback9/regional-indicator-ebay.html", "ebay"],
  ["heldback9/cherokee-paypay.html", "paypay"],
  ["heldback9/circled-katakana-mercari.html", "mercari"],
  ["heldback9/mixed-width-kana-amazon.html", "amazon"],
  ["heldback9/middle-dots-rakuten.html", "rakuten"],
  ["heldback9/keycap-enclosed-aupay.html", "au-pay-market"],
  ["heldback9/text-shadow-only-uniqlo.html", "uniqlo"],
  ["heldback9/border-image-epos-card.html", "epos-card"],
  ["heldback9/video-poster-saison-card.html", "saison-card"],
  ["heldback9/data-url-frame-aeon-card.html", "aeon-card", "frame"],
  ["heldback9/jsurl-frame-biccamera.html", "biccamera", "frame"],
  ["heldback9/var-content-yahoo-ja.html", "yahoo-japan"],
  ["heldback9/transparent-cover-line.html", "line"],
  ["heldback9/svg-pattern-qoo10.html", "qoo10"],
  ["heldback9/fa-security-training-mock-ja.html", null],
  ["heldback9/fa-web-agency-mockup-en.html", null],
  ["heldback9/fa-ruby-kids-shopping-ja.html", null],
  ["heldback9/fa-card-apply-guide-ja.html", null],
  ["heldback9/fa-news-ticker-title-ja.html", null, "wait"],
  ["heldback9/fa-receipt-pos-halfwidth-ja.html", null],
  ["heldback9/fa-extension-review-en.html", null],
  ["heldback9/fa-dev-forum-line-login-en.html", null],
  ["heldback9/fa-shop-anim-login-ja.html", null, "wait"],
  // Wave 11 (h-redteam9): written blind, scored on the unchanged tree before any fix: letters drawn by
  // CSS counters in the katakana style, the brand only in a <ruby>'s <rt>, letter boxes reversed by
  // `direction: rtl` (no bidi characters), doubled letters overlapped by a negative letter-spacing,
  // decoy letters scaled to nothing, a vertical banner with tate-chu-yoko letters, the brand as a
  // read-only box's placeholder, a broken logo's alt text, a form moved into view by a timer, an SMS
  // step without a password, a variant kanji (楽兲), a spacing handakuten (エホ゜ス), kanji and
  // katakana look-alikes (イ才ン, セゾソ), dashes between letters, combining enclosing circles, half-width
  // kana mixed with a kanji look-alike; a news page with ruby, a shop's SMS sign-up, a vertical
  // magazine column, a bakery and a tour company whose names hold a retailer word, a forum thread, a
  // café named Saison, a listing agency.
  // Blind (extension's own verdict, Chromium and Firefox alike): 14/25 — kits 11/17, false alarms 4/8.
  // After (244cc39, both browsers): 24/25 — kits 16/17 (reparent-timer-aupay missed), false alarms
  // 0/8; heldback9 19/27 → 22/27; heldback7 25/27, heldback8 27/33 unchanged.
  ["heldback10/counter-katakana-mercari.html", "mercari"],
  ["heldback10/rt-only-aeon-card.html", "aeon-card"],
  ["heldback10/direction-rtl-blocks-paypay.html", "paypay"],
  ["heldback10/overlap-doubled-amazon.html", "amazon"],
  ["heldback10/decoy-scale0-rakuten.html", "rakuten"],
  ["heldback10/tcy-vertical-jcb.html", "jcb"],
  ["heldback10/placeholder-header-smbc-card.html", "smbc-card"],
  ["heldback10/broken-img-alt-yahoo-ja.html", "yahoo-japan"],
  ["heldback10/reparent-timer-aupay.html", "au-pay-market", "wait"],
  ["heldback10/sms-step-nopass-mercari.html", "mercari"],
  ["heldback10/variant-kanji-rakuten-ichiba.html", "rakuten"],
  ["heldback10/spacing-handakuten-epos.html", "epos-card"],
  ["heldback10/kanji-lookalike-aeon.html", "aeon-card"],
  ["heldback10/katakana-lookalike-saison.html", "saison-card"],
  ["heldback10/dash-letters-yahoo-ja.html", "yahoo-japan"],
  ["heldback10/combining-circle-jcb.html", "jcb"],
  ["heldback10/halfwidth-kanji-mix-mercari.html", "mercari"],
  ["heldback10/fa-news-ruby-aeon-ja.html", null],
  ["heldback10/fa-shop-sms-paypay-ja.html", null],
  ["heldback10/fa-vertical-column-jcb-ja.html", null],
  ["heldback10/fa-bakery-rakutenka-ja.html", null],
  ["heldback10/fa-amazon-river-tours-en.html", null],
  ["heldback10/fa-forum-paypay-sms-ja.html", null],
  ["heldback10/fa-cafe-saison-ja.html", null],
  ["heldback10/fa-listing-agency-mercari-ja.html", null],
  // Wave 12 (h-redteam10): written blind, scored on the unchanged tree before any fix ("frame" and
  // "closed" pages by the extension's own verdict when --wired): forms shown without a DOM change (a
  // checkbox ticked by its property, a constructed style sheet replaced, showPopover()), a wordmark
  // from CSS attr() of an attribute set late, shadow-root slots that put light-DOM letters in order, a
  // brand split across a shadow root and the light DOM, ::before/::after inside a shadow root, a
  // closed root whose brand is its slot's fallback text, lower-case Cyrillic shown upper-case by
  // text-transform (єроѕ → ЄРОЅ), the brand only in a title set by a timer, the wordmark in a srcdoc
  // header frame above a top-level form, an ID step then a password step after a click, letter pairs
  // reversed by isolate-override, a read-only box whose value is set by its property, junk text in a
  // font-size:0 heading, list-style-type string markers; a senbei shop named Rakuten-ya, news quoting
  // a phishing mail, a shopping agent's help page, a bank page on PayPay charges, a school in Apple
  // Valley, a point-card comparison, a phone buy-back shop, a seller blog, a regional JCB card issuer,
  // a salon inside an AEON mall.
  // Blind (extension's own verdict, Chromium and Firefox alike): 15/26 — kits 6/16, false alarms 1/10.
  // After (merged tree of session 13, Chromium and Firefox): 20/26 — kits 10/16 (checkbox-reveal-amazon,
  // adopted-sheet-reveal-rakuten, shadow-light-split-rakuten, shadow-before-paypal,
  // slot-fallback-closed-jcb, value-prop-late-aupay missed), false alarms 0/10.
  ["heldback11/checkbox-reveal-amazon.html", "amazon", "wait"],
  ["heldback11/adopted-sheet-reveal-rakuten.html", "rakuten", "wait"],
  ["heldback11/popover-timer-paypay.html", "paypay", "wait"],
  ["heldback11/attr-late-content-mercari.html", "mercari", "wait"],
  ["heldback11/slot-reorder-amazon.html", "amazon"],
  ["heldback11/shadow-light-split-rakuten.html", "rakuten"],
  ["heldback11/shadow-before-paypal.html", "paypal"],
  ["heldback11/slot-fallback-closed-jcb.html", "jcb", "closed"],
  ["heldback11/cyrillic-uppercase-epos.html", "epos-card"],
  ["heldback11/title-timer-yahoo-ja.html", "yahoo-japan", "wait"],
  ["heldback11/header-frame-smbc-card.html", "smbc-card", "frame"],
  ["heldback11/two-step-click-aeon.html", "aeon-card", "click"],
  ["heldback11/bidi-pairs-docomo.html", "docomo"],
  ["heldback11/value-prop-late-aupay.html", "au-pay-market", "wait"],
  ["heldback11/fontsize0-junk-netflix.html", "netflix"],
  ["heldback11/list-string-marker-saison.html", "saison-card"],
  ["heldback11/fa-shop-rakutenya-ja.html", null],
  ["heldback11/fa-news-phishing-mail-ja.html", null],
  ["heldback11/fa-agent-help-ja.html", null],
  ["heldback11/fa-bank-paypay-charge-ja.html", null],
  ["heldback11/fa-school-apple-valley-en.html", null],
  ["heldback11/fa-point-card-compare-ja.html", null],
  ["heldback11/fa-phone-buyback-ja.html", null],
  ["heldback11/fa-blog-mercari-seller-ja.html", null],
  ["heldback11/fa-regional-card-jcb-ja.html", null],
  ["heldback11/fa-mall-tenant-aeon-ja.html", null],
];
