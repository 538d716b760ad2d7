import type { TFunction } from 'i18next';
import { whatHelpsQuestions } from '../machine/conversation.types.js';
import type { AgreedRecord } from './record.types.js';

/**
 * The staff member's copy of the record as plain text, in the language of `t`: for a printout,
 * an email the staff member sends themselves, or a screen reader. Holds exactly what the record holds.
 */
export function staffCopyText(record: AgreedRecord, t: TFunction): string {
  const lines: string[] = [t('record.title'), t('record.date', { date: record.date }), ''];
  const heading = (key: string) => lines.push(t(key), '-'.repeat(t(key).length));
  if (record.outcome === 'declined') {
    lines.push(t('record.declined'));
    return lines.join('\n');
  }
  if (record.review) {
    heading('record.sections.review');
    for (const item of record.review) {
      lines.push(`- ${item.text}: ${t(item.status ? `record.reviewStatus.${item.status}` : 'record.reviewStatus.none')}`);
      if (item.note) lines.push(`  ${item.note}`);
    }
    lines.push('');
  }
  if (record.summary) {
    heading('record.sections.summary');
    lines.push(record.summary, '');
  }
  if (record.topics) {
    heading('record.sections.topics');
    for (const topic of record.topics) {
      lines.push(`- ${t(`topics:${topic.id}.name`)}`);
      if (topic.agreed) lines.push(`  ${topic.agreed}`);
    }
    lines.push('');
  }
  if (record.whatHelps) {
    heading('record.sections.whatHelps');
    for (const q of whatHelpsQuestions) {
      const answer = record.whatHelps[q];
      if (answer) lines.push(`${t(`stages:whatHelps.questions.${q}`)}`, `  ${answer}`);
    }
    lines.push('');
  }
  if (record.actions) {
    heading('record.sections.actions');
    for (const a of record.actions) {
      lines.push(`- ${a.text} (${t(`record.owner.${a.owner}`)}${a.due ? `, ${t('record.due', { date: a.due })}` : ''})`);
    }
    lines.push('');
  }
  if (record.adjustments) {
    heading('record.sections.adjustments');
    for (const a of record.adjustments) {
      lines.push(`- ${a.text}: ${t(`record.adjustmentStatus.${a.status}`)}`);
      if (a.reason) lines.push(`  ${a.reason}`);
    }
    lines.push('');
  }
  if (record.services) {
    heading('record.sections.services');
    for (const s of record.services) lines.push(`- ${s.name}`);
    lines.push('');
  }
  if (record.reviewDate) {
    heading('record.sections.reviewDate');
    lines.push(t('record.nextConversation', { date: record.reviewDate }), '');
  }
  return lines.join('\n').trimEnd();
}
