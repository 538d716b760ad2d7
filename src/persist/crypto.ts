// Drafts are encrypted at rest with AES-GCM-256 under a key the page can use but never read: the key is
// made non-extractable and stored as a CryptoKey object in IndexedDB (a structured clone stays
// non-extractable), so its bytes are never in reach of script: not the host page's, not ours.

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
  const fresh = await generateKey(source);
  return new Promise<CryptoKey>((resolve, reject) => {
    const tx = db.transaction(keyStoreName, 'readwrite');
    const store = tx.objectStore(keyStoreName);
    let key: CryptoKey = fresh;
    const get = store.get(keyId);
    get.onsuccess = () => {
      if (isAesKey(get.result)) key = get.result;
      else store.put(fresh, keyId);
    };
    tx.oncomplete = () => resolve(key);
    tx.onerror = () => reject(tx.error ?? new DOMException('The key could not be stored', 'UnknownError'));
    tx.onabort = () => reject(tx.error ?? new DOMException('The key could not be stored', 'AbortError'));
  });
}

/** Encrypts `plaintext` (as UTF-8) with a fresh random 12-byte IV: an IV is never used twice with a key. */
export async function encrypt(key: CryptoKey, plaintext: string, source: Crypto | undefined = globalThis.crypto): Promise<EncryptedData> {
  const subtle = subtleOf(source);
  const iv = source!.getRandomValues(new Uint8Array(ivLength));
  const data = await subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plaintext));
  return { iv, data };
}

/** Decrypts what `encrypt` made; rejects (an `OperationError`) when the data or IV was changed or the key is another. */
export async function decrypt(key: CryptoKey, encrypted: EncryptedData, source?: Crypto): Promise<string> {
  const plain = await subtleOf(source).decrypt({ name: 'AES-GCM', iv: encrypted.iv }, key, encrypted.data);
  // fatal: bytes that are not UTF-8 mean the data is not what was saved.
  return new TextDecoder('utf-8', { fatal: true }).decode(plain);
}

/** True for a key of the kind `generateKey` makes: AES-GCM, for both directions, never exportable. */
export function isAesKey(value: unknown): value is CryptoKey {
  return (
    typeof CryptoKey === 'function' && value instanceof CryptoKey && !value.extractable && value.algorithm.name === 'AES-GCM' &&
    value.usages.includes('encrypt') && value.usages.includes('decrypt')
  );
}
