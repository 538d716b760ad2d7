import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import recordSchema from '../../docs/record.schema.json' with { type: 'json' };
import { nations, serviceCategories, type Nation, type Service } from '../content/types.js';
import { actionOwners, adjustmentStatuses, recordSections, reviewStatuses, whatHelpsQuestions, type RecordSection } from '../model/conversation.js';
import { type ConversationEvent } from '../machine/conversation.types.js';
import { startConversation } from '../machine/test-helpers.js';
import { buildRecord } from './build-record.js';
import { parseRecord, recordLimits } from './parse-record.js';
import type { AgreedRecord } from './record.types.js';
import { compileSchema, schemaErrors, type Schema } from '../test-helpers/json-schema.js';

const schema = recordSchema as unknown as Schema;
const props = recordSchema.properties;
const services: Service[] = [
  { id: 'eap', category: 'staffPsychologicalSupport', name: 'Staff support line' },
  { id: 'oh-team', category: 'occupationalHealth', name: { 'en-GB': 'Occupational health', cy: 'Iechyd galwedigaethol' } },
  { id: 'ftsu', category: 'freedomToSpeakUp', name: 'Speak Up Guardian' },
];

// What a person may type: any text, sometimes padded or only white space (the record trims it or leaves it out).
const typed = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '\n\t', ' padded ', '<b>x</b>', '"quoted" \\ back') },
);
// Text a plan cannot be saved without, so a generated conversation can reach the end.
const needed = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '');
const later = fc.constantFrom('', '2026-12-01', '2027-02-28', '2028-02-29');

/** One thing done in a conversation, as data so a failing case prints readably. */
type Step =
  | { do: 'agreed'; section: string; text: string }
  | { do: 'review'; status: (typeof reviewStatuses)[number] | null; note: string }
  | { do: 'topic'; id: string }
  | { do: 'action'; text: string; owner: (typeof actionOwners)[number]; due: string }
  | { do: 'adjustment'; text: string; status: (typeof adjustmentStatuses)[number]; reason: string }
  | { do: 'service'; id: string }
  | { do: 'reviewDate'; date: string };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ do: fc.constant('agreed' as const), section: fc.constantFrom('checkIn', 'topic.sleepEnergy', 'topic.money', ...whatHelpsQuestions.map((q) => `whatHelps.${q}`)), text: typed }),
  fc.record({ do: fc.constant('review' as const), status: fc.constantFrom(...reviewStatuses, null), note: typed }),
  fc.record({ do: fc.constant('topic' as const), id: fc.constantFrom('workload', 'sleepEnergy', 'mood', 'money') }),
  fc.record({ do: fc.constant('action' as const), text: needed, owner: fc.constantFrom(...actionOwners), due: later }),
  fc.record({ do: fc.constant('adjustment' as const), text: needed, status: fc.constantFrom(...adjustmentStatuses), reason: needed }),
  fc.record({ do: fc.constant('service' as const), id: fc.constantFrom('eap', 'oh-team', 'ftsu') }),
  fc.record({ do: fc.constant('reviewDate' as const), date: fc.constantFrom('', '2027-05-01', '2027-11-26') }),
);

/** A generated conversation: what was done, which sections were agreed to, and where. */
interface Conversation {
  steps: Step[];
  consent: RecordSection[];
  declined: boolean;
  nation: Nation;
  staffLanguage: string | undefined;
}

const conversation: fc.Arbitrary<Conversation> = fc.record({
  steps: fc.array(step, { maxLength: 25 }),
  consent: fc.oneof(fc.constant<RecordSection[]>([...recordSections]), fc.subarray<RecordSection>([...recordSections])),
  // About one conversation in ten is declined.
  declined: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  nation: fc.constantFrom(...nations),
  staffLanguage: fc.constantFrom(undefined, 'cy', 'en-GB', 'pl'),
});

