import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defaultScriptVersion } from '../machine/conversation.context.js';
import { actionOwners, adjustmentStatuses, safetyPaths, type ConversationContext } from '../model/conversation.js';
import { stageIds } from '../model/stages.js';
import { createDraft, draftLimits, parseDraft, type Draft } from './draft.js';
import { draftTime, expectRefused, expectRestored, filledContext, issueText, restorable, storedDraft, testToday, watchWebStorage } from './test-helpers.js';

const now = draftTime;

describe('createDraft and parseDraft', () => {
  let checkWebStorage: () => void;
  beforeEach(() => (checkWebStorage = watchWebStorage()));
  afterEach(() => checkWebStorage());

  it('writes a versioned draft of the whole context but the private notes, sharing nothing with it', () => {
    const context = filledContext();
    const draft: Draft = createDraft(context, now, 'conversation-digest');
    expect(draft).to.include({ schemaVersion: 2, scriptVersion: defaultScriptVersion, savedAt: '2026-11-26T10:32:00.000Z', conversation: 'conversation-digest' });
    expect(draft.state).to.not.have.property('scriptVersion');
    expect(draft.state).to.not.have.property('notes');
    expect(JSON.stringify(draft)).not.to.contain('private check-in note');
    context.actions[0].text = 'changed';
    expect(draft.state.actions[0].text).to.equal('TYPED walk at lunch');
  });

  it('gives back the same context after a round trip through JSON', () => {
    const context = filledContext();
    const result = parseDraft(storedDraft(context), defaultScriptVersion);
    expect(result).to.deep.equal({ ok: true, value: { context: restorable(context), migrated: false, savedAt: '2026-11-26T10:32:00.000Z' }, warnings: [] });
  });

  it('reads the draft from its JSON text too', () => {
    const context = filledContext();
    expect(expectRestored(parseDraft(JSON.stringify(createDraft(context, now))))).to.deep.equal(restorable(context));
  });

  it('gives back any valid context unchanged, spaces and empty text included', () => {
    fc.assert(fc.property(contextArb, (context) => {
      expect(parseDraft(JSON.parse(JSON.stringify(createDraft(context, now))), context.scriptVersion)).to.deep.equal({
        ok: true, value: { context: restorable(context), migrated: false, savedAt: now.toISOString() }, warnings: [],
      });
    }), { numRuns: 300 });
  });

  it('carries a draft of an older script version over to the current one', () => {
    const context = filledContext();
    const old = { ...storedDraft(context), scriptVersion: '2025-04.2' };
    const result = parseDraft(old, defaultScriptVersion);
    expect(result.ok && result.value.migrated).to.equal(true);
    expect(expectRestored(result)).to.deep.equal({ ...restorable(context), scriptVersion: defaultScriptVersion });
    expect(result.ok && result.warnings.map((w) => w.path)).to.deep.equal(['scriptVersion']);
  });

  it('starts a field the draft lacks empty, with a warning, and keeps everything typed', () => {
    const draft = storedDraft();
    delete draft.state.safetyOpened;
    delete (draft.state.consent as Record<string, unknown>).reviewDate;
    const result = parseDraft(draft);
    const context = expectRestored(result);
    expect(context.safetyOpened).to.equal(false);
    expect(context.consent.reviewDate).to.equal(false);
    expect(context.agreed).to.deep.equal(filledContext().agreed);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['state.consent.reviewDate', 'state.safetyOpened']);
  });

  it('refuses a draft of an unknown schemaVersion and recovers every piece of typed text', () => {
    // A version 1 draft, as the guide wrote before drafts named their conversation, private notes and all.
    const { conversation: _none, ...older } = storedDraft();
    const result = expectRefused(parseDraft({ ...older, schemaVersion: 1, state: { ...older.state, notes: filledContext().notes } }));
    expect(result.errors).to.deep.equal([{ path: 'schemaVersion', message: 'expected 2, the only draft version this guide can read, got 1' }]);
    expect(result.recovered).to.deep.equal([
      { label: 'reviews.p1.note', text: 'TYPED review note' },
      { label: 'agreed.checkIn', text: 'TYPED agreed wording' },
      { label: 'agreed["whatHelps.keepsWell"]', text: 'TYPED keeps well' },
      { label: 'actions[0].text', text: 'TYPED walk at lunch' },
      { label: 'actions[0].due', text: '2026-12-01' },
      { label: 'actions[1].text', text: 'TYPED rota talk' },
      { label: 'actions[1].due', text: 'TYPED next week' },
      { label: 'adjustments[0].text', text: 'TYPED later shifts' },
      { label: 'adjustments[0].reason', text: 'TYPED rota rules' },
      { label: 'reviewDate', text: '2027-02-01' },
      { label: 'notes.checkIn', text: 'TYPED private check-in note' },
      { label: 'notes["topic.sleepEnergy"]', text: '  TYPED spaced note  ' },
    ]);
  });

  it('refuses a draft that another conversation made, offering none of its text', () => {
    const draft = { ...storedDraft(), conversation: 'digest-of-A' };
    const result = expectRefused(parseDraft(draft, defaultScriptVersion, 'digest-of-B'));
    expect(result.errors).to.deep.equal([{ path: 'conversation', message: 'belongs to another conversation (another draft-id), so it was not restored' }]);
    expect(result.recovered).to.deep.equal([]);
    expect(expectRestored(parseDraft(draft, defaultScriptVersion, 'digest-of-A')).agreed.checkIn).to.equal('TYPED agreed wording');
  });

  it('never restores a conversation that has ended: completion happens only in the live conversation', () => {
    const ended = storedDraft({ ...filledContext(), outcome: 'completed', stage: 'complete' });
    expect(expectRefused(parseDraft(ended)).errors.map((e) => e.path)).to.deep.equal(['state.outcome']);
    const atEnd = storedDraft({ ...filledContext(), stage: 'complete' });
    expect(expectRefused(parseDraft(atEnd)).errors.map((e) => e.path)).to.deep.equal(['state.stage']);
  });

  it('recovers text from a draft of a shape it does not know, wherever it is', () => {
    const future = { schemaVersion: 3, conversation: { sections: [{ section: 'checkIn', body: 'TYPED one' }], extra: { deep: ['TYPED two'] } } };
    const result = expectRefused(parseDraft(future));
    expect(result.recovered).to.deep.include({ label: 'conversation.sections[0].body', text: 'TYPED one' });
    expect(result.recovered).to.deep.include({ label: 'conversation.extra.deep[0]', text: 'TYPED two' });
    expect(expectRefused(parseDraft('TYPED text that is not JSON')).recovered).to.deep.equal([{ label: 'draft', text: 'TYPED text that is not JSON' }]);
  });

  it('refuses anything but a draft as the whole input, in plain words', () => {
    const cases: [unknown, string][] = [[null, 'null'], [undefined, 'nothing'], [42, 'a number'], [[storedDraft()], 'a list [ … ]'], [true, 'true or false'], [10n, 'a bigint']];
    for (const [input, got] of cases) {
      expect(expectRefused(parseDraft(input)).errors).to.deep.equal([{ path: 'draft', message: `expected a saved draft { schemaVersion, scriptVersion, savedAt, conversation, state }, got ${got}` }]);
    }
    expect(expectRefused(parseDraft({ schemaVersion: 2, scriptVersion: 'x', savedAt: now.toISOString(), conversation: '' })).errors).to.deep.equal([
      { path: 'state', message: 'expected the conversation { stage, notes, … }, got nothing' },
    ]);
  });

  it('checks types and words of every kind of field', () => {
    const draft = storedDraft();
    Object.assign(draft.state, { stage: 'lunch', topicIndex: -1, returnToAgree: 'yes', safetyPath: 'other', today: '26/11/2026' });
    const actions = draft.state.actions as Record<string, unknown>[];
    actions[0].owner = 'nobody';
    actions[1].id = '';
    (draft.state.adjustments as Record<string, unknown>[])[0].status = 3;
    (draft.state.reviews as Record<string, Record<string, unknown>>).p1.status = 'unknown';
    const result = expectRefused(parseDraft(draft));
    expect(result.errors.map((e) => e.path)).to.have.members([
      'state.stage', 'state.today', 'state.reviews.p1.status', 'state.topicIndex', 'state.actions[0].owner', 'state.actions[1].id',
      'state.adjustments[0].status', 'state.returnToAgree', 'state.safetyPath',
    ]);
    expect(result.errors.find((e) => e.path === 'state.stage')!.message).to.match(/^expected one of prepare, open, .* got text that is not one of them$/);
    expect(result.recovered.map((r) => r.label)).to.include.members(['agreed.checkIn', 'actions[0].text', 'adjustments[0].reason']);
  });

  it('never puts typed text in a message, even when every field is broken', () => {
    const mark = 'SECRET-NOTE-4b1d';
    const draft = storedDraft(filledContext(mark.repeat(2000)));
    for (const key of ['stage', 'today', 'topicIndex', 'safetyPath', 'outcome', 'returnToAgree', 'nextId', 'reviewDate']) draft.state[key] = mark;
    for (const item of draft.state.actions as Record<string, unknown>[]) Object.assign(item, { id: mark, owner: mark, due: mark.repeat(10) });
    for (const item of draft.state.adjustments as Record<string, unknown>[]) Object.assign(item, { id: [mark], status: mark });
    draft.state.availableTopics = [mark, { mark }];
    const result = expectRefused(parseDraft(draft));
    expect(result.errors.length).to.be.above(15);
    expect(issueText([...result.errors, ...result.warnings])).to.not.include('SECRET');
    expect(result.recovered.map((r) => r.text).join('')).to.include(mark);
  });

  it('refuses more than 200 actions and more than 20,000 characters, recovering the long text in full', () => {
    const draft = storedDraft();
    const long = 'TYPED '.repeat(4000);
    (draft.state.agreed as Record<string, string>).checkIn = long;
    draft.state.actions = Array.from({ length: draftLimits.actions + 1 }, (_, i) => ({ id: `a${i + 1}`, text: '', owner: 'staff', due: '' }));
    const result = expectRefused(parseDraft(draft));
    expect(result.errors).to.deep.include({ path: 'state.agreed.checkIn', message: 'expected at most 20000 characters, got 24000' });
    expect(result.errors).to.deep.include({ path: 'state.actions', message: 'expected at most 200 items, got 201; only the first 200 were checked' });
    expect(result.recovered).to.deep.include({ label: 'agreed.checkIn', text: long });
  });

  it('refuses repeated ids and topics not offered, and mends counters', () => {
    const draft = storedDraft();
    (draft.state.actions as Record<string, unknown>[])[1].id = 'a1';
    draft.state.chosenTopics = ['sleepEnergy', 'parking'];
    expect(expectRefused(parseDraft(draft)).errors).to.deep.equal([
      { path: 'state.actions[1].id', message: 'repeats state.actions[0]' },
      { path: 'state.chosenTopics[1]', message: 'is not one of availableTopics' },
    ]);
    const mendable = storedDraft();
    Object.assign(mendable.state, { topicIndex: 7, nextId: 2 });
    const result = parseDraft(mendable);
    expect(expectRestored(result)).to.include({ topicIndex: 1, nextId: 4 });
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['state.topicIndex', 'state.nextId']);
  });

});

