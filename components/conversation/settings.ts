import { defaultTrustConfig } from '../../src/content/trust-config.js';
import { fetchSameOrigin, refusalMessage } from '../../src/fetch/same-origin.js';
import { settingsOrDefaults, type CheckedSettings } from '../../src/i18n/check-settings.js';

/**
 * Reads the trust's settings from the `.config` object, else from `config-src` on the host's own origin,
 * and checks them. Never throws: a file that cannot be fetched or parsed is reported like any other error.
 */
export async function loadSettings(config: unknown, configSrc: string): Promise<CheckedSettings> {
  let input = config;
  if (input === undefined && configSrc) {
    try {
      // The guide asks no other site for anything (docs/design.md, privacy): settings come from the host's own site.
      const fetched = await fetchSameOrigin(new URL(configSrc, document.baseURI));
      if (!fetched.ok) return failed(fetched.reason === 'failed' ? notLoaded(configSrc) : refusalMessage(fetched.reason, 'settings'));
      if (!fetched.response.ok) return failed(`could not be loaded from ${configSrc} (HTTP ${fetched.response.status})`);
      input = await fetched.response.json();
    } catch {
      return failed(notLoaded(configSrc));
    }
  }
  return settingsOrDefaults(input);
}

const notLoaded = (configSrc: string) => `could not be loaded from ${configSrc}: it is missing, on another site, or not JSON`;

function failed(message: string): CheckedSettings {
  return { config: defaultTrustConfig(), errors: [{ path: 'config-src', message }], warnings: [] };
}
