import { expect } from '@open-wc/testing';
import { CryptoUnavailableError, decrypt, encrypt, generateKey, getOrCreateKey, keyStoreName } from './crypto.js';
import { openDraftDatabase, pageIndexedDB, transact } from './idb.js';
import { watchWebStorage } from './test-helpers.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('crypto', () => {
  let db: IDBDatabase;
  let keyId: string;
  let checkWebStorage: () => void;

  beforeEach(async () => {
    checkWebStorage = watchWebStorage();
    db = await openDraftDatabase(pageIndexedDB);
    keyId = `crypto-test-${crypto.randomUUID()}`;
  });

  afterEach(async () => {
    await transact(db, [keyStoreName], 'readwrite', (tx) => {
      tx.objectStore(keyStoreName).delete(keyId);
      return () => undefined;
    });
    db.close();
    checkWebStorage();
  });

  it('decrypts what it encrypted, whatever the text', async () => {
    const key = await generateKey();
    const text = 'Notes: “sleep” 💤 — Cymraeg: ŵ ŷ, اردو, \u0000 and a lone \uD800';
    expect(await decrypt(key, await encrypt(key, text))).to.equal(text.replace('\uD800', '\uFFFD'));
  });

  it('uses a fresh 12-byte IV every time, so the same text never encrypts the same way', async () => {
    const key = await generateKey();
    const [first, second] = [await encrypt(key, 'same text'), await encrypt(key, 'same text')];
    expect(first.iv.byteLength).to.equal(12);
    expect(Array.from(first.iv)).to.not.deep.equal(Array.from(second.iv));
    expect(Array.from(new Uint8Array(first.data))).to.not.deep.equal(Array.from(new Uint8Array(second.data)));
  });

  it('keeps one non-extractable key per id in IndexedDB', async () => {
    const key = await getOrCreateKey(db, keyId);
    expect(key.extractable).to.equal(false);
    expect(key.algorithm).to.deep.include({ name: 'AES-GCM', length: 256 });
    for (const format of ['raw', 'jwk', 'pkcs8'] as const) {
      expect((await rejection(crypto.subtle.exportKey(format, key)) as DOMException).name).to.be.oneOf(['InvalidAccessError', 'NotSupportedError']);
    }
    // The same id gives the stored key back: what one encrypts, the other decrypts.
    const encrypted = await encrypt(key, 'kept');
    expect(await decrypt(await getOrCreateKey(db, keyId), encrypted)).to.equal('kept');
    const other = `${keyId}-other`;
    const otherKey = await getOrCreateKey(db, other);
    expect((await rejection(decrypt(otherKey, encrypted)) as DOMException).name).to.equal('OperationError');
    await transact(db, [keyStoreName], 'readwrite', (tx) => {
      tx.objectStore(keyStoreName).delete(other);
      return () => undefined;
    });
  });

  it('gives one key to two callers racing for the same id', async () => {
    const [a, b] = await Promise.all([getOrCreateKey(db, keyId), getOrCreateKey(db, keyId)]);
    expect(await decrypt(b, await encrypt(a, 'shared'))).to.equal('shared');
  });

  it('refuses changed ciphertext, a changed IV and a changed tag', async () => {
    const key = await generateKey();
    const encrypted = await encrypt(key, 'private note');
    const data = new Uint8Array(encrypted.data.slice(0));
    data[0] ^= 1;
    const iv = new Uint8Array(encrypted.iv);
    iv[11] ^= 1;
    const tag = new Uint8Array(encrypted.data.slice(0));
    tag[tag.length - 1] ^= 1;
    for (const changed of [{ iv: encrypted.iv, data: data.buffer }, { iv, data: encrypted.data }, { iv: encrypted.iv, data: tag.buffer }]) {
      expect((await rejection(decrypt(key, changed)) as DOMException).name).to.equal('OperationError');
    }
  });

  it('reports a page without WebCrypto as CryptoUnavailableError', async () => {
    const key = await generateKey();
    for (const source of [{} as Crypto, { subtle: undefined } as unknown as Crypto]) {
      expect(await rejection(encrypt(key, 'x', source))).to.be.instanceOf(CryptoUnavailableError);
      expect(await rejection(generateKey(source))).to.have.property('name', 'CryptoUnavailableError');
    }
  });
});
