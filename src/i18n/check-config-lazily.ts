import { isRecord, readOwn } from '../base/parse-values.js';
import { crisisDirectories } from '../content/crisis.js';
import { parseTrustConfig } from '../content/parse-trust-config.js';
import { defaultTrustConfig, type ParseResult, type TrustConfig } from '../content/trust-config.js';
import type { CheckedConfig } from './check-config.js';
import { namespaceNames, sourceLanguage } from './resources.js';

/** Every built-in crisis line's id, which a trust's crisis notes may name. */
export const crisisEntryIds: readonly string[] = [...new Set(Object.values(crisisDirectories).flatMap((d) => d.entries.map((e) => e.id)))];

/**
 * The config to use, checked as `configOrDefaults` (src/i18n/check-config.ts) checks it, without the en-GB text of
 * every stage in the main file: a config that rewords the guide's text (`overrides`) is checked against every key,
 * so only then is that text, and the checker that knows it, fetched.
 */
export async function checkConfigLazily(config: unknown): Promise<CheckedConfig> {
  if (config === undefined) return { config: defaultTrustConfig(), errors: [], warnings: [] };
  if (isRecord(config) && readOwn(config, 'overrides') !== undefined) {
    const { configOrDefaults } = await import('./check-config.js');
    return configOrDefaults(config);
  }
  return checked(parseTrustConfig(config, { crisisEntryIds, namespaces: namespaceNames, sourceLanguage }));
}

function checked(result: ParseResult<TrustConfig>): CheckedConfig {
  return result.ok
    ? { config: result.value, errors: [], warnings: result.warnings }
    : { config: defaultTrustConfig(), errors: result.errors, warnings: result.warnings };
}
