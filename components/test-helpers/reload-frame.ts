import { fixture, html, waitUntil } from '@open-wc/testing';
import type { WcgConversation } from '../conversation/conversation.js';
import { decrypt } from '../../src/persist/crypto.js';
import { createDraft } from '../../src/persist/draft.js';
import { sessionStoreId } from '../../src/persist/session-start.js';
import { draftStoreName } from '../../src/persist/idb.js';
import { boundText, type StoredDraft } from '../../src/persist/session-store.js';
import { readRaw } from '../../src/persist/test-helpers.js';
import { settle } from './conversation-helpers.js';
import type { ReloadPageWindow } from './reload-page.js';

// Generous: a reload fetches and starts the page again, which takes seconds in WebKit on a busy machine.
const pageTimeout = { timeout: 20000 } as const;

/** Loads the reload page (`reload-page.html`) in an iframe with `query`, and waits until it is ready. */
export async function openReloadPage(query: Record<string, string>): Promise<HTMLIFrameElement> {
  const src = `/components/test-helpers/reload-page.html?${new URLSearchParams(query)}`;
  const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${src} title="reload" style="inline-size: 1024px; block-size: 768px"></iframe>`);
  await pageReady(frame);
  return frame;
}

/** Reloads the page in `frame` for real (a new document, new scripts) and waits until it is ready again. */
export async function reloadPage(frame: HTMLIFrameElement): Promise<void> {
  const before = frame.contentDocument;
  frame.contentWindow!.location.reload();
  await pageReady(frame, before);
}

/**
 * Does `act` (typing, say) and reloads the page in `frame` the moment the conversation hands its next draft write
 * to IndexedDB: the write is asked for but not yet confirmed, as when a person reloads a moment after typing. Waits
 * until the page is ready again. Only a write asked for after `act` begins can start the reload: a save still
 * waiting for its encryption when `act` changes the conversation is overtaken and skipped by the store.
 */
export async function reloadOnNextDraftWrite(frame: HTMLIFrameElement, act: () => Promise<void>): Promise<void> {
  const before = frame.contentDocument;
  const win = frame.contentWindow as Window & typeof globalThis;
  const proto = win.IDBObjectStore.prototype;
  const put = Object.getOwnPropertyDescriptor(proto, 'put')!;
  let reloading = false;
  Object.defineProperty(proto, 'put', {
    ...put,
    value(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const request = (put.value as IDBObjectStore['put']).apply(this, args);
      if (this.name === draftStoreName && !reloading) {
        reloading = true;
        win.location.reload();
      }
      return request;
    },
  });
  // The act runs on a page that is going away: what it waits for may never come.
  void act().catch(() => undefined);
  await waitUntil(() => reloading, 'no draft was written after the change', pageTimeout);
  await pageReady(frame, before);
}

async function pageReady(frame: HTMLIFrameElement, previous: Document | null = null): Promise<void> {
  await waitUntil(() => {
    const doc = frame.contentDocument;
    return doc !== previous && doc?.readyState === 'complete' && doc.documentElement.dataset.ready === 'true';
  }, 'the reload page did not become ready', pageTimeout);
  await settle(conversationIn(frame));
}

/** The conversation element on the page in `frame`. */
export function conversationIn(frame: HTMLIFrameElement): WcgConversation {
  return frame.contentDocument!.querySelector('wcg-conversation') as WcgConversation;
}

/** What went wrong on the page in `frame` since it was last loaded: errors, rejections, console errors and warnings. */
export function pageProblems(frame: HTMLIFrameElement): string[] {
  return [...(frame.contentWindow as unknown as ReloadPageWindow).pageProblems];
}

/**
 * The draft kept for the conversation `name` (its draft-id), decrypted with the key in IndexedDB (the key
 * cannot be read, but this page may use it): undefined when none is kept. Read with the plain IndexedDB API.
 */
export async function keptDraft(name: string): Promise<{ state: unknown } | undefined> {
  const storeId = await sessionStoreId(name);
  const { draft, key } = await readRaw(storeId);
  if (!draft || !key) return undefined;
  const stored = draft as StoredDraft;
  return JSON.parse(await decrypt(key as CryptoKey, stored, undefined, boundText(storeId, stored.expiresAt))) as { state: unknown };
}

/** Waits until the kept draft holds the conversation exactly as it stands now. */
export async function waitUntilSaved(el: WcgConversation, name: string): Promise<void> {
  const now = JSON.stringify(createDraft(el.currentContext()!).state);
  await waitUntil(async () => JSON.stringify((await keptDraft(name))?.state) === now, 'the draft was not saved', pageTimeout);
}

/** The ciphertext kept for the conversation `name` read as text, to show that no typed word is stored in the clear. */
export async function keptBytesAsText(name: string): Promise<string> {
  const { draft } = (await readRaw(await sessionStoreId(name))) as { draft?: { data?: ArrayBuffer } };
  return draft?.data ? new TextDecoder('latin1').decode(draft.data) : '';
}
