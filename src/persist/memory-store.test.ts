import { expect } from '@open-wc/testing';
import { createDraft, parseDraft } from './draft.js';
import { MemoryDraftStore } from './memory-store.js';
import { filledContext, restorable, watchWebStorage } from './test-helpers.js';

const hour = 3_600_000;
const t0 = Date.UTC(2026, 10, 26, 9, 0);

describe('MemoryDraftStore', () => {
  let clock: number;
  let checkWebStorage: () => void;
  beforeEach(() => {
    clock = t0;
    checkWebStorage = watchWebStorage();
  });
  afterEach(() => checkWebStorage());

  it('gives back a copy of the saved draft, unchanged by later edits to the object saved', async () => {
    const store = new MemoryDraftStore('m1', { now: () => clock });
    expect(await store.load()).to.deep.equal({ ok: true, draft: null });
    const context = filledContext();
    const draft = createDraft(context, t0);
    expect(await store.save(draft)).to.deep.equal({ ok: true });
    draft.state.actions[0].text = 'changed after saving';
    const loaded = await store.load();
    const restored = parseDraft(loaded.ok ? loaded.draft : null);
    expect(restored.ok && restored.value.context).to.deep.equal(restorable(context));
    expect(loaded.ok && loaded.draft).to.not.equal(draft);
  });

  it('expires like the session store, within 1 to 24 hours, and wipes', async () => {
    const store = new MemoryDraftStore('m2', { now: () => clock, expiryHours: 30 });
    await store.save(createDraft(filledContext(), t0));
    clock = t0 + 24 * hour - 1;
    const beforeExpiry = await store.load();
    expect(beforeExpiry.ok && beforeExpiry.draft).to.have.property('schemaVersion', 2);
    clock = t0 + 24 * hour;
    expect(await store.load()).to.deep.equal({ ok: true, draft: null });
    await store.save(createDraft(filledContext(), t0));
    expect(await store.wipe()).to.deep.equal({ ok: true });
    expect(await store.load()).to.deep.equal({ ok: true, draft: null });
  });

  it('reports a draft that is not JSON as corrupt and keeps the last good one', async () => {
    const store = new MemoryDraftStore('m3', { now: () => clock });
    await store.save(createDraft(filledContext('GOOD'), t0));
    const cyclic = createDraft(filledContext(), t0) as unknown as Record<string, unknown>;
    cyclic.self = cyclic;
    expect(await store.save(cyclic as never)).to.deep.equal({ ok: false, fault: { kind: 'corrupt' } });
    const loaded = await store.load();
    const restored = parseDraft(loaded.ok ? loaded.draft : null);
    expect(restored.ok && restored.value.context.agreed.checkIn).to.equal('GOOD agreed wording');
  });
});
