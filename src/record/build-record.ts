import type { Nation, Service } from '../content/types.js';
import { whatHelpsQuestions, type ConversationContext, type RecordSection } from '../model/conversation.js';
import { recordSchemaVersion, type AgreedRecord } from './record.types.js';
import { distinctStaffLanguage } from '../i18n/locales.js';

/** What the record needs besides the machine's context. */
export interface RecordMeta {
  nation: Nation;
  language: string;
  staffLanguage?: string;
  /** Every service offered, so chosen ones are recorded with their category and name. */
  services: readonly Service[];
}

type Builders = { [S in RecordSection]: (c: ConversationContext, meta: RecordMeta) => Partial<AgreedRecord> | undefined };

const trimmed = (text: string | undefined): string | undefined => (text?.trim() ? text.trim() : undefined);

// One builder per section. A builder returns undefined when the section has nothing in it, so an
// empty section is never listed as recorded.
const builders: Builders = {
  review: (c) =>
    c.previousActions.length
      ? {
          review: c.previousActions.map((a) => {
            const review = c.reviews[a.id];
            const note = trimmed(review?.note);
            return { id: a.id, text: a.text, status: review?.status ?? null, ...(note ? { note } : {}) };
          }),
        }
      : undefined,
  summary: (c) => {
    const summary = trimmed(c.agreed.checkIn);
    return summary ? { summary } : undefined;
  },
  topics: (c) =>
    c.chosenTopics.length
      ? {
          topics: c.chosenTopics.map((id) => {
            const agreed = trimmed(c.agreed[`topic.${id}`]);
            return agreed ? { id, agreed } : { id };
          }),
        }
      : undefined,
  whatHelps: (c) => {
    const entries = whatHelpsQuestions.flatMap((q) => {
      const text = trimmed(c.agreed[`whatHelps.${q}`]);
      return text ? [[q, text] as const] : [];
    });
    return entries.length ? { whatHelps: Object.fromEntries(entries) } : undefined;
  },
  actions: (c) => {
    const actions = c.actions.filter((a) => a.text.trim());
    return actions.length
      ? { actions: actions.map((a) => ({ id: a.id, text: a.text.trim(), owner: a.owner, ...(a.due ? { due: a.due } : {}) })) }
      : undefined;
  },
  adjustments: (c) => {
    const adjustments = c.adjustments.filter((a) => a.text.trim());
    return adjustments.length
      ? {
          adjustments: adjustments.map((a) => {
            const reason = trimmed(a.reason);
            return { id: a.id, text: a.text.trim(), status: a.status, ...(reason ? { reason } : {}) };
          }),
        }
      : undefined;
  },
  services: (c, meta) => {
    const chosen = meta.services.filter((s) => c.services.includes(s.id));
    return chosen.length
      ? { services: chosen.map((s) => ({ id: s.id, category: s.category, name: textIn(s.name, meta.language) })) }
      : undefined;
  },
  reviewDate: (c) => (c.reviewDate ? { reviewDate: c.reviewDate } : undefined),
};

/** A trust's text in the given language, else en-GB, else the first language it was written in. */
export function textIn(text: Service['name'], language: string): string {
  if (typeof text === 'string') return text;
  return text[language] ?? text[language.split('-')[0]] ?? text['en-GB'] ?? Object.values(text)[0] ?? '';
}

/**
 * Builds the agreed record from the conversation. Only sections the staff member consented to, and
 * that have something in them, are included; a declined conversation records its outcome alone.
 * Private notes are never read.
 */
export function buildRecord(context: ConversationContext, meta: RecordMeta): AgreedRecord {
  const staffLanguage = distinctStaffLanguage(meta.staffLanguage, meta.language);
  const record: AgreedRecord = {
    schemaVersion: recordSchemaVersion,
    scriptVersion: context.scriptVersion,
    outcome: context.outcome ?? 'completed',
    date: context.today,
    nation: meta.nation,
    language: meta.language,
    ...(staffLanguage ? { staffLanguage } : {}),
    sections: [],
  };
  if (record.outcome === 'declined') return record;
  for (const section of Object.keys(builders) as RecordSection[]) {
    if (!context.consent[section]) continue;
    const part = builders[section](context, meta);
    if (!part) continue;
    Object.assign(record, part);
    record.sections.push(section);
  }
  return record;
}

/** The sections that have something to record, whether or not consent is given yet: the check page lists these. */
export function sectionsWithContent(context: ConversationContext, meta: RecordMeta): RecordSection[] {
  return (Object.keys(builders) as RecordSection[]).filter((s) => builders[s](context, meta) !== undefined);
}
