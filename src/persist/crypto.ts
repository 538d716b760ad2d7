// Drafts are encrypted at rest with AES-GCM-256. Without a key from the host, the key is made here,
// non-extractable, and stored as a CryptoKey object in IndexedDB (a structured clone stays
// non-extractable), so its bytes are never in reach of script: not the host page's, not ours. The browser
// itself still writes those bytes to its profile on disk, beside the ciphertext: this protects a draft
// from other websites and from a look at storage, not from someone with the device's disk and tools.
// With a key from the host (`draftKey`, from the portal's signed-in session) nothing on disk opens a draft.

/** The object store, in the drafts database, that holds one key per draft store id. */
export const keyStoreName = 'keys';

/** Bytes of the random IV; 96 bits is the size AES-GCM is designed for. */
export const ivLength = 12;

/** A draft encrypted: the IV it was encrypted with and the ciphertext (with its GCM tag). */
export interface EncryptedData {
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly data: ArrayBuffer;
}

/** WebCrypto is missing: an insecure (http:) page, or a browser without `crypto.subtle`. */
export class CryptoUnavailableError extends Error {
  constructor() {
    super('Web Crypto is not available on this page');
    this.name = 'CryptoUnavailableError';
  }
}

/** The page's `SubtleCrypto`, or a `CryptoUnavailableError`. */
export function subtleOf(source: Crypto | undefined = globalThis.crypto): SubtleCrypto {
  const subtle = source?.subtle;
  if (!subtle || typeof subtle.encrypt !== 'function') throw new CryptoUnavailableError();
  return subtle;
}

/** A new random AES-GCM-256 key that can encrypt and decrypt but never be exported. */
export async function generateKey(source?: Crypto): Promise<CryptoKey> {
  return subtleOf(source).generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * The key stored under `keyId` in `db`'s `keys` store, or a new one stored there. A new key is made
 * first and only kept if, inside one read-write transaction, no other tab has stored one meanwhile:
 * two tabs can never end up encrypting under different keys for the same id.
 */
export async function getOrCreateKey(db: IDBDatabase, keyId = 'default', source?: Crypto): Promise<CryptoKey> {
  return keepFirst(db, keyId, await generateKey(source), isAesKey);
}

// The key kept under `keyId` when it is `usable`, else `fresh`, stored there in the same transaction.
function keepFirst(db: IDBDatabase, keyId: string, fresh: CryptoKey, usable: (value: unknown) => boolean): Promise<CryptoKey> {
  return new Promise<CryptoKey>((resolve, reject) => {
    const tx = db.transaction(keyStoreName, 'readwrite');
    const store = tx.objectStore(keyStoreName);
    let key: CryptoKey = fresh;
    const get = store.get(keyId);
    get.onsuccess = () => {
      if (usable(get.result)) key = get.result as CryptoKey;
      else store.put(fresh, keyId);
    };
    tx.oncomplete = () => resolve(key);
    tx.onerror = () => reject(tx.error ?? new DOMException('The key could not be stored', 'UnknownError'));
    tx.onabort = () => reject(tx.error ?? new DOMException('The key could not be stored', 'AbortError'));
  });
}

/**
 * Encrypts `plaintext` (as UTF-8) with a fresh random 12-byte IV: an IV is never used twice with a key.
 * `bound` is authenticated but not encrypted (AES-GCM additional data): decrypting needs the same text.
 */
export async function encrypt(key: CryptoKey, plaintext: string, source: Crypto | undefined = globalThis.crypto, bound = ''): Promise<EncryptedData> {
  const subtle = subtleOf(source);
  const iv = source!.getRandomValues(new Uint8Array(ivLength));
  const data = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8(bound) }, key, utf8(plaintext));
  return { iv, data };
}

/**
 * Decrypts what `encrypt` made; rejects (an `OperationError`) when the data, the IV or the bound text was
 * changed, or the key is another.
 */
export async function decrypt(key: CryptoKey, encrypted: EncryptedData, source?: Crypto, bound = ''): Promise<string> {
  const plain = await subtleOf(source).decrypt({ name: 'AES-GCM', iv: encrypted.iv, additionalData: utf8(bound) }, key, encrypted.data);
  // fatal: bytes that are not UTF-8 mean the data is not what was saved.
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}

/** True for a key the host may give (`draftKey`): AES-GCM, for both directions; exportable or not, it is never stored. */
export function isHostKey(value: unknown): value is CryptoKey {
  return (
    typeof CryptoKey === 'function' && value instanceof CryptoKey && value.type === 'secret' && value.algorithm.name === 'AES-GCM' &&
    value.usages.includes('encrypt') && value.usages.includes('decrypt')
  );
}

/** The id, in the keys store, of this device's key for naming drafts. Store ids are hex, so it cannot clash. */
export const namingKeyId = '#naming';

/**
 * The store id for a conversation's draft: HMAC-SHA-256 of its `draftId` under a key kept on this device,
 * as hex. The host's id (an appraisal number, a name) is never written to storage; without the naming key
 * nobody can tell from storage which conversation a draft belongs to.
 */
export async function storeIdFor(db: IDBDatabase, draftId: string, source: Crypto | undefined = globalThis.crypto): Promise<string> {
  const subtle = subtleOf(source);
  const fresh = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const key = await keepFirst(db, namingKeyId, fresh, (k) => k instanceof CryptoKey && k.algorithm.name === 'HMAC');
  const mac = await subtle.sign('HMAC', key, utf8(`wcg-draft-id:${draftId}`));
  return hex(mac);
}

/** A one-way digest of a draft id, carried inside drafts so that one is never restored into another conversation. */
export async function conversationDigest(draftId: string, source: Crypto | undefined = globalThis.crypto): Promise<string> {
  return hex(await subtleOf(source).digest('SHA-256', utf8(`wcg-conversation:${draftId}`)));
}

/** True for a key of the kind `generateKey` makes: AES-GCM, for both directions, never exportable. */
export function isAesKey(value: unknown): value is CryptoKey {
  return (
    typeof CryptoKey === 'function' && value instanceof CryptoKey && !value.extractable && value.algorithm.name === 'AES-GCM' &&
    value.usages.includes('encrypt') && value.usages.includes('decrypt')
  );
}

function utf8(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
}

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}
