/**
 * The one typed protocol between the content script, the background and the
 * extension pages. Each entry's request type fixes its response type, so no
 * call site annotates a response by hand. Commands are imperative, events are
 * past tense. Every handler is registered with a validator: what arrives is
 * unknown data until it passes, and anything unrecognised is ignored.
 */
import { browser, type Browser } from 'wxt/browser';
import type { CardPayload } from './card-payload';
import type { CompiledMatcher } from './detect/matcher';
import type { ArticleInput, NewNote, NoteChanges } from './notes/db';
import type { ImportSummary } from './notes/import';
import type { NoteRecord, TextQuote } from './notes/types';
import type { ArticleIdentity, NoteAnchor } from './notes/protocol';
import type { PageReport, ContentStatus } from './page-report';

export interface ProtocolMap {
  /** Content → background: a liveness check; answers with the sender's tab id. */
  ping(data: null): { tabId: number | null };
  /** Content → background: the compiled name matcher (built once per knowledge-base version). */
  getMatcher(data: null): CompiledMatcher;
  /** Content → background: what a hover card shows for a model or concept (null when unknown). */
  getCard(data: { id: string; kind: 'model' | 'concept' }): CardPayload | null;
  /** Content → background: open the panel on a model or concept (a card's action). */
  openPanelOn(data: { view: 'model' | 'concept' | 'note'; id: string | null }): { opened: boolean };
  /** Content → background: this page's mentions changed (after a scan). */
  pageScanned(data: PageReport): { ok: true };
  /** Any → content: report what the content script is doing on this page. */
  getContentStatus(data: null): ContentStatus;
  /** Background → content: scan the page again now (toolbar button, new grant). */
  rescanPage(data: null): { ok: true };
  /** Panel → content (via tabs): scroll to the n-th mention (0-based, wraps) of a model and emphasise it. */
  scrollToMention(data: { id: string; n: number }): { found: boolean; index: number; total: number };
  /** Panel → background: scan a tab's page once (the panel's "Scan this page"); false when the browser refused. */
  scanTab(data: { tabId: number }): { ok: boolean };

  // Notes. The background owns the user database and does every write; pages
  // may read it live.
  /** Any → background: save a new note (and the article it belongs to). */
  addNote(data: { note: NewNote; article: ArticleInput }): NoteRecord;
  /** Any → background: change a note's body, quote or model tags. */
  updateNote(data: { id: string; changes: NoteChanges }): NoteRecord | null;
  /** Any → background: delete a note; answers the deleted note so it can be restored (undo). */
  deleteNote(data: { id: string }): NoteRecord | null;
  /** Any → background: put a deleted note back exactly as it was. */
  restoreNote(data: { note: NoteRecord }): { ok: true };
  /** Any → background: import a JSON export, all or nothing; a bad file changes nothing. */
  importNotes(data: { text: string }): { ok: true; summary: ImportSummary } | { ok: false; error: string };
  /** Options → background: delete every note and article (after the user confirmed; export first). */
  clearAllNotes(data: { confirm: true }): { deleted: number };
  /** Content → background: the notes of this page's article (for re-anchoring quotes). */
  getArticleNotes(data: { key: string }): NoteRecord[];
  /** Content → background: where this page's quoted passages were found again. */
  notesAnchored(data: { key: string; anchors: NoteAnchor[] }): { ok: true };
  /** Panel → background: title, authors, date and site of the article in a tab (computed on demand). */
  getArticleDetails(data: { tabId: number }): ArticleInput | null;
  /** Background/panel → content: this page's article key, URL and title (cheap; no Readability). */
  getArticleIdentity(data: null): ArticleIdentity;
  /** Background → content: the current selection as a quote (exact text plus context), or null. */
  getSelectionQuote(data: null): TextQuote | null;
  /** Background → content: this article's notes changed; highlight their passages again. */
  notesChanged(data: { key: string }): { ok: true };
  /** Panel → content: scroll to a note's passage and emphasise it. */
  scrollToNote(data: { noteId: string }): { found: boolean };
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
export type ResponseOf<K extends MessageType> = ReturnType<ProtocolMap[K]>;

interface Envelope {
  atlas: 1;
  type: MessageType;
  data: unknown;
}

type Reply = { ok: true; value: unknown } | { ok: false; error: string };

export type Sender = Browser.runtime.MessageSender;
type Handler<K extends MessageType> = (
  data: RequestOf<K>,
  sender: Sender,
) => ResponseOf<K> | Promise<ResponseOf<K>>;
export type Validator<K extends MessageType> = (data: unknown) => data is RequestOf<K>;

interface Registration {
  validate: (data: unknown) => boolean;
  handle: (data: never, sender: Sender) => unknown;
}

const handlers = new Map<MessageType, Registration>();
let listening = false;

function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.atlas === 1 && typeof m.type === 'string';
}

/** True when a message comes from this extension (its pages, worker or content scripts). */
function fromOurselves(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

function listener(
  message: unknown,
  sender: Sender,
  sendResponse: (reply: Reply) => void,
): true | undefined {
  if (!isEnvelope(message) || !fromOurselves(sender)) return undefined;
  const registration = handlers.get(message.type);
  if (!registration || !registration.validate(message.data)) return undefined;
  // sendResponse + `return true` lives here once, so that every browser gets an
  // async answer the same way and no handler has to know about it.
  Promise.resolve()
    .then(() => registration.handle(message.data as never, sender))
    .then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: String(error) }),
    );
  return true;
}

/**
 * True when a message comes from one of the extension's own pages (panel,
 * options), not from a content script running inside some website: writes to
 * the user's notes and requests about other tabs are only taken from those.
 */
export function fromExtensionPage(sender: Sender): boolean {
  return sender.tab === undefined || (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/** Registers the handler for one message type in this context; returns an unsubscribe. */
export function onMessage<K extends MessageType>(
  type: K,
  validate: Validator<K>,
  handle: Handler<K>,
): () => void {
  handlers.set(type, { validate, handle: handle as Registration['handle'] });
  if (!listening) {
    browser.runtime.onMessage.addListener(listener as never);
    listening = true;
  }
  return () => {
    if (handlers.get(type)?.handle === handle) handlers.delete(type);
    if (handlers.size === 0 && listening) {
      browser.runtime.onMessage.removeListener(listener as never);
      listening = false;
    }
  };
}

function unwrap<K extends MessageType>(type: K, reply: unknown): ResponseOf<K> {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
    throw new Error(`${type}: no handler answered`);
  }
  const r = reply as Reply;
  if (!r.ok) throw new Error(`${type}: ${r.error}`);
  return r.value as ResponseOf<K>;
}

/** Sends a message to the background (or extension pages) and returns its typed answer. */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const envelope: Envelope = { atlas: 1, type, data };
  return unwrap(type, await browser.runtime.sendMessage(envelope));
}

/** Sends a message to the content script in one tab and returns its typed answer. */
export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  data: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const envelope: Envelope = { atlas: 1, type, data };
  return unwrap(type, await browser.tabs.sendMessage(tabId, envelope));
}

/** Validator for messages that carry no data. */
export function isNull(data: unknown): data is null {
  return data === null;
}
