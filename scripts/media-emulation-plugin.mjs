// A test-runner command that makes Chromium render as on paper or in forced colours (Windows high contrast):
// the styles really apply, as they would for a person, which `window.matchMedia` alone could not show.
//
// wtr's own `emulateMedia` hands puppeteer the features, and puppeteer refuses `forced-colors`; so this
// command speaks to Chromium over the DevTools protocol itself. Media type and features go in one call,
// since each call replaces what the last one set. Firefox (WebDriver BiDi) and WebKitGTK (classic WebDriver)
// have no way to emulate either, so the command refuses them; tests that need it run in Chromium only.
//
// In a test:  executeServerCommand('wcg-emulate-media', { media: 'print', forcedColors: 'active' })
// and         executeServerCommand('wcg-emulate-media', {})  to go back to a normal screen.

const media = new Set(['', 'screen', 'print']);
const forcedColors = new Set(['', 'none', 'active']);

/** The wtr plugin adding the `wcg-emulate-media` command (components/test-helpers/media.ts calls it). */
export function mediaEmulationPlugin() {
  /** One DevTools session per test page, opened on first use. */
  const sessions = new WeakMap();
  return {
    name: 'wcg-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'wcg-emulate-media') return undefined;
      const wanted = { media: payload?.media ?? '', forcedColors: payload?.forcedColors ?? '' };
      if (!media.has(wanted.media) || !forcedColors.has(wanted.forcedColors)) {
        throw new Error(`wcg-emulate-media: media is one of ${[...media].join(', ') || "''"}; forcedColors one of none, active, ''.`);
      }
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chromium') {
        throw new Error(`wcg-emulate-media: ${session.browser.name} cannot emulate print or forced colours; run this test in Chromium only.`);
      }
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        media: wanted.media,
        features: [{ name: 'forced-colors', value: wanted.forcedColors }],
      });
      return true;
    },
  };
}
