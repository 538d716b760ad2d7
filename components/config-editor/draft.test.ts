import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseTrustConfig } from '../../src/content/parse-trust-config.js';
import { samples } from '../test-helpers/config-editor-fixture.js';
import { fileNameFor, removeWording, setCrisisNote, removeFixedCrisisFields, setEscalationField, setEscalationText, setServiceTopic, setWording } from './draft-edits.js';
import { getIn, setDraft, setIn, type Draft } from './draft-paths.js';
import { languagesIn, localisedText, removeLanguage, setLocalised } from './draft-text.js';
import { addOwnTopic, moveTopic, removeOwnTopic, renameOwnTopic, topicEntries } from './draft-topics.js';

// The editor's changes are plain functions of the file's JSON: each returns a new object and leaves the old alone.

describe('settings draft', () => {
  it('sets a value deep inside, making groups and lists on the way, without changing the original', () => {
    const draft: Draft = { organisation: 'Anytown' };
    const next = setDraft(draft, ['services', 0, 'phone'], '111');
    expect(next).to.deep.equal({ organisation: 'Anytown', services: [{ phone: '111' }] });
    expect(draft).to.deep.equal({ organisation: 'Anytown' });
    expect(setDraft(next, ['services', 0, 'phone'], undefined)).to.deep.equal({ organisation: 'Anytown', services: [{}] });
  });

  it('writes a name such as __proto__ as a plain setting, never as the prototype', () => {
    const next = setIn({}, ['overrides', '__proto__', 'x'], 'y') as Record<string, unknown>;
    expect(Object.getPrototypeOf(next.overrides)).to.equal(Object.prototype);
    expect(Object.keys(next.overrides as object)).to.deep.equal(['__proto__']);
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
    expect(getIn(next, ['overrides', '__proto__', 'x'])).to.equal('y');
  });

  describe('text per language', () => {
    it('keeps English alone as plain text and turns it into a group when another language is added', () => {
      let draft: Draft = { organisation: 'Anytown' };
      draft = setLocalised(draft, ['organisation'], 'cy', 'Bwrdd Anytown', true);
      expect(draft.organisation).to.deep.equal({ 'en-GB': 'Anytown', cy: 'Bwrdd Anytown' });
      expect(localisedText(draft.organisation, 'cy')).to.equal('Bwrdd Anytown');
      draft = setLocalised(draft, ['organisation'], 'cy', '', true);
      expect(draft.organisation).to.equal('Anytown');
    });

    it('removes an optional setting when emptied, and keeps a required one empty so the problem shows', () => {
      const draft: Draft = { organisation: 'Anytown', services: [{ name: 'EAP', hours: 'Always' }] };
      expect(getIn(setLocalised(draft, ['services', 0, 'hours'], 'en-GB', '', false), ['services', 0])).to.deep.equal({ name: 'EAP' });
      expect(setLocalised(draft, ['organisation'], 'en-GB', '', true).organisation).to.equal('');
    });

    it('writes into a language group however its codes are spelt', () => {
      const draft: Draft = { organisation: { 'en-gb': 'Anytown', CY: 'Bwrdd' } };
      expect(setLocalised(draft, ['organisation'], 'cy', 'Bwrdd Anytown', true).organisation).to.deep.equal({ 'en-gb': 'Anytown', CY: 'Bwrdd Anytown' });
      expect(languagesIn(draft)).to.deep.equal(['en-GB', 'cy']);
    });

    it('finds every language used, and removes one from every setting', () => {
      const { hafren } = samples();
      expect(languagesIn(hafren)).to.deep.equal(['en-GB', 'cy']);
      const english = removeLanguage(hafren, 'cy');
      expect(languagesIn(english)).to.deep.equal(['en-GB']);
      expect(english.organisation).to.equal('Hafren Valley University Health Board');
      expect(parseTrustConfig(english)).to.deep.include({ ok: true, warnings: [] });
      expect(removeLanguage(hafren, 'en-GB')).to.equal(hafren);
    });
  });

  describe('topics', () => {
    it('lists the topics in the final order, own topics last unless placed', () => {
      const { anytown } = samples();
      expect(topicEntries(anytown).map((t) => t.id).slice(0, 5)).to.deep.equal(['workload', 'breaksShifts', 'sleepEnergy', 'travelToWork', 'mood']);
      expect(topicEntries(anytown).find((t) => t.id === 'travelToWork')).to.deep.equal({ id: 'travelToWork', enabled: true, own: true });
    });

    it('moves a topic and never past either end', () => {
      const draft: Draft = { organisation: 'A' };
      expect(moveTopic(draft, 'workload', -1)).to.equal(draft);
      expect(moveTopic(draft, 'flexibleWorking', 1)).to.equal(draft);
      expect(topicEntries(moveTopic(draft, 'mood', -1)).map((t) => t.id).slice(2, 4)).to.deep.equal(['mood', 'sleepEnergy']);
    });

    it('renames an own topic everywhere it is named, but never a built-in one', () => {
      let draft = samples().anytown;
      draft = renameOwnTopic(draft, 0, 'travel');
      expect(getIn(draft, ['topics', 'order', 3])).to.equal('travel');
      expect(getIn(draft, ['services', 10, 'topics'])).to.include('travel');
      expect(parseTrustConfig(draft).ok).to.equal(true);
      // Typing "mood" on the way to "moodBoard" must not take over the built-in topic's references.
      const typed = renameOwnTopic(renameOwnTopic(draft, 0, 'mood'), 0, 'moodBoard');
      expect(getIn(typed, ['services', 0, 'topics'])).to.include('mood');
    });

    it('adds an own topic with a fresh id, and removes it with every reference to it', () => {
      const added = addOwnTopic(addOwnTopic({ organisation: 'A' }));
      expect((added.extraTopics as { id: string }[]).map((t) => t.id)).to.deep.equal(['ownTopic1', 'ownTopic2']);
      const removed = removeOwnTopic(samples().anytown, 0);
      expect(removed.extraTopics).to.equal(undefined);
      expect(JSON.stringify(removed)).to.not.include('travelToWork');
      expect(parseTrustConfig(removed)).to.deep.include({ ok: true, warnings: [] });
    });
  });

  it('ticks a topic for a service, and unticking the last removes the list', () => {
    const draft: Draft = { services: [{ id: 'eap' }] };
    const ticked = setServiceTopic(draft, 0, 'mood', true);
    expect(getIn(ticked, ['services', 0, 'topics'])).to.deep.equal(['mood']);
    expect(getIn(setServiceTopic(ticked, 0, 'mood', false), ['services', 0])).to.deep.equal({ id: 'eap' });
  });

  it('keeps a crisis line change only while it changes something', () => {
    const changed = setCrisisNote({}, 'samaritansWelsh', 'cy', 'Bob dydd');
    expect(changed.crisisOverrides).to.deep.equal([{ id: 'samaritansWelsh', note: { 'en-GB': '', cy: 'Bob dydd' } }]);
    expect(setCrisisNote(changed, 'samaritansWelsh', 'cy', '').crisisOverrides).to.equal(undefined);
  });

  it('removes a change to a national number, web address or opening times, keeping the note', () => {
    const draft: Draft = { crisisOverrides: [{ id: 'samaritans', phone: '01632 960999', url: 'https://example.org', hours: 'x', note: 'Ours' }] };
    expect(removeFixedCrisisFields(draft, 'samaritans').crisisOverrides).to.deep.equal([{ id: 'samaritans', note: 'Ours' }]);
    expect(removeFixedCrisisFields({ crisisOverrides: [{ id: 'shout', phone: '1' }] }, 'shout').crisisOverrides).to.equal(undefined);
  });

  it('leaves no escalation contact when every box is emptied', () => {
    const draft = setEscalationText(setEscalationField({}, 'phone', '01632 960000'), 'name', 'en-GB', 'Wellbeing hub');
    expect(draft.escalation).to.deep.equal({ phone: '01632 960000', name: 'Wellbeing hub' });
    expect(setEscalationText(setEscalationField(draft, 'phone', ''), 'name', 'en-GB', '').escalation).to.equal(undefined);
  });

  it('adds and removes wording changes, and the language group with the last one', () => {
    const draft = setWording({ organisation: 'A' }, 'cy', 'common:title', 'Sgwrs');
    expect(draft.overrides).to.deep.equal({ cy: { 'common:title': 'Sgwrs' } });
    expect(removeWording(draft, 'cy', 'common:title')).to.deep.equal({ organisation: 'A' });
  });

  it('names the download after the organisation', () => {
    expect(fileNameFor({ organisation: { 'en-GB': 'Ysbyty Gwynedd & Môn NHS' } })).to.equal('ysbyty-gwynedd-mon-nhs.json');
    expect(fileNameFor({ organisation: '' })).to.equal('trust-settings.json');
  });

  it('never throws and keeps the draft JSON, whatever is typed where (fuzz)', () => {
    const paths = [['organisation'], ['services', 0, 'name'], ['services', 0, 'hours'], ['escalation', 'name'], ['crisisOverrides', 0, 'note']];
    const typing = fc.record({ path: fc.constantFrom(...paths), lang: fc.constantFrom('en-GB', 'cy', 'pl'), text: fc.string({ maxLength: 12 }), required: fc.boolean() });
    fc.assert(
      fc.property(fc.array(typing, { maxLength: 12 }), (steps) => {
        let draft: Draft = samples().hafren;
        for (const s of steps) draft = setLocalised(draft, s.path, s.lang, s.text, s.required);
        expect(JSON.parse(JSON.stringify(draft))).to.deep.equal(draft);
        const last = steps.at(-1);
        if (last && (last.text !== '' || last.lang === 'en-GB')) expect(localisedText(getIn(draft, last.path), last.lang)).to.equal(last.text);
      }),
      { numRuns: 200 },
    );
  });
});
