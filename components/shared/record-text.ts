import type { TFunction } from 'i18next';
import type { Service, TopicDefinition } from '../../src/content/types.js';
import { whatHelpsQuestions, type RecordSection } from '../../src/model/conversation.js';
import type { AgreedRecord } from '../../src/record/record.types.js';
import { formatDate } from './dates.js';

/** What turning a record into words needs: the text, the language for dates, and the topics and services offered. */
export interface RecordTextOptions {
  readonly t: TFunction;
  readonly language: string;
  readonly topics: readonly TopicDefinition[];
  /** The services the guide knows (built-in and the trust's), for the contact details of those chosen. */
  readonly services?: readonly Service[];
}

/** One row of a summary list: what it is about, and the lines recorded about it. */
export interface SummaryRow {
  readonly key: string;
  readonly values: readonly string[];
  /** Set on a topic's row, so its wording can be changed on that topic's own page. */
  readonly topic?: string;
}

export { formatDate };

/** A topic's name: built-in topics keep their text in `topics`, a trust's own in `trust`. */
export function topicName(id: string, { t, topics }: RecordTextOptions): string {
  const namespace = topics.find((topic) => topic.id === id)?.namespace ?? 'topics';
  return t(`${namespace}:${id}.name`);
}

// One function per section, each reading only the part of the record that section fills.
const rowsBySection: { [S in RecordSection]: (record: AgreedRecord, o: RecordTextOptions) => SummaryRow[] } = {
  review: (record, { t }) =>
    (record.review ?? []).map((item) => ({
      key: item.text,
      values: [
        t('agree:rows.status', { status: t(`summary:copy.reviewStatus.${item.status ?? 'none'}`) }),
        ...(item.note ? [item.note] : []),
      ],
    })),
  summary: (record, { t }) => (record.summary ? [{ key: t('agree:rows.summary'), values: [record.summary] }] : []),
  topics: (record, o) =>
    (record.topics ?? []).map((topic) => ({
      key: topicName(topic.id, o),
      values: [topic.agreed ?? o.t('agree:rows.noWording')],
      topic: topic.id,
    })),
  whatHelps: (record, { t }) =>
    whatHelpsQuestions.flatMap((q) => {
      const answer = record.whatHelps?.[q];
      return answer ? [{ key: t(`stages:whatHelps.questions.${q}`), values: [answer] }] : [];
    }),
  actions: (record, { t, language }) =>
    (record.actions ?? []).map((action) => ({
      key: action.text,
      values: [
        t('agree:rows.owner', { owner: t(`summary:copy.owner.${action.owner}`) }),
        ...(action.due ? [t('agree:rows.due', { date: formatDate(action.due, language) })] : []),
      ],
    })),
  adjustments: (record, { t }) =>
    (record.adjustments ?? []).map((adjustment) => ({
      key: adjustment.text,
      values: [
        t('agree:rows.status', { status: t(`summary:copy.adjustmentStatus.${adjustment.status}`) }),
        ...(adjustment.reason ? [t('agree:rows.reason', { reason: adjustment.reason })] : []),
      ],
    })),
  services: (record, { t }) =>
    (record.services ?? []).map((service) => ({
      key: service.name,
      values: [t(`services:categories.${service.category}.name`)],
    })),
  reviewDate: (record, { t, language }) =>
    record.reviewDate ? [{ key: t('agree:rows.reviewDate'), values: [formatDate(record.reviewDate, language)] }] : [],
};

/** The rows of one section of the check page, read from the record so the page shows exactly what is recorded. */
export function summaryRows(record: AgreedRecord, section: RecordSection, options: RecordTextOptions): SummaryRow[] {
  return rowsBySection[section](record, options);
}
