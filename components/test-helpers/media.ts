import { executeServerCommand } from '@web/test-runner-commands';

// Rendering for paper or in forced colours (Windows high contrast), as the browser really does it, through the
// test runner's `wcg-emulate-media` command (scripts/media-emulation-plugin.mjs).

/** What to render as: `print` or the screen, and forced colours on or off. Left out: as normal. */
export interface EmulatedMedia {
  readonly media?: 'print' | 'screen';
  readonly forcedColors?: 'active' | 'none';
}

/**
 * Only Chromium can be told to render this way (Firefox's and WebKitGTK's drivers have no such command), so tests
 * that need it are registered in Chromium alone rather than skipped elsewhere.
 */
export const canEmulateMedia = /Chrome\//.test(navigator.userAgent);

/** Renders the test page as `media` says until told otherwise; `emulateMedia({})` goes back to a normal screen. */
export async function emulateMedia(media: EmulatedMedia): Promise<void> {
  await executeServerCommand('wcg-emulate-media', media);
}
