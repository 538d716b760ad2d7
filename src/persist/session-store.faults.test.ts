import { expect } from '@open-wc/testing';
import { createDraft, parseDraft } from './draft.js';
import type { LoadResult, StoreResult } from './draft-store.js';
import type { SessionDraftStoreOptions, StoredDraft } from './session-store.js';
import { filledContext, readRaw, useSessionStores, writeRaw } from './test-helpers.js';

// Every storage fault is answered as { ok: false, fault }, never thrown, and the store carries on after it.

const t0 = Date.UTC(2026, 10, 26, 9, 0);

function expectFault(result: StoreResult | LoadResult, kind: string): void {
  expect(result).to.deep.equal({ ok: false, fault: { kind } });
}

// An IndexedDB whose open() hands back a request that fails, blocks or never answers.
function fakeIndexedDB(behaviour: 'error' | 'blocked' | 'silent' | 'throws'): () => IDBFactory {
  return () => ({
    open() {
      if (behaviour === 'throws') throw new DOMException('closing', 'InvalidStateError');
      const request = {} as { onerror?: () => void; onblocked?: () => void; error: DOMException | null };
      request.error = new DOMException('refused', 'UnknownError');
      if (behaviour === 'error') setTimeout(() => request.onerror?.());
      if (behaviour === 'blocked') setTimeout(() => request.onblocked?.());
      return request;
    },
  }) as unknown as IDBFactory;
}

describe('SessionDraftStore faults', () => {
  const stores = useSessionStores(t0);
  const makeStore = stores.makeStore.bind(stores);

  it('reports changed ciphertext or a broken record as corrupt, deletes it, and carries on', async () => {
    const store = makeStore();
    await store.save(createDraft(filledContext(), t0));
    const record = (await readRaw(store.storeId)).draft as StoredDraft;
    const data = new Uint8Array(record.data.slice(0));
    data[10] ^= 0xff;
    await writeRaw(store.storeId, { ...record, data: data.buffer });
    expectFault(await store.load(), 'corrupt');
    expect((await readRaw(store.storeId)).draft).to.equal(undefined);
    expect(await store.load()).to.deep.equal({ ok: true, draft: null });
    for (const broken of ['text', { ...record, iv: new Uint8Array(3) }, { ...record, data: 'x' }, { iv: record.iv, data: record.data }]) {
      await store.save(createDraft(filledContext(), t0));
      await writeRaw(store.storeId, broken);
      expectFault(await store.load(), 'corrupt');
    }
    expect(await store.save(createDraft(filledContext(), t0))).to.deep.equal({ ok: true });
    expect((await store.load()).ok).to.equal(true);
  });

  it('reports missing or refusing IndexedDB as unavailable, and a refused origin as security', async () => {
    const draft = createDraft(filledContext(), t0);
    const unavailable: SessionDraftStoreOptions['indexedDB'][] = [
      () => undefined, () => { throw new Error('no'); }, fakeIndexedDB('throws'), fakeIndexedDB('error'), fakeIndexedDB('blocked'), fakeIndexedDB('silent'),
    ];
    for (const indexedDB of unavailable) {
      const store = makeStore({ indexedDB, openTimeoutMs: 50 });
      expectFault(await store.save(draft), 'unavailable');
      expectFault(await store.load(), 'unavailable');
      expectFault(await store.wipe(), 'unavailable');
    }
    const refused = makeStore({ indexedDB: () => { throw new DOMException('denied', 'SecurityError'); } });
    expectFault(await refused.save(draft), 'security');
  });

  it('reports a page without WebCrypto as unavailable', async () => {
    for (const source of [() => undefined, () => ({}) as Crypto]) {
      const store = makeStore({ crypto: source });
      expectFault(await store.save(createDraft(filledContext(), t0)), 'unavailable');
      expectFault(await store.load(), 'unavailable');
    }
  });

  it('reports a draft that is not JSON as corrupt, and keeps the last good one', async () => {
    const store = makeStore();
    await store.save(createDraft(filledContext('GOOD'), t0));
    const cyclic = createDraft(filledContext(), t0) as unknown as Record<string, unknown>;
    cyclic.self = cyclic;
    expectFault(await store.save(cyclic as never), 'corrupt');
    const loaded = await store.load();
    const restored = parseDraft(loaded.ok ? loaded.draft : null);
    expect(restored.ok && restored.value.context.agreed.checkIn).to.equal('GOOD agreed wording');
  });

  it('reports a full disk as quota and keeps the last saved draft', async () => {
    const store = makeStore();
    await store.save(createDraft(filledContext('FIRST'), t0));
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = () => { throw new DOMException('full', 'QuotaExceededError'); };
    let result: StoreResult | undefined;
    try {
      result = await store.save(createDraft(filledContext('SECOND'), t0));
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expectFault(result!, 'quota');
    const loaded = await store.load();
    const restored = parseDraft(loaded.ok ? loaded.draft : null);
    expect(restored.ok && restored.value.context.agreed.checkIn).to.equal('FIRST agreed wording');
  });
});
