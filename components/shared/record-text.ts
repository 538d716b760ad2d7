import type { TFunction } from 'i18next';
import type { Service, TopicDefinition } from '../../src/content/types.js';
import { whatHelpsQuestions, type RecordSection } from '../../src/model/conversation.js';
import type { AgreedRecord } from '../../src/record/record.types.js';
import { dateValue, formatDate } from './dates.js';
import { marked, markedValue, markedWith, written, type MarkedText } from './marked-text.js';

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
  /** What the row is about: the guide's words (marked when they fell back to en-GB) or what was typed. */
  readonly key: MarkedText;
  /** The key as plain text, for a button's name. */
  readonly label: string;
  readonly values: readonly MarkedText[];
  /** Set on a topic's row, so its wording can be changed on that topic's own page. */
  readonly topic?: string;
}

export { formatDate };

/** The key of a topic's name: built-in topics keep their text in `topics`, a trust's own in `trust`. */
function topicNameKey(id: string, topics: readonly TopicDefinition[]): string {
  const namespace = topics.find((topic) => topic.id === id)?.namespace ?? 'topics';
  return `${namespace}:${id}.name`;
}

/** A topic's name. */
export function topicName(id: string, { t, topics }: RecordTextOptions): string {
  return t(topicNameKey(id, topics));
}

/** A row about something typed (an action, a previous action): its text is its own label. */
const typedRow = (text: string, values: readonly MarkedText[]): SummaryRow => ({ key: written(text), label: text, values });

/** A row about one of the guide's own headings. */
const guideRow = (t: TFunction, key: string, values: readonly MarkedText[]): SummaryRow => ({ key: marked(t, key), label: t(key), values });

// One function per section, each reading only the part of the record that section fills.
const rowsBySection: { [S in RecordSection]: (record: AgreedRecord, o: RecordTextOptions) => SummaryRow[] } = {
  review: (record, { t }) =>
    (record.review ?? []).map((item) =>
      typedRow(item.text, [
        markedWith(t, 'agree:rows.status', { status: marked(t, `summary:copy.reviewStatus.${item.status ?? 'none'}`) }),
        ...(item.note ? [written(item.note)] : []),
      ]),
    ),
  summary: (record, { t }) => (record.summary ? [guideRow(t, 'agree:rows.summary', [written(record.summary)])] : []),
  topics: (record, { t, topics }) =>
    (record.topics ?? []).map((topic) => ({
      ...guideRow(t, topicNameKey(topic.id, topics), [topic.agreed ? written(topic.agreed) : marked(t, 'agree:rows.noWording')]),
      topic: topic.id,
    })),
  whatHelps: (record, { t }) =>
    whatHelpsQuestions.flatMap((q) => {
      const answer = record.whatHelps?.[q];
      return answer ? [guideRow(t, `stages:whatHelps.questions.${q}`, [written(answer)])] : [];
    }),
  actions: (record, { t, language }) =>
    (record.actions ?? []).map((action) =>
      typedRow(action.text, [
        markedWith(t, 'agree:rows.owner', { owner: marked(t, `summary:copy.owner.${action.owner}`) }),
        ...(action.due ? [markedWith(t, 'agree:rows.due', { date: dateValue(action.due, language) })] : []),
      ]),
    ),
  adjustments: (record, { t }) =>
    (record.adjustments ?? []).map((adjustment) =>
      typedRow(adjustment.text, [
        markedWith(t, 'agree:rows.status', { status: marked(t, `summary:copy.adjustmentStatus.${adjustment.status}`) }),
        ...(adjustment.reason ? [markedWith(t, 'agree:rows.reason', { reason: written(adjustment.reason) })] : []),
      ]),
    ),
  services: (record, { t }) =>
    (record.services ?? []).map((service) => typedRow(service.name, [marked(t, `services:categories.${service.category}.name`)])),
  reviewDate: (record, { t, language }) =>
    record.reviewDate ? [guideRow(t, 'agree:rows.reviewDate', [markedValue(t, dateValue(record.reviewDate, language))])] : [],
};

/** The rows of one section of the check page, read from the record so the page shows exactly what is recorded. */
export function summaryRows(record: AgreedRecord, section: RecordSection, options: RecordTextOptions): SummaryRow[] {
  return rowsBySection[section](record, options);
}
