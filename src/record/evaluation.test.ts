import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { builtInTopicIds, type Service } from '../content/types.js';
import { initialContext } from '../machine/conversation.context.js';
import { actionOwners, adjustmentStatuses, recordSections, reviewStatuses, type ConversationContext } from '../model/conversation.js';
import { stageIds } from '../model/stages.js';
import { startConversation } from '../machine/test-helpers.js';
import { schemaErrors, type Schema } from '../test-helpers/json-schema.js';
import { buildEvaluation, declinedEvaluationSchema, durationBandOf, evaluationSchema, evaluationToSend, type EvaluationInput } from './evaluation.js';

const schema = evaluationSchema as unknown as Schema;
const minute = 60_000;
const start = Date.UTC(2026, 10, 26, 9, 0);
const services: Service[] = [
  { id: 'eap', category: 'staffPsychologicalSupport', name: 'Staff support line' },
  { id: 'counselling', category: 'staffPsychologicalSupport', name: 'Counselling' },
  { id: 'oh', category: 'occupationalHealth', name: 'Occupational health' },
];
const input: EvaluationInput = {
  nation: 'wales', language: 'en-GB', staffLanguage: 'cy', services, builtInTopicIds, startedAt: start, endedAt: start + 40 * minute,
};

// A conversation with something in every part, nothing consented, and a trust topic chosen.
function fullConversation() {
  const c = startConversation({ topics: ['mood', 'workload', 'parking'], previousActions: [{ id: 'p1', text: 'Later shifts', owner: 'manager', due: '' }] });
  c.send(
    { type: 'topic.toggle', id: 'workload' }, { type: 'topic.toggle', id: 'parking' }, { type: 'topic.toggle', id: 'mood' },
    { type: 'action.add' }, { type: 'action.update', id: 'a1', text: 'Swap nights' },
    { type: 'adjustment.add' }, { type: 'adjustment.update', id: 'j2', text: 'Desk fan', status: 'agreed' },
    { type: 'adjustment.add' }, { type: 'adjustment.update', id: 'j3', text: 'Quiet room', status: 'toExplore' },
    { type: 'service.toggle', id: 'oh' }, { type: 'service.toggle', id: 'eap' }, { type: 'service.toggle', id: 'counselling' },
    { type: 'reviewDate.set', date: '2027-06-01' },
    { type: 'safety.open' }, { type: 'safety.close' },
  );
  c.nextUntil('agree');
  c.send({ type: 'stage.next' });
  return c;
}

describe('evaluationToSend', () => {
  it('sends nothing for a completed conversation unless the staff member agreed to share numbers', () => {
    const c = fullConversation();
    expect(c.context().evaluationConsent).to.equal(false);
    expect(evaluationToSend(c.context(), input)).to.equal(undefined);
    const agreed = { ...c.context(), evaluationConsent: true };
    expect(evaluationToSend(agreed, input)).to.deep.equal(buildEvaluation(agreed, input));
  });

  it('sends only the month and outcome of a declined conversation, consent or not', () => {
    const c = fullConversation();
    for (const evaluationConsent of [false, true]) {
      const payload = evaluationToSend({ ...c.context(), outcome: 'declined', evaluationConsent }, input);
      expect(payload).to.deep.equal({ schemaVersion: 1, month: '2026-11', outcome: 'declined' });
      expect(schemaErrors(declinedEvaluationSchema as unknown as Schema, payload)).to.deep.equal([]);
    }
    expect(schemaErrors(declinedEvaluationSchema as unknown as Schema, { schemaVersion: 1, month: '2026-11', outcome: 'declined', topics: [] })).to.deep.equal(['$.topics: not allowed']);
  });

  it('sends nothing for a conversation that has not ended', () => {
    expect(evaluationToSend({ ...initialContext(), evaluationConsent: true }, input)).to.equal(undefined);
  });
});

