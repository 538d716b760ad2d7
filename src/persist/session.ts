// The session store (persist="session"): encrypted drafts in IndexedDB, their expiry and the lock that keeps one tab
// writing. In the drafts file (src/elements/drafts.ts), fetched only by a conversation that keeps drafts.
export { sessionStoreId, sweepExpiredDrafts } from './session-start.js';
export { SessionDraftStore } from './session-store.js';
export { TabLock } from './tab-lock.js';
