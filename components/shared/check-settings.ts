import { crisisDirectories } from '../../src/content/crisis.js';
import { parseTrustConfig } from '../../src/content/parse-trust-config.js';
import { defaultTrustConfig, type ParseIssue, type ParseResult, type TrustConfig } from '../../src/content/trust-config.js';
import { sourceResources } from '../../src/i18n/resources.js';
import { allKeys } from '../../src/i18n/trust-text.js';

const crisisEntryIds = [...new Set(Object.values(crisisDirectories).flatMap((d) => d.entries.map((e) => e.id)))];
const overrideKeys = allKeys(sourceResources);

/** A trust's settings after checking, with what was wrong; on errors the standard settings are used. */
export interface CheckedSettings {
  readonly config: TrustConfig;
  readonly errors: ParseIssue[];
  readonly warnings: ParseIssue[];
}

/**
 * Checks a trust's settings as every element does, knowing the built-in crisis lines and the text a trust may
 * reword, so the settings editor warns of exactly what the guide will.
 */
export function checkSettings(config: unknown): ParseResult<TrustConfig> {
  return parseTrustConfig(config, { crisisEntryIds, overrideKeys });
}

/** The settings to use: `config` checked, or the standard settings when it has errors or is absent; with every problem. */
export function settingsOrDefaults(config: unknown): CheckedSettings {
  if (config === undefined) return { config: defaultTrustConfig(), errors: [], warnings: [] };
  const result = checkSettings(config);
  return result.ok
    ? { config: result.value, errors: [], warnings: result.warnings }
    : { config: defaultTrustConfig(), errors: result.errors, warnings: result.warnings };
}
