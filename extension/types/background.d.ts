// The background's message dispatch (extension/background/service-worker.js): handler maps grouped
// by trust, as the handler modules export them.

/** runtime.MessageSender, as far as the background reads it. */
export interface Sender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number };
  /** Chromium: the document's origin (a blob:/about:blank document's creator). */
  origin?: string;
}

/** A sender the dispatcher has checked to be a content script in a web page tab. */
export interface TabSender extends Sender {
  /** The web URL the document is checked as (protection.js webUrlOf). */
  url: string;
  /** The document's own URL (blob:, about:blank, … or the same as `url`). */
  documentUrl: string;
  frameId: number;
  tab: { id: number };
}

/** The result is the response; a thrown Error becomes `{ ok: false, error }`. */
export type Handler<S extends Sender = Sender> = (message: any, sender: S) => Promise<unknown>;
export type Handlers<S extends Sender = Sender> = Record<string, Handler<S>>;

/**
 * What a handler module exports: handlers for messages from content scripts (`fromContent`:
 * untrusted, from inside web pages) and/or from this extension's own pages (`fromExtension`).
 */
export interface HandlerGroup {
  fromContent?: Handlers<TabSender>;
  fromExtension?: Handlers<Sender>;
}
