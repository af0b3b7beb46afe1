// The core's Verdict object as the WASM API returns it (docs/api.md "Verdict object"; stable API:
// fields and codes are append-only). Hand-written: wasm-bindgen types checkUrl()/checkPage() as
// `any` (target/wasm/pkg/omamori.d.ts), the verdict is serde JSON.

export type VerdictKind = "official" | "lookalike" | "unrelated" | "invalid";
export type Severity = "high" | "medium" | "low";
export type PageKind = "signin" | "account" | "other";
/** docs/api.md "Action (append-only)"; decided by the one policy (src/verdict/policy.rs). */
export type Action = "badge" | "banner" | "form-guard" | "two-step-reminder";
/** docs/api.md "Reason kinds (append-only)". */
export type ReasonKind =
  | "official" | "homoglyph" | "typosquat" | "tld-swap" | "combosquat" | "embedding" | "brand-in-path"
  | "deceptive-userinfo" | "ip-host" | "punycode-brand" | "hosted-third-party" | "user-site-lookalike"
  | "impersonated-signin" | "password-reuse";

export interface Names {
  en: string;
  ja: string;
}

export interface Reason {
  kind: ReasonKind;
  variant: string | null;
  matched: string | null;
  brand: string | null;
  detail: string | null;
}

export interface Verdict {
  url: string;
  verdict: VerdictKind;
  retailer: string | null;
  retailer_name: Names | null;
  severity: Severity | null;
  reasons: Reason[];
  host: string | null;
  registrable_domain: string | null;
  official_url: string | null;
  two_step_url: string | null;
  help_url: string | null;
  passkey_url?: string | null;
  change_password_url?: string | null;
  page_kind: PageKind | null;
  trusted: boolean;
  actions: Action[];
  error: string | null;
}

/** A tab's record in storage.session (KEYS.verdict(tabId)): its top frame's verdict. */
export interface TabRecord extends Verdict {
  /** For a document without a web URL (blob:, about:blank, …): its own URL; `url` is its creator's. */
  document_url?: string;
  /** Whether the content script saw a sign-in form; null until it has sent the page's signals. */
  signinForm: boolean | null;
  /** How strongly it warns: 0 without a banner, else 1 + the severity's place in rules().severities (shared/verdict-view.js warningRank). */
  rank: number;
}

export type FieldKind = "email" | "tel" | "password" | "otp" | "card" | "text";

/** docs/api.md "Page signals (checkPage)": what the content script sends, as the background rebuilt it. */
export interface PageSignals {
  title: string;
  lang: string;
  og_site_name: string;
  app_name: string;
  headings: string[];
  text: string;
  copyright: string[];
  img_alts: string[];
  buttons: string[];
  field_labels: string[];
  form_logos: string[];
  fields: Record<FieldKind, number>;
  form_action_hosts: string[];
  signin_action_hosts: string[];
  img_hosts: string[];
  css_hosts: string[];
  script_hosts: string[];
  favicon_hosts: string[];
  link_hosts: string[];
  source_hosts: string[];
  page_hosts: string[];
  local_paths: string[];
  /** Ids and names of the credential forms and their controls, lower-case (markup, never values). */
  form_ids: string[];
  image_hashes: string[];
  pictures: string[];
  signin_form: boolean;
}

/** One catalog entry from engine.retailers(). */
export interface RetailerInfo {
  id: string;
  name: Names;
  official_url: string | null;
  two_step_url: string | null;
  help_url: string | null;
  domains: string[];
  enabled?: boolean;
  passkey_url?: string | null;
  change_password_url?: string | null;
}

/**
 * The engine as the background uses it: wasm-pack's generated `Engine` (target/wasm/pkg/omamori.d.ts)
 * returns `any` from these methods; this view gives them the documented shapes. engine.js assigns
 * the generated class to it, so tsc fails if the generated API loses or renames a method.
 */
export interface VerdictEngine {
  checkUrl(url: string): Verdict;
  checkPage(input: { url: string; signals: PageSignals }): Verdict;
  retailers(): RetailerInfo[];
  accountText(url: string, text: string): { no_account: boolean; two_step_page: boolean; two_step_on: boolean };
  free(): void;
}
