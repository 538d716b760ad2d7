import { expect } from '@open-wc/testing';
import { createDraft, parseDraft } from './draft.js';
import type { StoredDraft } from './session-store.js';
import { filledContext, restorable, readRaw, useSessionStores } from './test-helpers.js';

const hour = 3_600_000;
const t0 = Date.UTC(2026, 10, 26, 9, 0);
const marker = 'PLAINTEXT-MARKER-7f3a';

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function utf16(text: string): Uint8Array {
  return new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer);
}

describe('SessionDraftStore', () => {
  const stores = useSessionStores(t0);
  const makeStore = stores.makeStore.bind(stores);

  it('gives back the saved draft, which restores the same context', async () => {
    const store = makeStore();
    const context = filledContext(marker);
    expect(await store.load()).to.deep.equal({ ok: true, draft: null });
    expect(await store.save(createDraft(context, t0))).to.deep.equal({ ok: true });
    const loaded = await store.load();
    const restored = parseDraft(loaded.ok ? loaded.draft : null, context.scriptVersion);
    expect(restored.ok && restored.value.context).to.deep.equal(restorable(context));
    // A second store with the same id (a reload) reads it too.
    const reloaded = await makeStore({}, store.storeId).load();
    expect(reloaded).to.deep.equal(loaded);
  });

  it('keeps only ciphertext in IndexedDB: the typed text is nowhere in the stored bytes', async () => {
    const store = makeStore();
    await store.save(createDraft(filledContext(marker), t0));
    const { draft } = await readRaw(store.storeId);
    const record = draft as StoredDraft;
    expect(Object.keys(record).sort()).to.deep.equal(['data', 'expiresAt', 'iv']);
    const bytes = new Uint8Array(record.data);
    expect(bytes.length).to.be.above(1000);
    for (const needle of [new TextEncoder().encode(marker), utf16(marker), new TextEncoder().encode(btoa(marker).slice(0, 16))]) {
      expect(contains(bytes, needle), 'marker found in the stored bytes').to.equal(false);
    }
    expect(contains(new TextEncoder().encode(JSON.stringify({ ...record, data: Array.from(bytes) })), new TextEncoder().encode(marker))).to.equal(false);
  });

  it('stores a key that cannot be exported, and a fresh IV on every save', async () => {
    const store = makeStore();
    const draft = createDraft(filledContext(marker), t0);
    await store.save(draft);
    const first = (await readRaw(store.storeId)).draft as StoredDraft;
    await store.save(draft);
    const { draft: second, key } = await readRaw(store.storeId);
    expect(Array.from((second as StoredDraft).iv)).to.not.deep.equal(Array.from(first.iv));
    expect(key).to.be.instanceOf(CryptoKey);
    expect((key as CryptoKey).extractable).to.equal(false);
    let exportError: unknown;
    await crypto.subtle.exportKey('raw', key as CryptoKey).catch((e: unknown) => (exportError = e));
    expect(exportError).to.have.property('name', 'InvalidAccessError');
  });

  it('treats a draft as gone once it expires, and deletes it', async () => {
    const store = makeStore();
    await store.save(createDraft(filledContext(), t0));
    expect((await readRaw(store.storeId)).draft).to.have.property('expiresAt', t0 + 8 * hour);
    stores.clock = t0 + 8 * hour - 1;
    const beforeExpiry = await store.load();
    expect(beforeExpiry.ok && beforeExpiry.draft).to.have.property('schemaVersion', 2);
    stores.clock = t0 + 8 * hour;
    expect(await store.load()).to.deep.equal({ ok: true, draft: null });
    expect(await readRaw(store.storeId)).to.deep.equal({ draft: undefined, key: undefined });
  });

  it('restarts the expiry on every save, keeps it within 1 to 24 hours, and distrusts a clock that went back', async () => {
    const cases: [number | undefined, number][] = [[undefined, 8], [2, 2], [0, 1], [-5, 1], [100, 24], [Number.NaN, 8]];
    for (const [expiryHours, hours] of cases) {
      const store = makeStore({ expiryHours });
      await store.save(createDraft(filledContext(), t0));
      expect((await readRaw(store.storeId)).draft).to.have.property('expiresAt', t0 + hours * hour);
    }
    const store = makeStore();
    await store.save(createDraft(filledContext(), t0));
    stores.clock = t0 + 5 * hour;
    await store.save(createDraft(filledContext(), t0));
    stores.clock = t0 + 12 * hour;
    expect((await store.load()).ok).to.equal(true);
    expect((await readRaw(store.storeId)).draft).to.not.equal(undefined);
    stores.clock = t0 - 20 * hour;
    expect(await store.load()).to.deep.equal({ ok: true, draft: null });
  });

  it('wipes the draft and its key, even when the wipe is asked for while a save is still running', async () => {
    const store = makeStore();
    await store.save(createDraft(filledContext(), t0));
    expect(await store.wipe()).to.deep.equal({ ok: true });
    expect(await readRaw(store.storeId)).to.deep.equal({ draft: undefined, key: undefined });
    const saving = store.save(createDraft(filledContext(), t0));
    const wiping = store.wipe();
    expect(await Promise.all([saving, wiping])).to.deep.equal([{ ok: true }, { ok: true }]);
    expect(await store.load()).to.deep.equal({ ok: true, draft: null });
  });

  it('writes only the newest of several saves asked for at once: one encryption, one write', async () => {
    let encryptions = 0;
    const subtle = crypto.subtle;
    const counting = {
      getRandomValues: (array: Uint8Array) => crypto.getRandomValues(array),
      subtle: {
        encrypt: (...args: Parameters<SubtleCrypto['encrypt']>) => {
          encryptions++;
          return subtle.encrypt(...args);
        },
        decrypt: (...args: Parameters<SubtleCrypto['decrypt']>) => subtle.decrypt(...args),
        generateKey: (...args: Parameters<SubtleCrypto['generateKey']>) => subtle.generateKey(...args),
      },
    } as unknown as Crypto;
    const store = makeStore({ crypto: () => counting });
    await store.save(createDraft(filledContext('FIRST'), t0));
    encryptions = 0;
    const saves = ['SECOND', 'THIRD', 'FOURTH'].map((mark) => store.save(createDraft(filledContext(mark), t0)));
    expect(await Promise.all(saves)).to.deep.equal([{ ok: true }, { ok: true }, { ok: true }]);
    expect(encryptions).to.equal(1);
    const restored = parseDraft((await makeStore({}, store.storeId).load() as { draft: unknown }).draft);
    expect(restored.ok && restored.value.context.agreed.checkIn).to.equal('FOURTH agreed wording');
  });

  it('keeps the draft and its key a matching pair when another store with the same id wiped them meanwhile', async () => {
    const store = makeStore();
    await store.save(createDraft(filledContext('FIRST'), t0));
    // Another tab discards the draft while this one carries on.
    await makeStore({}, store.storeId).wipe();
    expect(await store.save(createDraft(filledContext('SECOND'), t0))).to.deep.equal({ ok: true });
    const loaded = await makeStore({}, store.storeId).load();
    const restored = parseDraft(loaded.ok ? loaded.draft : null);
    expect(restored.ok && restored.value.context.agreed.checkIn).to.equal('SECOND agreed wording');
  });

  it('reopens after the browser closes its connection', async () => {
    const store = makeStore();
    await store.save(createDraft(filledContext(), t0));
    store.close();
    expect((await store.load()).ok).to.equal(true);
  });
});
