// The session store (persist="session"): encrypted drafts in IndexedDB, their expiry and the lock that keeps one tab
// writing. A file of its own, fetched only by a conversation that keeps session drafts.
export { sessionStoreId, sweepExpiredDrafts } from './session-start.js';
export { SessionDraftStore } from './session-store.js';
export { TabLock } from './tab-lock.js';
