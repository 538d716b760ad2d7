import { createContext } from '@lit/context';
import { resolveContent, type ResolvedContent } from '../content/conversation-content.js';
import type { TrustConfig } from '../content/trust-config.js';
import { nations, type Nation } from '../content/types.js';
import { distinctStaffLanguage } from '../i18n/locales.js';
import type { RecordMeta } from '../record/build-record.js';

/** What the root element shares with its children besides the actor: content, config and display mode. */
export interface ConversationContent extends ResolvedContent {
  readonly config: TrustConfig;
  /** The manager's interface language. */
  readonly language: string;
  /** The staff member's language when prompts are shown in it too. */
  readonly staffLanguage?: string;
  /** True when the screen is turned to the staff member: manager-only guidance is hidden. */
  readonly shareScreen: boolean;
  /** True when the host asked for anonymous numbers (`evaluation`): the check page then asks the staff member. */
  readonly evaluation?: boolean;
  /** The level of the top headings (`heading-level`, 1 to 5): each stage's heading; its sections sit below it. */
  readonly headingLevel: number;
}

/** What decides the content besides the trust's config: the element's attributes and its language. */
export interface ContentView {
  /** The `nation` attribute; when empty or unknown, the config's nation stands. */
  readonly nation?: string;
  readonly language: string;
  /** The `staff-lang` attribute, kept only when it is another language than `language`. */
  readonly staffLanguage?: string;
  readonly shareScreen: boolean;
  readonly evaluation?: boolean;
  /** The `heading-level` attribute, already checked; 2 when absent. */
  readonly headingLevel?: number;
}

/** The content the root shares with its children: one way of building it, for the element and its test stand-in. */
export function conversationContent(trustConfig: TrustConfig, view: ContentView): ConversationContent {
  const nation = (nations as readonly string[]).includes(view.nation ?? '') ? (view.nation as Nation) : trustConfig.nation;
  const config = { ...trustConfig, nation };
  const staffLanguage = distinctStaffLanguage(view.staffLanguage, view.language);
  return {
    ...resolveContent(config),
    config,
    language: view.language,
    ...(staffLanguage ? { staffLanguage } : {}),
    shareScreen: view.shareScreen,
    evaluation: view.evaluation ?? false,
    headingLevel: view.headingLevel ?? 2,
  };
}

/** Context key for the resolved content. */
export const contentContext = createContext<ConversationContent | undefined>(Symbol('wcg-content'));

/** What the record (and the evaluation payload) need from the shared content. */
export function recordMeta(content: ConversationContent): RecordMeta {
  return {
    nation: content.config.nation,
    language: content.language,
    ...(content.staffLanguage ? { staffLanguage: content.staffLanguage } : {}),
    services: content.services,
  };
}