// Plays the steps in, then goes through to the end the way the element does; undefined when the plan cannot be saved.
function recordOf(c: Conversation): AgreedRecord | undefined {
  const talk = startConversation({ previousActions: [{ id: 'p1', text: 'Ask about nights', owner: 'manager', due: '' }] });
  const send = (...events: ConversationEvent[]) => talk.send(...events);
  if (c.declined) {
    send({ type: 'stage.next' }, { type: 'open.decline' });
  } else {
    for (const s of c.steps) {
      if (s.do === 'agreed') send({ type: 'agreed.set', section: s.section, text: s.text });
      if (s.do === 'review') send({ type: 'review.set', actionId: 'p1', status: s.status, note: s.note });
      if (s.do === 'topic') send({ type: 'topic.toggle', id: s.id });
      if (s.do === 'service') send({ type: 'service.toggle', id: s.id });
      if (s.do === 'reviewDate') send({ type: 'reviewDate.set', date: s.date });
      if (s.do === 'action') {
        send({ type: 'action.add' });
        send({ type: 'action.update', id: talk.context().actions.at(-1)!.id, text: s.text, owner: s.owner, due: s.due });
      }
      if (s.do === 'adjustment') {
        send({ type: 'adjustment.add' });
        send({ type: 'adjustment.update', id: talk.context().adjustments.at(-1)!.id, text: s.text, status: s.status, reason: s.reason });
      }
    }
    for (const section of c.consent) send({ type: 'consent.set', section, given: true });
    for (let i = 0; i < 40 && talk.stage() !== 'complete'; i++) send({ type: 'stage.next' });
  }
  if (talk.stage() !== 'complete') return undefined;
  return buildRecord(talk.context(), { nation: c.nation, language: 'en-GB', staffLanguage: c.staffLanguage, services });
}

function aRecord(): AgreedRecord {
  const record = recordOf({ steps: [{ do: 'topic', id: 'money' }, { do: 'action', text: 'Call OH', owner: 'both', due: '2027-01-10' }], consent: [...recordSections], declined: false, nation: 'wales', staffLanguage: 'cy' });
  return record!;
}