describe('buildEvaluation', () => {
  it('reports a completed conversation as categories, counts and yes/no values', () => {
    const payload = buildEvaluation(fullConversation().context(), input);
    expect(payload).to.deep.equal({
      schemaVersion: 1, month: '2026-11', nation: 'wales', language: 'en-GB', staffLanguage: 'cy', outcome: 'completed', stageReached: 'complete',
      topics: ['mood', 'trustTopic', 'workload'], serviceCategories: ['occupationalHealth', 'staffPsychologicalSupport'],
      counts: { actions: 1, adjustments: 2, adjustmentsAgreed: 1, reviewItems: 1 }, reviewDateSet: true, safetyOpened: true, durationBand: '30-60m',
    });
    expect(schemaErrors(schema, payload)).to.deep.equal([]);
  });

  it('reports a declined conversation with no topics, services or counts, ended at open', () => {
    const c = fullConversation();
    const declined = startConversation({ topics: ['mood'] });
    declined.send({ type: 'topic.toggle', id: 'mood' });
    declined.nextUntil('open');
    declined.send({ type: 'open.decline' });
    const payload = buildEvaluation({ ...declined.context(), actions: c.context().actions }, { ...input, staffLanguage: undefined });
    expect(payload).to.deep.include({ outcome: 'declined', stageReached: 'open', topics: [], serviceCategories: [], reviewDateSet: false });
    expect(payload.counts).to.deep.equal({ actions: 0, adjustments: 0, adjustmentsAgreed: 0, reviewItems: 0 });
    expect(payload).not.to.have.property('staffLanguage');
    expect(schemaErrors(schema, payload)).to.deep.equal([]);
  });

  it('counts what was in the conversation whether or not it was consented, leaving out blank rows', () => {
    const context: ConversationContext = {
      ...initialContext({ today: '2026-11-26', previousActions: [{ id: 'p1', text: 'Rota', owner: 'both', due: '' }, { id: 'p2', text: 'Fan', owner: 'staff', due: '' }] }),
      actions: [{ id: 'a1', text: 'Walk', owner: 'staff', due: '' }, { id: 'a2', text: '  ', owner: 'staff', due: '' }],
      adjustments: [
        { id: 'j3', text: 'Desk', status: 'agreed', reason: '' }, { id: 'j4', text: '', status: 'agreed', reason: '' },
        { id: 'j5', text: 'Hours', status: 'notPossible', reason: 'Cover' },
      ],
      reviewDate: '2027-02-30',
    };
    expect(Object.values(context.consent)).to.deep.equal(recordSections.map(() => false));
    const payload = buildEvaluation(context, input);
    expect(payload.counts).to.deep.equal({ actions: 1, adjustments: 2, adjustmentsAgreed: 1, reviewItems: 2 });
    expect(payload.reviewDateSet).to.equal(false);
    expect(payload.stageReached).to.equal('prepare');
  });

  it('has a schema Ajv can fail: extra keys, free-text topics and wrong kinds are refused', () => {
    const payload = buildEvaluation(fullConversation().context(), input);
    expect(schemaErrors(schema, { ...payload, note: 'x' })).to.deep.equal(['$.note: not allowed']);
    expect(schemaErrors(schema, { ...payload, topics: ['parking'] })).to.deep.equal(['$.topics[0]: not in the enum']);
    expect(schemaErrors(schema, { ...payload, month: '2026-13' })).to.deep.equal(['$.month: does not match the pattern']);
    expect(schemaErrors(schema, { ...payload, counts: { ...payload.counts, actions: 1.5 } })).to.deep.equal(['$.counts.actions: not of type integer']);
    expect(schemaErrors(schema, { ...payload, language: 'en-GB-x-janesmith' })).to.deep.equal(['$.language: does not match the pattern']);
  });

  it('takes the month from the day the record is dated, else from the start time in UTC', () => {
    const context = initialContext({ today: '2027-01-01' });
    expect(buildEvaluation(context, { ...input, startedAt: Date.UTC(2026, 11, 31, 23, 30) }).month).to.equal('2027-01');
    expect(buildEvaluation({ ...context, today: '2026-12-31' }, input).month).to.equal('2026-12');
    expect(buildEvaluation({ ...context, today: 'not a date' }, { ...input, startedAt: Date.UTC(2026, 11, 31, 23, 30) }).month).to.equal('2026-12');
    expect(buildEvaluation({ ...context, today: '2026-02-30' }, { ...input, startedAt: Date.UTC(2026, 1, 1) }).month).to.equal('2026-02');
  });

  it('bands the duration with each label read literally at its edges', () => {
    const cases: [number, string][] = [
      [0, '<15m'], [15 * minute - 1, '<15m'], [15 * minute, '15-30m'], [30 * minute - 1, '15-30m'], [30 * minute, '30-60m'],
      [60 * minute, '30-60m'], [60 * minute + 1, '>60m'], [10 * 60 * minute, '>60m'], [-5 * minute, '<15m'], [Number.NaN, '<15m'],
    ];
    for (const [ms, band] of cases) expect(durationBandOf(ms), `${ms} ms`).to.equal(band);
    const context = initialContext({ today: '2026-11-26' });
    expect(buildEvaluation(context, { ...input, endedAt: start + 15 * minute }).durationBand).to.equal('15-30m');
    expect(buildEvaluation(context, { ...input, endedAt: start - minute }).durationBand).to.equal('<15m');
  });

  it('masks every topic the library does not ship as trustTopic, even one passed as built in', () => {
    const context = { ...initialContext({ today: '2026-11-26' }), chosenTopics: ['parking', 'sleepEnergy', 'janeSmithRota', 'parking'] };
    expect(buildEvaluation(context, input).topics).to.deep.equal(['sleepEnergy', 'trustTopic']);
    expect(buildEvaluation(context, { ...input, builtInTopicIds: [...builtInTopicIds, 'parking'] }).topics).to.deep.equal(['sleepEnergy', 'trustTopic']);
    expect(buildEvaluation(context, { ...input, builtInTopicIds: ['parking'] }).topics).to.deep.equal(['trustTopic']);
  });

  it('keeps only the language, script and region of a language tag', () => {
    const context = initialContext({ today: '2026-11-26' });
    expect(buildEvaluation(context, { ...input, language: 'en-gb-x-jane', staffLanguage: 'en-GB' })).to.deep.include({ language: 'en-GB' });
    expect(buildEvaluation(context, { ...input, language: 'en-GB', staffLanguage: 'en-GB' })).not.to.have.property('staffLanguage');
    expect(buildEvaluation(context, { ...input, language: 'English please', staffLanguage: 'not a tag' })).to.deep.include({ language: 'und' });
    expect(buildEvaluation(context, { ...input, language: 'not a tag', staffLanguage: 'not a tag' })).not.to.have.property('staffLanguage');
  });

  it('never carries text typed anywhere in the conversation, nor a trust topic id or service name', () => {
    const marker = fc.stringMatching(/^[A-Za-z0-9]{4,12}$/).map((s) => `zq9Marker${s}`);
    const scenario = marker.chain((m) => {
      const typed = fc.oneof(
        fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 })).map(([a, b]) => `${a}${m}${b}`),
        fc.constantFrom('', '  ', m),
      );
      const sections = fc.dictionary(fc.oneof(fc.constantFrom('checkIn', `topic.${m}`, 'whatHelps.keepsWell', 'plan'), fc.string({ maxLength: 12 })), typed, { maxKeys: 6 });
      return fc.record({
        m: fc.constant(m),
        notes: sections,
        agreed: sections,
        actions: fc.array(fc.record({ text: typed, owner: fc.constantFrom(...actionOwners), due: fc.constantFrom('', '2027-01-10', m) }), { maxLength: 5 }),
        adjustments: fc.array(fc.record({ text: typed, status: fc.constantFrom(...adjustmentStatuses), reason: typed }), { maxLength: 5 }),
        reviews: fc.array(fc.record({ status: fc.constantFrom(null, ...reviewStatuses), note: typed, text: typed }), { maxLength: 4 }),
        chosenTrust: fc.boolean(),
        builtIns: fc.subarray([...builtInTopicIds]),
        consent: fc.boolean(),
        outcome: fc.constantFrom(null, 'completed' as const, 'declined' as const),
        stage: fc.constantFrom(...stageIds),
        reviewDate: fc.constantFrom('', '2027-06-01', m),
        safetyOpened: fc.boolean(),
        minutes: fc.integer({ min: -10, max: 200 }),
      });
    });
    fc.assert(
      fc.property(scenario, (s) => {
        // The trust's topic and service are named with the marker too: ids and names are the trust's own words.
        const context: ConversationContext = {
          ...initialContext({ today: '2026-11-26', topics: [...builtInTopicIds, s.m] }),
          stage: s.stage,
          notes: s.notes,
          agreed: s.agreed,
          previousActions: s.reviews.map((r, i) => ({ id: `p${i}`, text: r.text, owner: 'staff' as const, due: '' })),
          reviews: Object.fromEntries(s.reviews.map((r, i) => [`p${i}`, { status: r.status, note: r.note }])),
          chosenTopics: [...s.builtIns, ...(s.chosenTrust ? [s.m] : [])],
          actions: s.actions.map((a, i) => ({ id: `a${i}`, ...a })),
          adjustments: s.adjustments.map((a, i) => ({ id: `j${i}`, ...a })),
          services: ['eap', s.m],
          reviewDate: s.reviewDate,
          consent: Object.fromEntries(recordSections.map((k) => [k, s.consent])) as ConversationContext['consent'],
          outcome: s.outcome,
          safetyOpened: s.safetyOpened,
        };
        const offered: Service[] = [...services, { id: s.m, category: 'chaplaincy', name: `${s.m} chapel` }];
        const payload = buildEvaluation(context, { ...input, services: offered, endedAt: start + s.minutes * minute });
        expect(JSON.stringify(payload).toLowerCase()).not.to.contain('zq9marker');
        expect(schemaErrors(schema, payload)).to.deep.equal([]);
        const declined = s.outcome === 'declined';
        expect(payload.counts.actions).to.equal(declined ? 0 : s.actions.filter((a) => a.text.trim()).length);
        expect(payload.topics.includes('trustTopic')).to.equal(s.chosenTrust && !declined);
      }),
      { numRuns: 2000 },
    );
  });
});
