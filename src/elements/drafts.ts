// Keeping drafts (`persist="session"` or `"host"`): the draft format and its checks, the session store with its
// encryption and tab lock. One file, fetched only by a conversation asked to keep drafts, as it starts: a page that
// keeps none never downloads it, and one that keeps session drafts waits for one file, not a chain of them.
// It imports the package's module (src/index.ts, which registers nothing), as every file fetched on demand does:
// that costs nothing once the main file has run, and lets the build keep everything the main file needs in one
// chunk, not one for each file sharing some of it.
import '../index.js';

export { Drafts } from '../../components/conversation/drafts.js';
