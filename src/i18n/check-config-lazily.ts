import { isRecord, readOwn } from '../base/parse-values.js';
import { crisisDirectories } from '../content/crisis.js';
import { parseTrustConfig } from '../content/parse-trust-config.js';
import { defaultTrustConfig, type ParseResult, type TrustConfig } from '../content/trust-config.js';
import type { CheckedConfig } from './check-config.js';
import { namespaceNames, sourceLanguage } from './resources.js';

/** Every built-in crisis line's id, which a trust's crisis notes may name. */
export const crisisEntryIds: readonly string[] = [...new Set(Object.values(crisisDirectories).flatMap((d) => d.entries.map((e) => e.id)))];

/**
 * True when a config rewords the guide's own text (`overrides`): it must then be checked against every key of the
 * en-GB text, by `configOrDefaults` (src/i18n/check-config.ts), which carries that text.
 */
export function rewordsText(config: unknown): boolean {
  return isRecord(config) && readOwn(config, 'overrides') !== undefined;
}

/**
 * The config to use, checked exactly as `configOrDefaults` checks it, for a config that rewords none of the guide's
 * text (`rewordsText` is false): without the en-GB text of every stage, which the main file leaves out.
 */
export function checkConfigWithoutText(config: unknown): CheckedConfig {
  if (config === undefined) return { config: defaultTrustConfig(), errors: [], warnings: [] };
  return checked(parseTrustConfig(config, { crisisEntryIds, namespaces: namespaceNames, sourceLanguage }));
}

function checked(result: ParseResult<TrustConfig>): CheckedConfig {
  return result.ok
    ? { config: result.value, errors: [], warnings: result.warnings }
    : { config: defaultTrustConfig(), errors: result.errors, warnings: result.warnings };
}
