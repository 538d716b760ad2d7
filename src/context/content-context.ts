import { createContext } from '@lit/context';
import type { ResolvedContent } from '../content/conversation-content.js';
import type { TrustConfig } from '../content/trust-config.js';
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
