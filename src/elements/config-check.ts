// The config check that knows every text a trust may reword, fetched only for a config with `overrides`.
// It imports the package's module (src/index.ts, which registers nothing), as every file fetched on demand does:
// that costs nothing once the main file has run, and lets the build keep everything the main file needs in one
// chunk, not one for each file sharing some of it.
import '../index.js';

export { configOrDefaults } from '../i18n/check-config.js';
