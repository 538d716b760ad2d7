import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { buildRecord } from '../record/build-record.js';
import { actionOwners, adjustmentStatuses, recordSections, reviewStatuses, safetyPaths } from '../model/conversation.js';
import { type ConversationEvent } from './conversation.types.js';
import { stageIds } from '../model/stages.js';
import { startConversation } from './test-helpers.js';

const topics = ['workload', 'sleepEnergy', 'mood', 'money'];
const PRIVATE = 'PRIVATE-7f3a';
const ids = fc.constantFrom('a1', 'a2', 'a3', 'j1', 'j2', 'j4', 'p1', 'nope');
// Typed wording that may be recorded; the private marker goes only into private notes.
const text = fc.oneof(fc.constant(''), fc.string({ maxLength: 12 }).filter((s) => !s.includes('PRIV')), fc.constant('<b>x</b>'));

// Every event the element can send, with plausible and implausible arguments alike.
const anyEvent: fc.Arbitrary<ConversationEvent> = fc.oneof(
  fc.constant({ type: 'stage.next' as const }),
  fc.constant({ type: 'stage.next' as const }),
  fc.constant({ type: 'stage.back' as const }),
  fc.record({ type: fc.constant('stage.change' as const), stage: fc.constantFrom(...stageIds), topic: fc.constantFrom(...topics) }),
  fc.constant({ type: 'open.decline' as const }),
  fc.record({ type: fc.constant('prepare.check' as const), item: fc.constantFrom('room', 'time'), checked: fc.boolean() }),
  fc.record({ type: fc.constant('review.set' as const), actionId: ids, status: fc.constantFrom(...reviewStatuses, null), note: text }),
  fc.record({ type: fc.constant('topic.toggle' as const), id: fc.constantFrom(...topics, 'other') }),
  fc.record({ type: fc.constant('topic.move' as const), id: fc.constantFrom(...topics), by: fc.integer({ min: -3, max: 3 }) }),
  fc.constant({ type: 'topic.skip' as const }),
  fc.record({ type: fc.constant('note.set' as const), section: fc.constantFrom('checkIn', 'topic.mood', 'plan'), text: fc.constant(PRIVATE) }),
  fc.record({ type: fc.constant('agreed.set' as const), section: fc.constantFrom('checkIn', 'topic.mood', 'whatHelps.keepsWell'), text }),
  fc.constant({ type: 'action.add' as const }),
  fc.record({ type: fc.constant('action.update' as const), id: ids, text, owner: fc.constantFrom(...actionOwners), due: fc.constantFrom('', '2020-01-01', '2027-02-03') }),
  fc.record({ type: fc.constant('action.remove' as const), id: ids }),
  fc.constant({ type: 'adjustment.add' as const }),
  fc.record({ type: fc.constant('adjustment.update' as const), id: ids, text, status: fc.constantFrom(...adjustmentStatuses), reason: text }),
  fc.record({ type: fc.constant('adjustment.remove' as const), id: ids }),
  fc.record({ type: fc.constant('service.toggle' as const), id: fc.constantFrom('eap', 'ohs') }),
  fc.record({ type: fc.constant('reviewDate.set' as const), date: fc.constantFrom('', '2026-11-26', '2027-05-01', 'soon') }),
  fc.record({ type: fc.constant('consent.set' as const), section: fc.constantFrom(...recordSections), given: fc.boolean() }),
  fc.record({ type: fc.constant('safety.open' as const), path: fc.constantFrom(...safetyPaths) }),
  fc.record({ type: fc.constant('safety.path' as const), path: fc.constantFrom(...safetyPaths, null) }),
  fc.constant({ type: 'safety.close' as const }),
);

const run = (events: ConversationEvent[]) => {
  const c = startConversation({ topics, previousActions: [{ id: 'p1', text: 'Earlier', owner: 'staff', due: '' }] });
  for (const e of events) c.send(e);
  return c;
};

// fast-check's default is 100 runs; the engine's invariants are checked over 1,000 sequences each.
const params = { numRuns: 1000 };

describe('conversationMachine: properties over random event sequences', () => {
  it('keeps the stage in the context and the state the machine is in the same, after every event', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 60 }), (events) => {
        const c = startConversation({ topics, previousActions: [{ id: 'p1', text: 'Earlier', owner: 'staff', due: '' }] });
        for (const e of events) {
          c.send(e);
          const snapshot = c.actor.getSnapshot();
          // The safety steps are a state of their own; the context keeps the stage they return to.
          if (!snapshot.matches('safety')) expect(snapshot.value).to.deep.equal({ stages: snapshot.context.stage });
        }
      }),
      params,
    );
  });

  it('never throws and always sits in a known stage', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 60 }), (events) => {
        const c = run(events);
        expect(stageIds).to.include(c.stage());
        expect(c.actor.getSnapshot().status).to.equal('active');
      }),
      params,
    );
  });

  it('opens the safety steps from wherever it is and returns to the same stage and topic', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 60 }), fc.constantFrom(...safetyPaths), (events, path) => {
        const c = run(events);
        if (c.inSafety()) c.send({ type: 'safety.close' });
        const before = { stage: c.stage(), topicIndex: c.context().topicIndex };
        c.send({ type: 'safety.open', path });
        expect(c.inSafety()).to.equal(true);
        c.send({ type: 'safety.close' });
        expect({ stage: c.stage(), topicIndex: c.context().topicIndex }).to.deep.equal(before);
      }),
      params,
    );
  });

  it('loses nothing typed through any navigation', () => {
    const navigation = fc.oneof(
      fc.constant({ type: 'stage.next' as const }),
      fc.constant({ type: 'stage.back' as const }),
      fc.constant({ type: 'topic.skip' as const }),
      fc.record({ type: fc.constant('stage.change' as const), stage: fc.constantFrom(...stageIds) }),
      fc.constant({ type: 'safety.open' as const }),
      fc.constant({ type: 'safety.close' as const }),
    );
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 40 }), fc.array(navigation, { maxLength: 40 }), (edits, moves) => {
        const c = run(edits);
        const typed = JSON.stringify([c.context().notes, c.context().agreed, c.context().actions, c.context().adjustments, c.context().reviews]);
        for (const m of moves) c.send(m);
        // Ending the conversation discards private notes on purpose; everything else stays.
        const notes = c.context().outcome === null ? c.context().notes : JSON.parse(typed)[0];
        expect(JSON.stringify([notes, c.context().agreed, c.context().actions, c.context().adjustments, c.context().reviews])).to.equal(typed);
      }),
      params,
    );
  });

  it('never records private notes or an unconsented section', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 80 }), (events) => {
        const c = run(events);
        const record = buildRecord(c.context(), { nation: 'england', language: 'en-GB', services: [] });
        expect(JSON.stringify(record)).not.to.contain(PRIVATE);
        for (const section of record.sections) expect(c.context().consent[section]).to.equal(true);
        for (const section of recordSections) {
          if (!c.context().consent[section]) expect(record.sections).not.to.include(section);
        }
        if (record.outcome === 'declined') expect(record.sections).to.deep.equal([]);
      }),
      params,
    );
  });
});
