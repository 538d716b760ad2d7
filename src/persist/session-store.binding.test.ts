import { expect } from '@open-wc/testing';
import { createDraft } from './draft.js';
import { sweepExpiredDrafts } from './session-start.js';
import type { StoredDraft } from './session-store.js';
import { filledContext, readRaw, useSessionStores, writeRaw } from './test-helpers.js';

const hour = 3_600_000;
const t0 = Date.UTC(2026, 10, 26, 9, 0);

describe('SessionDraftStore: what the encryption binds', () => {
  const stores = useSessionStores(t0);

  it('refuses a draft whose expiry was changed on disk, and deletes it', async () => {
    const store = stores.makeStore();
    await store.save(createDraft(filledContext(), t0));
    const { draft } = await readRaw(store.storeId);
    // Someone with the disk pushes the expiry back by an hour, still within the longest life.
    await writeRaw(store.storeId, { ...(draft as StoredDraft), expiresAt: (draft as StoredDraft).expiresAt + hour });
    expect(await store.load()).to.deep.equal({ ok: false, fault: { kind: 'corrupt' } });
    expect((await readRaw(store.storeId)).draft).to.equal(undefined);
  });

  it('refuses a draft moved under another conversation’s id, even under the same host key', async () => {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const from = stores.makeStore({ key: () => Promise.resolve(key) });
    const to = stores.makeStore({ key: () => Promise.resolve(key) });
    await from.save(createDraft(filledContext('FROM'), t0));
    await to.save(createDraft(filledContext('TO'), t0));
    const moved = (await readRaw(from.storeId)).draft;
    await writeRaw(to.storeId, moved);
    expect(await to.load()).to.deep.equal({ ok: false, fault: { kind: 'corrupt' } });
  });

  it('encrypts under the host’s key and keeps no key of its own', async () => {
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
    const store = stores.makeStore({ key: () => Promise.resolve(key) });
    expect(await store.save(createDraft(filledContext(), t0))).to.deep.equal({ ok: true });
    expect((await readRaw(store.storeId)).key).to.equal(undefined);
    const reloaded = stores.makeStore({ key: () => Promise.resolve(key) }, store.storeId);
    expect((await reloaded.load()).ok).to.equal(true);
    const other = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const wrongKey = stores.makeStore({ key: () => Promise.resolve(other) }, store.storeId);
    expect(await wrongKey.load()).to.deep.equal({ ok: false, fault: { kind: 'corrupt' } });
  });

  it('reports a host key it cannot use as a key fault, and saves nothing', async () => {
    const hmac = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    for (const key of [() => Promise.reject(new Error('signed out')), () => Promise.resolve(hmac), () => Promise.resolve('not a key')]) {
      const store = stores.makeStore({ key: key as () => Promise<CryptoKey> });
      expect(await store.save(createDraft(filledContext(), t0))).to.deep.equal({ ok: false, fault: { kind: 'key' } });
      expect(await readRaw(store.storeId)).to.deep.equal({ draft: undefined, key: undefined });
    }
  });

  it('sweeps every expired draft on start-up, not only this conversation’s', async () => {
    const hexId = () => Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, '0')).join('');
    const old = stores.makeStore({}, hexId());
    const live = stores.makeStore({}, hexId());
    await old.save(createDraft(filledContext(), t0));
    stores.clock = t0 + 6 * hour;
    await live.save(createDraft(filledContext(), t0));
    stores.clock = t0 + 9 * hour;
    await sweepExpiredDrafts({ now: () => stores.clock });
    expect(await readRaw(old.storeId)).to.deep.equal({ draft: undefined, key: undefined });
    expect((await readRaw(live.storeId)).draft).not.to.equal(undefined);
  });
});
