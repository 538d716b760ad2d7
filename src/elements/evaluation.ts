// The evaluation payload, fetched only by a conversation with `evaluation`.
// Importing the main file's own module too costs nothing once it has run, and lets the build put everything the
// main file needs in one chunk rather than in one for each file that shares some of it.
import '../register.js';

export { evaluationToSend } from '../record/evaluation.js';
