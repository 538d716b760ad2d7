import { builtInTopicIds, type LocalisedText, type Nation, type Service, type ServiceCategory } from './types.js';
export type { ParseIssue, ParseResult } from '../base/parse-result.js';
export { formatIssue } from '../base/parse-result.js';

/** The words of a trust's own topic in one language, each shown as text. */
export interface ExtraTopicText {
  readonly name: string;
  readonly description?: string;
  readonly prompt: string;
  readonly gentler: string;
  readonly followUps: readonly string[];
  readonly listenFor: readonly string[];
  readonly avoid: readonly string[];
  readonly culturalNote?: string;
}

/** A topic a trust adds beside the built-in ones, with its text per language (always `en-GB`). */
export interface ExtraTopic {
  readonly id: string;
  readonly services: readonly ServiceCategory[];
  readonly text: Readonly<Record<string, ExtraTopicText>>;
}

/**
 * A trust's note on one national crisis line, shown under it labelled as the trust's. National numbers, web
 * addresses and opening times are fixed: a trust adds its own lines as services or its escalation contact.
 */
export interface CrisisOverride {
  readonly id: string;
  readonly note?: LocalisedText;
}

/** The trust's own escalation contact, shown in the safety steps. */
export interface EscalationContact {
  readonly name: LocalisedText;
  readonly description?: LocalisedText;
  readonly phone?: string;
  readonly email?: string;
  readonly url?: string;
}

/** Replacement text per language, keyed `namespace:key.path`: `{ "en-GB": { "common:title": "…" } }`. */
export type TextOverrides = Readonly<Record<string, Readonly<Record<string, string>>>>;

/**
 * The trust's config file as its HR team writes it (docs/trust-config.schema.json), which is also what a host page
 * sets as an element's `config`: only `organisation` is required. The elements check it again when they use it,
 * so a value that slips past these types (a file read at run time) is still reported, never trusted.
 */
export interface TrustConfigFile {
  /** Always 1 for now; may be left out. */
  readonly schemaVersion?: 1;
  readonly organisation: LocalisedText;
  readonly nation?: Nation;
  /** Topic ids to show first, in this order, and the ones turned off. */
  readonly topics?: { readonly order?: readonly string[]; readonly disabled?: readonly string[] };
  readonly extraTopics?: readonly {
    readonly id: string;
    readonly services?: readonly ServiceCategory[];
    /** The topic's words per language (always `en-GB`); the lists may be left out. */
    readonly text: Readonly<Record<string, Omit<ExtraTopicText, 'followUps' | 'listenFor' | 'avoid'> & Partial<Pick<ExtraTopicText, 'followUps' | 'listenFor' | 'avoid'>>>>;
  }[];
  readonly services?: readonly Service[];
  readonly crisisOverrides?: readonly CrisisOverride[];
  readonly escalation?: EscalationContact;
  /** The trust's staff support page (https only). */
  readonly staffSupportUrl?: string;
  readonly overrides?: TextOverrides;
}

/** A trust's config after checking: every field present, every list in its final order. */
export interface TrustConfig {
  readonly organisation: LocalisedText;
  readonly nation: Nation;
  /** The enabled topic ids in the order the staff member sees them. */
  readonly topicOrder: readonly string[];
  readonly extraTopics: readonly ExtraTopic[];
  readonly services: readonly Service[];
  readonly crisisOverrides: readonly CrisisOverride[];
  readonly escalation?: EscalationContact;
  /** The trust's staff support page (https only), printed as a QR code on the staff member's copy and preparation sheet. */
  readonly staffSupportUrl?: string;
  readonly overrides: TextOverrides;
}

/** What the element knows that the config parser cannot import without pulling in the directories. */
export interface ParseTrustConfigOptions {
  /** Ids of the built-in crisis entries; an override for any other id is reported and dropped. */
  readonly crisisEntryIds?: readonly string[];
  /** Every `namespace:key` a trust may override; any other key is reported (and kept, harmlessly). */
  readonly overrideKeys?: ReadonlySet<string>;
  /** The text namespaces (`common`, `topics`…); a key in any other is refused. Without it any namespace is taken. */
  readonly namespaces?: readonly string[];
  /** The en-GB text of a key, to warn of a placeholder an override leaves out or adds. */
  readonly sourceText?: (key: string) => string | undefined;
  /** The language every trust text must have (en-GB). */
  readonly sourceLanguage?: string;
}

/**
 * The final topic list: the trust's order first, then the other built-ins in their default order, then
 * the trust's extra topics, leaving out any disabled one.
 */
export function resolveTopicOrder(
  order: readonly string[],
  disabled: readonly string[],
  extraTopicIds: readonly string[],
): string[] {
  const off = new Set(disabled);
  const result: string[] = [];
  for (const id of [...order, ...builtInTopicIds, ...extraTopicIds]) {
    if (!off.has(id) && !result.includes(id)) result.push(id);
  }
  return result;
}

/** The config used when a trust gives none: no name, England, every built-in topic. */
export function defaultTrustConfig(): TrustConfig {
  return {
    organisation: '',
    nation: 'england',
    topicOrder: [...builtInTopicIds],
    extraTopics: [],
    services: [],
    crisisOverrides: [],
    overrides: {},
  };
}
