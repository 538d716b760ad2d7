// The session store (persist="session"), fetched only by a conversation that keeps session drafts.
// Importing the main file's own module too costs nothing once it has run, and lets the build put everything the
// main file needs in one chunk rather than in one for each file that shares some of it.
import '../register.js';

export * from '../persist/session.js';
