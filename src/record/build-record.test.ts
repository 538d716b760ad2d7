import { expect } from '@open-wc/testing';
import { createI18n } from '../i18n/i18n.js';
import { recordSections } from '../model/conversation.js';
import { startConversation } from '../machine/test-helpers.js';
import { buildRecord, sectionsWithContent, textIn } from './build-record.js';
import { staffCopyText } from './staff-copy.js';

const services = [
  { id: 'eap', category: 'staffPsychologicalSupport' as const, name: { 'en-GB': 'Staff support line', cy: 'Llinell gymorth staff' }, phone: '01632 960000' },
  { id: 'ohs', category: 'occupationalHealth' as const, name: 'Occupational health', url: 'https://example.nhs.uk/oh' },
];
const meta = { nation: 'england' as const, language: 'en-GB', services };

function fullConversation() {
  const c = startConversation({ previousActions: [{ id: 'p1', text: 'Later shifts', owner: 'manager', due: '' }] });
  c.send(
    { type: 'note.set', section: 'checkIn', text: 'PRIVATE-MARKER' },
    { type: 'agreed.set', section: 'checkIn', text: ' Busy few months ' },
    { type: 'review.set', actionId: 'p1', status: 'done', note: 'Helped' },
    { type: 'topic.toggle', id: 'sleepEnergy' },
    { type: 'topic.toggle', id: 'money' },
    { type: 'agreed.set', section: 'topic.sleepEnergy', text: 'Nights are hard' },
    { type: 'agreed.set', section: 'whatHelps.keepsWell', text: 'Walking' },
    { type: 'action.add' },
    { type: 'action.update', id: 'a1', text: 'Swap two nights a month', owner: 'manager', due: '2027-01-10' },
    { type: 'action.add' },
    { type: 'adjustment.add' },
    { type: 'adjustment.update', id: 'j3', text: 'Desk fan', status: 'agreed' },
    { type: 'service.toggle', id: 'eap' },
    { type: 'reviewDate.set', date: '2027-06-01' },
  );
  return c;
}

describe('buildRecord', () => {
  it('records nothing but the outcome and metadata without consent', () => {
    const c = fullConversation();
    const record = buildRecord(c.context(), meta);
    expect(record).to.deep.equal({
      schemaVersion: 1, scriptVersion: '2026-12.1', outcome: 'completed', date: '2026-11-26', nation: 'england', language: 'en-GB', sections: [],
    });
  });

  it('records every consented section with its content, trimmed, and skips empty actions', () => {
    const c = fullConversation();
    for (const section of recordSections) c.send({ type: 'consent.set', section, given: true });
    const record = buildRecord(c.context(), { ...meta, staffLanguage: 'cy' });
    expect(record.sections).to.deep.equal([...recordSections]);
    expect(record.staffLanguage).to.equal('cy');
    expect(record.review).to.deep.equal([{ id: 'p1', text: 'Later shifts', status: 'done', note: 'Helped' }]);
    expect(record.summary).to.equal('Busy few months');
    expect(record.topics).to.deep.equal([{ id: 'sleepEnergy', agreed: 'Nights are hard' }, { id: 'money' }]);
    expect(record.whatHelps).to.deep.equal({ keepsWell: 'Walking' });
    expect(record.actions).to.deep.equal([{ id: 'a1', text: 'Swap two nights a month', owner: 'manager', due: '2027-01-10' }]);
    expect(record.adjustments).to.deep.equal([{ id: 'j3', text: 'Desk fan', status: 'agreed' }]);
    expect(record.services).to.deep.equal([{ id: 'eap', category: 'staffPsychologicalSupport', name: 'Staff support line' }]);
    expect(record.reviewDate).to.equal('2027-06-01');
    expect(JSON.stringify(record)).not.to.contain('PRIVATE-MARKER');
  });

  it('leaves out a section whose consent was withdrawn', () => {
    const c = fullConversation();
    c.send({ type: 'consent.set', section: 'actions', given: true }, { type: 'consent.set', section: 'summary', given: true });
    c.send({ type: 'consent.set', section: 'summary', given: false });
    const record = buildRecord(c.context(), meta);
    expect(record.sections).to.deep.equal(['actions']);
    expect(record).not.to.have.property('summary');
  });

  it('records only the outcome when the staff member declined', () => {
    const c = fullConversation();
    for (const section of recordSections) c.send({ type: 'consent.set', section, given: true });
    c.nextUntil('open');
    c.send({ type: 'open.decline' });
    const record = buildRecord(c.context(), meta);
    expect(record.outcome).to.equal('declined');
    expect(record.sections).to.deep.equal([]);
    expect(Object.keys(record)).to.deep.equal(['schemaVersion', 'scriptVersion', 'outcome', 'date', 'nation', 'language', 'sections']);
  });

  it('lists the sections with something to record', () => {
    const c = startConversation();
    c.send({ type: 'action.add' }, { type: 'action.update', id: 'a1', text: 'x' }, { type: 'topic.toggle', id: 'mood' });
    expect(sectionsWithContent(c.context(), meta)).to.deep.equal(['topics', 'actions']);
  });

  it('picks a service name in the language asked for, falling back to en-GB', () => {
    expect(textIn({ 'en-GB': 'Support', cy: 'Cymorth' }, 'cy')).to.equal('Cymorth');
    expect(textIn({ 'en-GB': 'Support', cy: 'Cymorth' }, 'cy-GB')).to.equal('Cymorth');
    expect(textIn({ 'en-GB': 'Support' }, 'pl')).to.equal('Support');
    expect(textIn('Plain', 'cy')).to.equal('Plain');
  });
});

describe('staffCopyText', () => {
  it('prints every recorded section in plain words', async () => {
    const i18n = await createI18n('en-GB');
    const c = fullConversation();
    for (const section of recordSections) c.send({ type: 'consent.set', section, given: true });
    const text = staffCopyText(buildRecord(c.context(), meta), i18n.t);
    for (const part of [
      'My health and wellbeing plan',
      '- Later shifts: done\n  Helped',
      '- Swap two nights a month (your manager, by 2027-01-10)',
      '- Desk fan: agreed',
      '- Staff support line',
      'We will talk again on 2027-06-01.',
      'What keeps you well at work?\n  Walking',
    ]) {
      expect(text).to.contain(part);
    }
    expect(text).not.to.contain('PRIVATE-MARKER');
  });

  it('gives each service chosen the contact details the guide knows, for a printout', async () => {
    const i18n = await createI18n('en-GB');
    const c = fullConversation();
    c.send({ type: 'consent.set', section: 'services', given: true });
    const record = buildRecord(c.context(), meta);
    expect(staffCopyText(record, i18n.t, { services })).to.contain('- Staff support line\n  Phone: 01632 960000');
    // Without the services, the name alone: nothing is made up.
    expect(staffCopyText(record, i18n.t)).not.to.contain('01632');
  });

  it('says only that the conversation was declined', async () => {
    const i18n = await createI18n('en-GB');
    const c = startConversation();
    c.nextUntil('open');
    c.send({ type: 'open.decline' });
    const text = staffCopyText(buildRecord(c.context(), meta), i18n.t);
    expect(text).to.contain('You chose not to have a wellbeing conversation this time.');
    expect(text).not.to.contain('Actions');
  });
});
