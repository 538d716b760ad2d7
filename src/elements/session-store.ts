// The session store (persist="session"), fetched only by a conversation that keeps session drafts.
// It imports the package's module (src/index.ts, which registers nothing), as every file fetched on demand does:
// that costs nothing once the main file has run, and lets the build keep everything the main file needs in one
// chunk, not one for each file sharing some of it.
import '../index.js';

export * from '../persist/session.js';
