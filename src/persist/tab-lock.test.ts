import { expect } from '@open-wc/testing';
import { TabLock, type TabConflict, type TabLockOptions } from './tab-lock.js';
import { watchWebStorage } from './test-helpers.js';

// Two locks in one page stand for two tabs: BroadcastChannel delivers between different channel objects.

// The default settle time: long enough that a busy machine still delivers an answer within it.
const settled: TabLockOptions = {};

// Resolves with the next conflict the lock reports, or rejects after `ms`.
function nextConflict(lock: TabLock, ms = 2000): Promise<TabConflict> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no conflict reported')), ms);
    lock.onConflict = (conflict) => {
      clearTimeout(timer);
      resolve(conflict);
    };
  });
}

// Posts `messages` on a lock's channel from a stranger, and waits until the last has been delivered.
async function postFromStranger(storeId: string, messages: unknown[]): Promise<void> {
  const name = `wcg-drafts:${storeId}`;
  const [stranger, listener] = [new BroadcastChannel(name), new BroadcastChannel(name)];
  const sentinel = `done-${crypto.randomUUID()}`;
  const delivered = new Promise((resolve) => (listener.onmessage = (e: MessageEvent) => e.data === sentinel && resolve(undefined)));
  for (const message of [...messages, sentinel]) stranger.postMessage(message);
  await delivered;
  stranger.close();
  listener.close();
}

describe('TabLock', () => {
  const locks: TabLock[] = [];
  let id: string;
  let checkWebStorage: () => void;

  function lock(options: TabLockOptions = settled, storeId = id): TabLock {
    const made = new TabLock(storeId, options);
    locks.push(made);
    return made;
  }

  beforeEach(() => {
    id = `lock-${crypto.randomUUID()}`;
    checkWebStorage = watchWebStorage();
  });

  afterEach(() => {
    for (const made of locks.splice(0)) made.close();
    checkWebStorage();
  });

  it('owns the draft when no other tab has it open', async () => {
    const only = lock();
    expect(only.isOwner).to.equal(false);
    expect(await only.ready).to.equal(true);
    expect(only.isOwner).to.equal(true);
  });

  it('tells the newer tab, not the older, that the draft is already open', async () => {
    const older = lock();
    await older.ready;
    let olderConflicts = 0;
    older.onConflict = () => olderConflicts++;
    const newer = lock();
    const conflict = nextConflict(newer);
    expect(await newer.ready).to.equal(false);
    expect(await conflict).to.deep.equal({ reason: 'alreadyOpen' });
    expect([older.isOwner, newer.isOwner, olderConflicts]).to.deep.equal([true, false, 0]);
  });

  it('lets the newer tab take over, and tells the older one', async () => {
    const older = lock();
    await older.ready;
    const newer = lock();
    await newer.ready;
    const lost = nextConflict(older);
    newer.takeOver();
    expect(await lost).to.deep.equal({ reason: 'takenOver' });
    expect([older.isOwner, newer.isOwner]).to.deep.equal([false, true]);
    // A third tab now meets the new owner.
    const third = lock();
    expect(await third.ready).to.equal(false);
    expect(newer.isOwner).to.equal(true);
  });

  it('tells a waiting tab when the owner leaves', async () => {
    const older = lock();
    await older.ready;
    const newer = lock();
    await newer.ready;
    const left = new Promise<void>((resolve) => (newer.onOwnerLeft = resolve));
    older.close();
    await left;
    expect(newer.isOwner).to.equal(false);
    newer.takeOver();
    expect(newer.isOwner).to.equal(true);
  });

  it('gives exactly one owner when two tabs open at the same moment', async () => {
    const [a, b] = [lock(), lock()];
    const owners = await Promise.all([a.ready, b.ready]);
    expect(owners.filter(Boolean)).to.have.length(1);
    expect([a.isOwner, b.isOwner]).to.deep.equal(owners);
  });

  it('never conflicts over different store ids', async () => {
    const a = lock(settled, `${id}-a`);
    const b = lock(settled, `${id}-b`);
    expect(await Promise.all([a.ready, b.ready])).to.deep.equal([true, true]);
  });

  it('ignores messages of another shape on its channel', async () => {
    const only = lock();
    await only.ready;
    await postFromStranger(id, [null, 'takeover', { type: 'takeover' }, { type: 'takeover', tab: 'x', at: 'now', epoch: 1 }, { type: 'bogus', tab: 'x', at: 1, epoch: 0 }]);
    expect(only.isOwner).to.equal(true);
  });

  it('owns at once, and does nothing, without BroadcastChannel', async () => {
    for (const createChannel of [() => undefined, () => { throw new DOMException('no', 'SecurityError'); }]) {
      const alone = lock({ createChannel });
      expect(alone.isOwner).to.equal(true);
      expect(await alone.ready).to.equal(true);
      alone.takeOver();
      alone.close();
      expect(alone.isOwner).to.equal(false);
    }
  });
});
