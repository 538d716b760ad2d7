// The reader of a stored record, fetched only by a conversation given a `.previousRecord`.
// Importing the main file's own module too costs nothing once it has run, and lets the build put everything the
// main file needs in one chunk rather than in one for each file that shares some of it.
import '../register.js';

export { parseRecord, previousActionsFrom } from '../record/parse-record.js';
