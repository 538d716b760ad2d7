import { crisisDirectories } from '../../src/content/crisis.js';
import { parseTrustConfig } from '../../src/content/parse-trust-config.js';
import { defaultTrustConfig, type ParseIssue, type TrustConfig } from '../../src/content/trust-config.js';
import { sourceResources } from '../../src/i18n/resources.js';
import { allKeys } from '../../src/i18n/trust-text.js';

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
      const url = new URL(configSrc, document.baseURI);
      // The guide asks no other site for anything (DESIGN.md, privacy): settings come from the host's own site.
      if (url.origin !== location.origin) return failed('is on another website; the settings must come from this website');
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) return failed(`could not be loaded from ${configSrc} (HTTP ${response.status})`);
      input = await response.json();
    } catch {
      return failed(`could not be loaded from ${configSrc}: it is missing, on another site, or not JSON`);
    }
  }
  if (input === undefined) return { config: defaultTrustConfig(), errors: [], warnings: [] };
  const result = parseTrustConfig(input, { crisisEntryIds, overrideKeys });
  return result.ok
    ? { config: result.value, errors: [], warnings: result.warnings }
    : { config: defaultTrustConfig(), errors: result.errors, warnings: result.warnings };
}

function failed(message: string): LoadedSettings {
  return { config: defaultTrustConfig(), errors: [{ path: 'config-src', message }], warnings: [] };
}
