// The user's settings in storage.local (schema 1; extension/shared/settings.js validates and migrates
// them) and the security state (extension/shared/reminders.js).

export type Sensitivity = "low" | "normal" | "high";

export interface Settings {
  schema: number;
  disabled_retailers: string[];
  user_sites: string[];
  trusted_domains: string[];
  sensitivity: Sensitivity;
  reminder: { enabled: boolean; interval_days: number };
}

export type TwoStep = "on" | "not-yet" | "unknown";

export interface RetailerSecurity {
  two_step: TwoStep;
  last_reminded: number;
  visited: number;
  email_hash?: string;
  two_step_url?: string;
  help_url?: string;
}

export interface Security {
  schema: number;
  retailers: Record<string, RetailerSecurity>;
}

/** One row of the security checklist (shared/reminders.js checklist()). */
export interface ChecklistRow {
  id: string;
  name: { en: string; ja: string };
  two_step: TwoStep;
  two_step_url: string | null;
  help_url: string | null;
  passkey_url?: string | null;
  last_reminded: number;
  has_email: boolean;
}
