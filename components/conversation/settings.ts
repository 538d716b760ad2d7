import { crisisDirectories } from '../../src/content/crisis.js';
import { parseTrustConfig } from '../../src/content/parse-trust-config.js';
import { defaultTrustConfig, type ParseIssue, type TrustConfig } from '../../src/content/trust-config.js';
import { sourceResources } from '../../src/i18n/resources.js';
import { allKeys } from '../../src/i18n/trust-text.js';
import { fetchSameOrigin, refusalMessage } from '../../src/fetch/same-origin.js';

const crisisEntryIds = [...new Set(Object.values(crisisDirectories).flatMap((d) => d.entries.map((e) => e.id)))];
const overrideKeys = allKeys(sourceResources);

/** A trust's settings after checking, with what was wrong; on errors the standard settings are used. */
export interface LoadedSettings {
  config: TrustConfig;
  errors: ParseIssue[];
  warnings: ParseIssue[];
}

/**
 * Reads the trust's settings from the `.config` object, else from `config-src` on the host's own origin,
 * and checks them. Never throws: a file that cannot be fetched or parsed is reported like any other error.
 */
export async function loadSettings(config: unknown, configSrc: string): Promise<LoadedSettings> {
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
  if (input === undefined) return { config: defaultTrustConfig(), errors: [], warnings: [] };
  const result = parseTrustConfig(input, { crisisEntryIds, overrideKeys });
  return result.ok
    ? { config: result.value, errors: [], warnings: result.warnings }
    : { config: defaultTrustConfig(), errors: result.errors, warnings: result.warnings };
}

const notLoaded = (configSrc: string) => `could not be loaded from ${configSrc}: it is missing, on another site, or not JSON`;

function failed(message: string): LoadedSettings {
  return { config: defaultTrustConfig(), errors: [{ path: 'config-src', message }], warnings: [] };
}
