import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseTrustConfig } from '../../src/content/parse-trust-config.js';
import { samples } from '../test-helpers/config-editor-fixture.js';
import { addService, fileNameFor, idFromName, removeWording, setCrisisNote, removeFixedCrisisFields, setEscalationField, setEscalationText, setServiceField, setServiceName, setServiceTopic, setWording } from './config-edits.js';
import { getIn, listAt, setSetting, setIn, textAt, type EditedConfig } from './config-paths.js';
import { languagesIn, localisedText, removeLanguage, setLocalised } from './config-text.js';
import { builtInTopicIds } from '../../src/content/types.js';
import { addOwnTopic, moveTopic, removeOwnTopic, renameOwnTopic, topicEntries } from './config-topics.js';

// The editor's changes are plain functions of the file's JSON: each returns a new object and leaves the old alone.

describe('config being edited', () => {
  it('sets a value deep inside, making groups and lists on the way, without changing the original', () => {
    const edited: EditedConfig = { organisation: 'Anytown' };
    const next = setSetting(edited, ['services', 0, 'phone'], '111');
    expect(next).to.deep.equal({ organisation: 'Anytown', services: [{ phone: '111' }] });
    expect(edited).to.deep.equal({ organisation: 'Anytown' });
    expect(setSetting(next, ['services', 0, 'phone'], undefined)).to.deep.equal({ organisation: 'Anytown', services: [{}] });
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
      let edited: EditedConfig = { organisation: 'Anytown' };
      edited = setLocalised(edited, ['organisation'], 'cy', 'Bwrdd Anytown', true);
      expect(edited.organisation).to.deep.equal({ 'en-GB': 'Anytown', cy: 'Bwrdd Anytown' });
      expect(localisedText(edited.organisation, 'cy')).to.equal('Bwrdd Anytown');
      edited = setLocalised(edited, ['organisation'], 'cy', '', true);
      expect(edited.organisation).to.equal('Anytown');
    });

    it('removes an optional setting when emptied, and keeps a required one empty so the problem shows', () => {
      const edited: EditedConfig = { organisation: 'Anytown', services: [{ name: 'EAP', hours: 'Always' }] };
      expect(getIn(setLocalised(edited, ['services', 0, 'hours'], 'en-GB', '', false), ['services', 0])).to.deep.equal({ name: 'EAP' });
      expect(setLocalised(edited, ['organisation'], 'en-GB', '', true).organisation).to.equal('');
    });

    it('writes into a language group however its codes are spelt', () => {
      const edited: EditedConfig = { organisation: { 'en-gb': 'Anytown', CY: 'Bwrdd' } };
      expect(setLocalised(edited, ['organisation'], 'cy', 'Bwrdd Anytown', true).organisation).to.deep.equal({ 'en-gb': 'Anytown', CY: 'Bwrdd Anytown' });
      expect(languagesIn(edited)).to.deep.equal(['en-GB', 'cy']);
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
      const edited: EditedConfig = { organisation: 'A' };
      expect(moveTopic(edited, 'workload', -1)).to.equal(edited);
      expect(moveTopic(edited, builtInTopicIds[builtInTopicIds.length - 1]!, 1)).to.equal(edited);
      expect(topicEntries(moveTopic(edited, 'mood', -1)).map((t) => t.id).slice(2, 4)).to.deep.equal(['mood', 'sleepEnergy']);
    });

    it('renames an own topic everywhere it is named, but never a built-in one', () => {
      let edited = samples().anytown;
      edited = renameOwnTopic(edited, 0, 'travel');
      expect(getIn(edited, ['topics', 'order', 3])).to.equal('travel');
      expect(getIn(edited, ['services', 10, 'topics'])).to.include('travel');
      expect(parseTrustConfig(edited).ok).to.equal(true);
      // Typing "mood" on the way to "moodBoard" must not take over the built-in topic's references.
      const typed = renameOwnTopic(renameOwnTopic(edited, 0, 'mood'), 0, 'moodBoard');
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
    const edited: EditedConfig = { services: [{ id: 'eap' }] };
    const ticked = setServiceTopic(edited, 0, 'mood', true);
    expect(getIn(ticked, ['services', 0, 'topics'])).to.deep.equal(['mood']);
    expect(getIn(setServiceTopic(ticked, 0, 'mood', false), ['services', 0])).to.deep.equal({ id: 'eap' });
  });

  it('keeps a crisis line change only while it changes something', () => {
    const changed = setCrisisNote({}, 'samaritansWelsh', 'cy', 'Bob dydd');
    expect(changed.crisisOverrides).to.deep.equal([{ id: 'samaritansWelsh', note: { 'en-GB': '', cy: 'Bob dydd' } }]);
    expect(setCrisisNote(changed, 'samaritansWelsh', 'cy', '').crisisOverrides).to.equal(undefined);
  });

  it('removes a change to a national number, web address or opening times, keeping the note', () => {
    const edited: EditedConfig = { crisisOverrides: [{ id: 'samaritans', phone: '01632 960999', url: 'https://example.org', hours: 'x', note: 'Ours' }] };
    expect(removeFixedCrisisFields(edited, 'samaritans').crisisOverrides).to.deep.equal([{ id: 'samaritans', note: 'Ours' }]);
    expect(removeFixedCrisisFields({ crisisOverrides: [{ id: 'shout', phone: '1' }] }, 'shout').crisisOverrides).to.equal(undefined);
  });

  it('leaves no escalation contact when every box is emptied', () => {
    const edited = setEscalationText(setEscalationField({}, 'phone', '01632 960000'), 'name', 'en-GB', 'Wellbeing hub');
    expect(edited.escalation).to.deep.equal({ phone: '01632 960000', name: 'Wellbeing hub' });
    expect(setEscalationText(setEscalationField(edited, 'phone', ''), 'name', 'en-GB', '').escalation).to.equal(undefined);
  });

  it('adds and removes wording changes, and the language group with the last one', () => {
    const edited = setWording({ organisation: 'A' }, 'cy', 'common:title', 'Sgwrs');
    expect(edited.overrides).to.deep.equal({ cy: { 'common:title': 'Sgwrs' } });
    expect(removeWording(edited, 'cy', 'common:title')).to.deep.equal({ organisation: 'A' });
  });

  it('names the download after the organisation', () => {
    expect(fileNameFor({ organisation: { 'en-GB': 'Ysbyty Gwynedd & Môn NHS' } })).to.equal('ysbyty-gwynedd-mon-nhs.json');
    expect(fileNameFor({ organisation: '' })).to.equal('trust-config.json');
  });

  it('never throws and keeps the config as JSON, whatever is typed where (fuzz)', () => {
    const paths = [['organisation'], ['services', 0, 'name'], ['services', 0, 'hours'], ['escalation', 'name'], ['crisisOverrides', 0, 'note']];
    const typing = fc.record({ path: fc.constantFrom(...paths), lang: fc.constantFrom('en-GB', 'cy', 'pl'), text: fc.string({ maxLength: 12 }), required: fc.boolean() });
    fc.assert(
      fc.property(fc.array(typing, { maxLength: 12 }), (steps) => {
        let edited: EditedConfig = samples().hafren;
        for (const s of steps) edited = setLocalised(edited, s.path, s.lang, s.text, s.required);
        expect(JSON.parse(JSON.stringify(edited))).to.deep.equal(edited);
        const last = steps.at(-1);
        if (last && (last.text !== '' || last.lang === 'en-GB')) expect(localisedText(getIn(edited, last.path), last.lang)).to.equal(last.text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a service\'s id made from its name', () => {
  it('makes an id the file takes from any name, and none from a name with no letter or digit', () => {
    expect(idFromName('Staff Physio Team')).to.equal('staff-physio-team');
    expect(idFromName('  Gwasanaeth Lles — Ysbyty Gwynedd ')).to.equal('gwasanaeth-lles-ysbyty-gwynedd');
    expect(idFromName('Café & Chaplaincy')).to.equal('cafe-chaplaincy');
    expect(idFromName('😊 !!')).to.equal('');
    expect(idFromName('a'.repeat(60))).to.have.length(36);
  });

  it('follows the English name until the person chooses an id, and keeps ids apart', () => {
    let edited = addService(addService({ organisation: 'Anytown' }));
    edited = setServiceName(edited, 0, 'en-GB', 'Physio');
    edited = setServiceName(edited, 1, 'en-GB', 'Physio');
    expect(listAt(edited, ['services']).map((s) => textAt(s, ['id']))).to.deep.equal(['physio', 'physio-2']);
    edited = setServiceName(edited, 0, 'en-GB', 'Physio Direct');
    expect(textAt(edited, ['services', 0, 'id'])).to.equal('physio-direct');
    edited = setServiceName(edited, 0, 'cy', 'Ffisio');
    expect(textAt(edited, ['services', 0, 'id'])).to.equal('physio-direct');
    edited = setServiceField(edited, 0, 'id', 'msk');
    edited = setServiceName(edited, 0, 'en-GB', 'MSK Physio');
    expect(textAt(edited, ['services', 0, 'id'])).to.equal('msk');
  });
});
