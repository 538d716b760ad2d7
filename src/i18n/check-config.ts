import { readOwn, isRecord } from '../base/parse-values.js';
import { parseTrustConfig } from '../content/parse-trust-config.js';
import { defaultTrustConfig, type ParseIssue, type ParseResult, type ParseTrustConfigOptions, type TrustConfig } from '../content/trust-config.js';
import { conversationSourceResources } from './conversation-source-resources.js';
import { crisisEntryIds } from './check-config-lazily.js';
import { namespaceNames, sourceLanguage } from './resources.js';
import { allKeys } from './trust-text.js';

// Every key of the en-GB text, walked once and only when a config is first checked: not while the page loads.
let overrideKeys: ReadonlySet<string> | undefined;

/** What the guide knows that a bare parse does not: its crisis lines, and every text a trust may reword. */
export const guideConfigOptions: ParseTrustConfigOptions = {
  crisisEntryIds,
  get overrideKeys(): ReadonlySet<string> {
    return (overrideKeys ??= allKeys(conversationSourceResources));
  },
  namespaces: namespaceNames,
  sourceLanguage,
  sourceText,
};

// The en-GB text of `namespace:key.path`, read by own properties only (a trust's key could be `__proto__`).
function sourceText(key: string): string | undefined {
  const [ns = '', keyPath = ''] = key.split(':');
  let node: unknown = readOwn(conversationSourceResources, ns);
  for (const part of keyPath.split('.')) node = isRecord(node) ? readOwn(node, part) : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** A trust's config after checking, with what was wrong; on errors the standard config is used. */
export interface CheckedConfig {
  readonly config: TrustConfig;
  readonly errors: ParseIssue[];
  readonly warnings: ParseIssue[];
}

/**
 * Checks a trust's config as every element does, knowing the built-in crisis lines and the text a trust may
 * reword, so the config editor warns of exactly what the guide will.
 */
export function checkConfig(config: unknown): ParseResult<TrustConfig> {
  return parseTrustConfig(config, guideConfigOptions);
}

/** The config to use: `config` checked, or the standard config when it has errors or is absent; with every problem. */
export function configOrDefaults(config: unknown): CheckedConfig {
  if (config === undefined) return { config: defaultTrustConfig(), errors: [], warnings: [] };
  const result = checkConfig(config);
  return result.ok
    ? { config: result.value, errors: [], warnings: result.warnings }
    : { config: defaultTrustConfig(), errors: result.errors, warnings: result.warnings };
}
