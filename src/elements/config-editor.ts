// `<wcg-config-editor>` on its own, with the `<wcg-config-preview>` it shows beside its form, fetched when the tag
// is first used on a page (src/define.ts).
// It imports the package's module (src/index.ts, which registers nothing), as every file fetched on demand does:
// that costs nothing once the main file has run, and lets the build keep everything the main file needs in one
// chunk, not one for each file sharing some of it.
import '../index.js';
import { WcgErrorSummary } from '../../components/error-summary/error-summary.js';
import { WcgConfigEditor } from '../../components/config-editor/config-editor.js';
import { WcgConfigPreview } from '../../components/config-preview/config-preview.js';

export { WcgConfigEditor, WcgConfigPreview };

/** The tags this file brings, each with its class (the error summary too, which the conversation fetches later). */
export const elements = [['wcg-error-summary', WcgErrorSummary], ['wcg-config-editor', WcgConfigEditor], ['wcg-config-preview', WcgConfigPreview]] as const;