describe('docs/record.schema.json and parseRecord', () => {
  it('accept every record buildRecord makes from a random conversation, and parseRecord returns it unchanged', () => {
    let completed = 0;
    fc.assert(
      fc.property(conversation, (c) => {
        const record = recordOf(c);
        if (!record) return;
        completed++;
        const stored = JSON.parse(JSON.stringify(record));
        expect(schemaErrors(schema, stored)).to.deep.equal([]);
        expect(parseRecord(stored)).to.deep.equal({ ok: true, value: record, warnings: [] });
      }),
      { numRuns: 300 },
    );
    // The property means something only if most generated conversations reached the end.
    expect(completed).to.be.above(250);
  });

  it('parseRecord reads every record the schema accepts, but for what a schema cannot check', () => {
    const full = aRecord();
    // Places a stored record can go wrong, and the values a hand edit or a bug might leave there.
    const paths: (string | number)[][] = [
      ['outcome'], ['date'], ['nation'], ['language'], ['staffLanguage'], ['scriptVersion'], ['sections'], ['sections', 0], ['summary'],
      ['topics', 0, 'id'], ['topics', 0, 'agreed'], ['actions', 0], ['actions', 0, 'id'], ['actions', 0, 'owner'], ['actions', 0, 'due'],
      ['actions', 0, 'text'], ['actions', 1], ['services', 0, 'id'], ['services', 0, 'name'], ['review', 0, 'status'], ['reviewDate'], ['whatHelps'],
    ];
    const values = fc.oneof(
      fc.constantFrom<unknown>(null, '', ' ', 'x', 'en-gb', 'sr-Latn-RS', 'de-1996', 'a1', 'p1', 'Money!', 'money', 'both', 'done', '2027-02-29', '2028-02-29', '2027-13-01', 1, [], {}),
      fc.string({ unit: 'grapheme-ascii', maxLength: 12 }),
      fc.constant('x'.repeat(2001)),
      fc.record({ id: fc.constantFrom('a1', 'a2', 'p1'), text: fc.constantFrom('Walk', ''), owner: fc.constantFrom('staff', 'boss') }),
    );
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), values), { minLength: 1, maxLength: 2 }), (changes) => {
        const record: Record<string | number, any> = JSON.parse(JSON.stringify(full));
        for (const [path, value] of changes) {
          let node = record;
          for (const key of path.slice(0, -1)) node = node?.[key];
          if (node && typeof node === 'object') node[path.at(-1)!] = value;
        }
        if (schemaErrors(schema, record).length) return void refused++;
        accepted++;
        const result = parseRecord(record);
        // Ids must differ within a list: the one rule a JSON Schema cannot state.
        const unstated = result.ok ? [] : result.errors.filter((e) => !e.message.startsWith('repeats the id'));
        expect(unstated).to.deep.equal([]);
      }),
      { numRuns: 1000 },
    );
    // Both sides of the property must have been exercised for it to mean anything.
    expect(accepted).to.be.above(50);
    expect(refused).to.be.above(100);
  });

  it('both refuse broken records', () => {
    const base = aRecord();
    const broken: [string, Record<string, unknown>, string][] = [
      ['no version', { ...base, schemaVersion: undefined }, '$.schemaVersion: missing'],
      ['a later version', { ...base, schemaVersion: 2 }, '$.schemaVersion: not in the enum'],
      ['an unknown outcome', { ...base, outcome: 'finished' }, '$.outcome: not in the enum'],
      ['a date that does not exist', { ...base, date: '2026-02-29' }, '$.date: does not match the pattern'],
      ['a date in another format', { ...base, date: '26/11/2026' }, '$.date: does not match the pattern'],
      ['an unknown nation', { ...base, nation: 'France' }, '$.nation: not in the enum'],
      ['a sentence for a language', { ...base, language: 'English please' }, '$.language: does not match the pattern'],
      ['sections that are not a list', { ...base, sections: 'all' }, '$.sections: not of type array'],
      ['an unknown section', { ...base, sections: [...base.sections, 'notes'] }, `$.sections[${base.sections.length}]: not in the enum`],
      ['an action without an owner', { ...base, actions: [{ id: 'a1', text: 'Call OH' }] }, '$.actions[0].owner: missing'],
      ['an owner no one is', { ...base, actions: [{ id: 'a1', text: 'Call OH', owner: 'boss' }] }, '$.actions[0].owner: not in the enum'],
      ['empty action text', { ...base, actions: [{ id: 'a1', text: '   ', owner: 'staff' }] }, '$.actions[0].text: does not match the pattern'],
      ['text over the cap', { ...base, summary: 'x'.repeat(recordLimits.text + 1) }, '$.summary: longer than 2000'],
      ['too many actions', { ...base, actions: Array.from({ length: 101 }, (_, i) => ({ id: `a${i}`, text: 'x', owner: 'staff' })) }, '$.actions: more than 100 items'],
      ['a topic id with spaces', { ...base, topics: [{ id: 'my topic' }] }, '$.topics[0].id: does not match the pattern'],
      ['a service in no category', { ...base, services: [{ id: 'gym', category: 'gym', name: 'Gym' }] }, '$.services[0].category: not in the enum'],
      ['answers as text', { ...base, whatHelps: 'Walking' }, '$.whatHelps: not of type object'],
      ['a review date written in words', { ...base, reviewDate: 'soon' }, '$.reviewDate: does not match the pattern'],
    ];
    for (const [what, record, error] of broken) {
      const json = JSON.parse(JSON.stringify(record));
      expect(schemaErrors(schema, json), what).to.include(error);
      expect(parseRecord(json).ok, what).to.equal(false);
    }
    expect(schemaErrors(schema, [])).to.deep.equal(['$: not of type object']);
    expect(parseRecord([]).ok).to.equal(false);
  });

  it('agree on the words, the ids and the caps', () => {
    expect(Object.keys(props)).to.deep.equal(['schemaVersion', 'scriptVersion', 'outcome', 'date', 'nation', 'language', 'staffLanguage', 'sections', ...recordSections]);
    expect(props.nation.enum).to.deep.equal([...nations]);
    expect(props.sections.items.enum).to.deep.equal([...recordSections]);
    expect(props.review.items.properties.status.enum).to.deep.equal([...reviewStatuses, null]);
    expect(props.actions.items.properties.owner.enum).to.deep.equal([...actionOwners]);
    expect(props.adjustments.items.properties.status.enum).to.deep.equal([...adjustmentStatuses]);
    expect(props.services.items.properties.category.enum).to.deep.equal([...serviceCategories]);
    expect(Object.keys(props.whatHelps.properties)).to.deep.equal([...whatHelpsQuestions]);
    for (const list of ['review', 'topics', 'actions', 'adjustments', 'services'] as const) expect(props[list].maxItems, list).to.equal(recordLimits[list]);
    expect(props.summary.maxLength).to.equal(recordLimits.text);
    expect(props.scriptVersion.maxLength).to.equal(recordLimits.scriptVersion);
    expect(props.services.items.properties.name.maxLength).to.equal(recordLimits.name);
  });

  it('compiles under the strict mode of Ajv, and Ajv can fail', () => {
    expect(() => compileSchema(schema)).to.not.throw();
    // Strict mode refuses a keyword it does not know, so a misspelt one cannot quietly check nothing.
    expect(() => compileSchema({ type: 'string', maxLenght: 3 })).to.throw(/unknown keyword/);
    expect(schemaErrors(schema, aRecord())).to.deep.equal([]);
    expect(schemaErrors(schema, { ...aRecord(), note: 'x' })).to.deep.equal(['$.note: not allowed']);
  });
});
