// `<wcg-config-editor>` on its own, with the `<wcg-config-preview>` it shows beside its form, fetched when the tag
// is first used on a page (src/define.ts). Importing it registers nothing.
import { WcgErrorSummary } from '../../components/error-summary/error-summary.js';
import { WcgConfigEditor } from '../../components/config-editor/config-editor.js';
import { WcgConfigPreview } from '../../components/config-preview/config-preview.js';

export { WcgConfigEditor, WcgConfigPreview };

/** The tags this file brings, each with its class (the error summary too, which the conversation fetches later). */
export const elements = [['wcg-error-summary', WcgErrorSummary], ['wcg-config-editor', WcgConfigEditor], ['wcg-config-preview', WcgConfigPreview]] as const;
