import { defaultTrustConfig } from '../../src/content/trust-config.js';
import { fetchSameOrigin, refusalMessage } from '../../src/fetch/same-origin.js';
import type { CheckedConfig } from '../../src/i18n/check-config.js';
import { checkConfigWithoutText, rewordsText } from '../../src/i18n/check-config-lazily.js';

/**
 * Reads the trust's config from the `.config` object, else from `config-src` on the host's own origin,
 * and checks them. Never throws: a file that cannot be fetched or parsed is reported like any other error.
 */
export async function loadConfig(config: unknown, configSrc: string): Promise<CheckedConfig> {
  let input = config;
  if (input === undefined && configSrc) {
    try {
      // The guide asks no other site for anything (docs/design.md, privacy): config comes from the host's own site.
      const fetched = await fetchSameOrigin(new URL(configSrc, document.baseURI));
      if (!fetched.ok) return failed(fetched.reason === 'failed' ? notLoaded(configSrc) : refusalMessage(fetched.reason, 'config'));
      if (!fetched.response.ok) return failed(`could not be loaded from ${configSrc} (HTTP ${fetched.response.status})`);
      input = await fetched.response.json();
    } catch {
      return failed(notLoaded(configSrc));
    }
  }
  // A config that rewords the guide's text is checked against every key of it, which only then is fetched.
  if (!rewordsText(input)) return checkConfigWithoutText(input);
  try {
    return (await import('../../src/elements/config-check.js')).configOrDefaults(input);
  } catch {
    return failed('could not be checked: the file that checks its wording could not be downloaded');
  }
}

const notLoaded = (configSrc: string) => `could not be loaded from ${configSrc}: it is missing, on another site, or not JSON`;

function failed(message: string): CheckedConfig {
  return { config: defaultTrustConfig(), errors: [{ path: 'config-src', message }], warnings: [] };
}
