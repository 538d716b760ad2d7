// The config check that knows every text a trust may reword, fetched only for a config with `overrides`.
// Importing the main file's own module too costs nothing once it has run, and lets the build put everything the
// main file needs in one chunk rather than in one for each file that shares some of it.
import '../register.js';

export { configOrDefaults } from '../i18n/check-config.js';