// Any context a draft is saved from: a conversation in progress (never ended), unique ids, chosen topics
// among those offered, counters in range.
const text = fc.oneof(fc.constant(''), fc.string({ unit: 'binary', maxLength: 40 }), fc.constant('  spaced  '));
const key = fc.string({ minLength: 1, maxLength: 30 }).filter((k) => !['__proto__', 'constructor', 'prototype'].includes(k));
const topicIds = fc.uniqueArray(fc.constantFrom('workload', 'sleepEnergy', 'mood', 'money', 'parking'), { maxLength: 5 });
const contextArb: fc.Arbitrary<ConversationContext> = fc
  .record({
    stage: fc.constantFrom(...stageIds.filter((stage) => stage !== 'complete')),
    available: topicIds,
    chosenCount: fc.nat(5),
    notes: fc.dictionary(key, text, { maxKeys: 6, noNullPrototype: true }),
    agreed: fc.dictionary(key, text, { maxKeys: 6, noNullPrototype: true }),
    actions: fc.array(fc.record({ text, owner: fc.constantFrom(...actionOwners), due: fc.oneof(fc.constant(''), fc.constant('2026-12-01'), text) }), { maxLength: 5 }),
    adjustments: fc.array(fc.record({ text, status: fc.constantFrom(...adjustmentStatuses), reason: text }), { maxLength: 5 }),
    checks: fc.dictionary(key, fc.boolean(), { maxKeys: 4, noNullPrototype: true }),
    safetyPath: fc.option(fc.constantFrom(...safetyPaths), { nil: null }),
    flags: fc.tuple(fc.boolean(), fc.boolean()),
    reviewNote: text,
  })
  .map((r) => {
    const chosen = r.available.slice(0, r.chosenCount);
    const actions = r.actions.map((a, i) => ({ id: `a${i + 1}`, ...a }));
    const adjustments = r.adjustments.map((a, i) => ({ id: `j${i + 10}`, ...a }));
    const base = filledContext();
    return {
      ...base, stage: r.stage, today: testToday, availableTopics: r.available, chosenTopics: chosen, skippedTopics: chosen.slice(0, 1),
      topicIndex: Math.max(0, chosen.length - 1), notes: r.notes, agreed: r.agreed, actions, adjustments, prepareChecks: r.checks,
      reviews: { p1: { status: null, note: r.reviewNote } }, safetyPath: r.safetyPath, returnToAgree: r.flags[0], safetyOpened: r.flags[1],
      nextId: 20, services: [],
    };
  });
