import type { TFunction } from 'i18next';
import { whatHelpsQuestions } from '../model/conversation.js';
import type { Service } from '../content/types.js';
import { textIn } from './build-record.js';
import type { AgreedRecord } from './record.types.js';

/** What else the plain-text copy may use: the services the guide knows, to give each chosen one's contact details. */
export interface StaffCopyOptions {
  readonly services?: readonly Service[];
  /** The copy's language, for a service's opening hours; en-GB when not given. */
  readonly language?: string;
}

/**
 * The staff member's copy of the record as plain text, in the language of `t`: for a printout,
 * an email the staff member sends themselves, or a screen reader. Holds what the record holds, and how to
 * reach each service chosen, so a member of staff without a work computer can act on it.
 */
export function staffCopyText(record: AgreedRecord, t: TFunction, { services = [], language = 'en-GB' }: StaffCopyOptions = {}): string {
  const lines: string[] = [t('summary:plan.title'), t('summary:copy.date', { date: record.date }), ''];
  const heading = (key: string) => lines.push(t(key), '-'.repeat(t(key).length));
  if (record.outcome === 'declined') {
    lines.push(t('summary:copy.declined'));
    return lines.join('\n');
  }
  if (record.review) {
    heading('summary:plan.sections.review');
    for (const item of record.review) {
      lines.push(`- ${t('summary:copy.item', { text: item.text, status: t(`summary:copy.reviewStatus.${item.status ?? 'none'}`) })}`);
      if (item.note) lines.push(`  ${item.note}`);
    }
    lines.push('');
  }
  if (record.summary) {
    heading('summary:plan.sections.summary');
    lines.push(record.summary, '');
  }
  if (record.topics) {
    heading('summary:plan.sections.topics');
    for (const topic of record.topics) {
      lines.push(`- ${t(`topics:${topic.id}.name`)}`);
      if (topic.agreed) lines.push(`  ${topic.agreed}`);
    }
    lines.push('');
  }
  if (record.whatHelps) {
    heading('summary:plan.sections.whatHelps');
    for (const q of whatHelpsQuestions) {
      const answer = record.whatHelps[q];
      if (answer) lines.push(`${t(`summary:copy.whatHelps.${q}`)}`, `  ${answer}`);
    }
    lines.push('');
  }
  if (record.actions) {
    heading('summary:plan.sections.actions');
    for (const a of record.actions) {
      const owner = t(`summary:copy.owner.${a.owner}`);
      const line = a.due
        ? t('summary:copy.actionDue', { text: a.text, owner, due: t('summary:copy.due', { date: a.due }) })
        : t('summary:copy.action', { text: a.text, owner });
      lines.push(`- ${line}`);
    }
    lines.push('');
  }
  if (record.adjustments) {
    heading('summary:plan.sections.adjustments');
    for (const a of record.adjustments) {
      lines.push(`- ${t('summary:copy.item', { text: a.text, status: t(`summary:copy.adjustmentStatus.${a.status}`) })}`);
      if (a.reason) lines.push(`  ${a.reason}`);
    }
    lines.push('');
  }
  if (record.services) {
    heading('summary:plan.sections.services');
    for (const chosen of record.services) {
      lines.push(`- ${chosen.name}`);
      const known = services.find((service) => service.id === chosen.id);
      if (known?.phone) lines.push(`  ${t('services:phone')}: ${known.phone}`);
      if (known?.email) lines.push(`  ${t('services:email')}: ${known.email}`);
      if (known?.url) lines.push(`  ${t('services:website')}: ${known.url}`);
      if (known?.hours) lines.push(`  ${t('services:hours')}: ${textIn(known.hours, language)}`);
    }
    lines.push('');
  }
  if (record.reviewDate) {
    heading('summary:plan.sections.reviewDate');
    lines.push(t('summary:copy.nextConversation', { date: record.reviewDate }), '');
  }
  return lines.join('\n').trimEnd();
}
