import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ParseIssue, ParseResult } from '../content/trust-config.js';
import { recordSections } from '../model/conversation.js';
import { startConversation } from '../machine/test-helpers.js';
import { buildRecord } from './build-record.js';
import { parseRecord, previousActionsFrom } from './parse-record.js';
import type { AgreedRecord } from './record.types.js';

const services = [{ id: 'eap', category: 'staffPsychologicalSupport' as const, name: 'Staff support line' }];
const meta = { nation: 'england' as const, language: 'en-GB', staffLanguage: 'cy', services };

// A record with every section, built the way the element builds one; `text` goes into every text field.
function fullRecord(text = 'Walking'): AgreedRecord {
  const c = startConversation({ previousActions: [{ id: 'p1', text: `${text} shifts`, owner: 'manager', due: '' }] });
  c.send(
    { type: 'agreed.set', section: 'checkIn', text: `${text} months` },
    { type: 'review.set', actionId: 'p1', status: 'done', note: `${text} helped` },
    { type: 'topic.toggle', id: 'sleepEnergy' }, { type: 'topic.toggle', id: 'money' },
    { type: 'agreed.set', section: 'topic.sleepEnergy', text: `${text} nights` },
    { type: 'agreed.set', section: 'whatHelps.keepsWell', text },
    { type: 'action.add' }, { type: 'action.update', id: 'a1', text: `${text} swap`, owner: 'manager', due: '2027-01-10' },
    { type: 'action.add' }, { type: 'action.update', id: 'a2', text: `${text} walk` },
    { type: 'adjustment.add' }, { type: 'adjustment.update', id: 'j3', text: `${text} fan`, status: 'notPossible', reason: `${text} budget` },
    { type: 'service.toggle', id: 'eap' },
    { type: 'reviewDate.set', date: '2027-06-01' },
  );
  for (const section of recordSections) c.send({ type: 'consent.set', section, given: true });
  return buildRecord(c.context(), meta);
}

// A deep copy of the full record with one change made by `edit`.
function edited(edit: (r: Record<string, any>) => void): Record<string, any> {
  const record = JSON.parse(JSON.stringify(fullRecord()));
  edit(record);
  return record;
}

function errorsOf(input: unknown): ParseIssue[] {
  const result = parseRecord(input);
  expect(result.ok, 'expected the record to be refused').to.equal(false);
  return result.ok ? [] : result.errors;
}

function expectIssue(issues: readonly ParseIssue[], path: string, ...fragments: string[]): void {
  const issue = issues.find((i) => i.path === path);
  expect(issue, `no issue at ${path} in ${JSON.stringify(issues)}`).to.exist;
  for (const fragment of fragments) expect(issue!.message).to.include(fragment);
}

// A value's JSON text, or nothing for a value JSON cannot hold (a BigInt).
function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

function issuesOf(result: ParseResult<AgreedRecord>): ParseIssue[] {
  return result.ok ? result.warnings : [...result.errors, ...result.warnings];
}

describe('parseRecord', () => {
  it('returns a record built by buildRecord unchanged, with no warnings, as an object or as JSON text', () => {
    const record = fullRecord();
    expect(record.sections).to.deep.equal([...recordSections]);
    expect(parseRecord(record)).to.deep.equal({ ok: true, value: record, warnings: [] });
    expect(parseRecord(JSON.stringify(record))).to.deep.equal({ ok: true, value: record, warnings: [] });
    const result = parseRecord(record);
    if (result.ok) expect(result.value).not.to.equal(record);
  });

  it('returns a declined record and a record with no sections unchanged', () => {
    const c = startConversation();
    c.nextUntil('open');
    c.send({ type: 'open.decline' });
    const declined = buildRecord(c.context(), meta);
    expect(parseRecord(declined)).to.deep.equal({ ok: true, value: declined, warnings: [] });
    const empty = buildRecord(startConversation().context(), meta);
    expect(parseRecord(empty)).to.deep.equal({ ok: true, value: empty, warnings: [] });
  });

  it('names the exact path of each kind of bad field', () => {
    const long = 'x'.repeat(2001);
    const cases: [(r: Record<string, any>) => void, string, string][] = [
      [(r) => (r.schemaVersion = 2), 'schemaVersion', 'expected the number 1'],
      [(r) => delete r.scriptVersion, 'scriptVersion', 'but it is missing'],
      [(r) => (r.outcome = 'finished'), 'outcome', 'expected one of completed, declined, got other text'],
      [(r) => (r.date = '2026-02-30'), 'date', 'expected a date written YYYY-MM-DD'],
      [(r) => (r.date = 20261126), 'date', 'got a number'],
      [(r) => (r.nation = 'France'), 'nation', 'expected one of england, wales, scotland, northern-ireland'],
      [(r) => (r.language = 'English please'), 'language', 'expected a language code'],
      [(r) => (r.staffLanguage = true), 'staffLanguage', 'got true or false'],
      [(r) => (r.sections = 'all'), 'sections', 'expected a list [ … ] of sections, got text'],
      [(r) => r.sections.push('everything'), 'sections[8]', 'expected one of review, summary'],
      [(r) => (r.review[0].status = 'finished'), 'review[0].status', 'expected one of done, inProgress, noLongerNeeded'],
      [(r) => (r.review[0].text = long), 'review[0].text', 'expected text of at most 2000 characters, got 2001 characters'],
      [(r) => (r.review = {}), 'review', 'expected a list [ … ] of review items, got a group { … }'],
      [(r) => (r.summary = long), 'summary', 'expected text of at most 2000 characters'],
      [(r) => (r.summary = ['a']), 'summary', 'got a list [ … ]'],
      [(r) => (r.topics[1].id = 'Money!'), 'topics[1].id', 'expected a topic id'],
      [(r) => (r.topics[0] = 'sleepEnergy'), 'topics[0]', 'expected one of the topics { … }, got text'],
      [(r) => (r.whatHelps.keepsWell = 5), 'whatHelps.keepsWell', 'expected text of at most 2000 characters, got a number'],
      [(r) => (r.whatHelps = 'Walking'), 'whatHelps', 'got text'],
      [(r) => (r.actions[0].owner = 'boss'), 'actions[0].owner', 'expected one of staff, manager, both'],
      [(r) => (r.actions[0].due = '10/01/2027'), 'actions[0].due', 'expected a date written YYYY-MM-DD'],
      [(r) => (r.actions[1].text = '  '), 'actions[1].text', 'got empty text'],
      [(r) => (r.actions[1].id = r.actions[0].id), 'actions[1].id', 'repeats the id of item [0]'],
      [(r) => (r.actions = Array.from({ length: 101 }, (_, i) => ({ id: `a${i}`, text: 'x', owner: 'staff' }))), 'actions', 'expected at most 100 items, got 101'],
      [(r) => (r.adjustments[0].status = 'maybe'), 'adjustments[0].status', 'expected one of agreed, toExplore, notPossible'],
      [(r) => (r.services[0].category = 'gym'), 'services[0].category', 'expected one of crisis'],
      [(r) => (r.services[0].name = 'x'.repeat(201)), 'services[0].name', 'expected text of at most 200 characters'],
      [(r) => (r.reviewDate = 'soon'), 'reviewDate', 'expected a date written YYYY-MM-DD, like 2027-06-01, got text that is not one'],
    ];
    for (const [edit, path, fragment] of cases) expectIssue(errorsOf(edited(edit)), path, fragment);
  });

  it('refuses what is not a record at all, at the root', () => {
    for (const input of [null, undefined, 42, [], 'not json', '"text"', '[1]']) expectIssue(errorsOf(input), 'record', 'expected');
    expectIssue(errorsOf('{ nope'), 'record', 'not valid JSON');
  });

  it('warns about unknown keys, with a suggestion, and ignores __proto__', () => {
    const record = fullRecord();
    const input = JSON.parse(`{ "__proto__": { "polluted": true }, ${JSON.stringify({ ...record, summry: 'x' }).slice(1)}`);
    const result = parseRecord(input);
    expect(result.ok).to.equal(true);
    expectIssue(result.warnings, 'summry', 'did you mean "summary"');
    expectIssue(result.warnings, '__proto__', 'ignored');
    if (result.ok) {
      expect(result.value).to.deep.equal(record);
      expect(Object.getPrototypeOf(result.value)).to.equal(Object.prototype);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('drops content whose section is not listed, and sections with nothing in them', () => {
    const result = parseRecord(edited((r) => {
      r.sections = r.sections.filter((s: string) => s !== 'summary');
      delete r.reviewDate;
    }));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value).not.to.have.property('summary');
    expect(result.value.sections).to.deep.equal(recordSections.filter((s) => s !== 'summary' && s !== 'reviewDate'));
    expectIssue(result.warnings, 'summary', 'not listed in sections');
    expectIssue(result.warnings, 'sections', 'lists reviewDate but the record has nothing for it');
  });

  it('keeps nothing but the outcome of a declined record', () => {
    const result = parseRecord(edited((r) => (r.outcome = 'declined')));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(Object.keys(result.value)).to.deep.equal(['schemaVersion', 'scriptVersion', 'outcome', 'date', 'nation', 'language', 'staffLanguage', 'sections']);
    expect(result.value.sections).to.deep.equal([]);
    expectIssue(result.warnings, 'actions', 'a declined conversation records nothing but its outcome');
  });

  it('never repeats text typed into the record in a path or a message', () => {
    const marker = fc.stringMatching(/^[A-Za-z0-9]{6,20}$/).map((s) => `Zq9${s}`);
    // Every place text can be typed, each of which a mutation can make too long or put somewhere it does not belong.
    const textPaths: (string | number)[][] = [
      ['review', 0, 'text'], ['review', 0, 'note'], ['summary'], ['topics', 0, 'agreed'], ['whatHelps', 'keepsWell'],
      ['actions', 0, 'text'], ['actions', 1, 'text'], ['adjustments', 0, 'text'], ['adjustments', 0, 'reason'], ['services', 0, 'name'],
    ];
    const otherPaths: (string | number)[][] = [
      ['outcome'], ['date'], ['nation'], ['language'], ['staffLanguage'], ['scriptVersion'], ['sections'], ['sections', 0], ['review', 0, 'status'],
      ['review', 0, 'id'], ['review', 0], ['topics', 0, 'id'], ['topics', 0], ['whatHelps'], ['actions'], ['actions', 0, 'owner'], ['actions', 0, 'due'],
      ['actions', 0], ['adjustments', 0, 'status'], ['services', 0, 'id'], ['services', 0, 'category'], ['reviewDate'], ['review'],
    ];
    const change = fc.tuple(fc.constantFrom(...textPaths, ...otherPaths), fc.constantFrom('marker', 'long', 'list', 'group', 'number'));
    let issued = 0;
    fc.assert(
      fc.property(marker, fc.array(change, { maxLength: 6 }), (mark, changes) => {
        const record: Record<string | number, any> = JSON.parse(JSON.stringify(fullRecord(mark)));
        for (const [path, how] of changes) {
          let node = record;
          for (const step of path.slice(0, -1)) node = node?.[step];
          if (typeof node !== 'object' || node === null) continue;
          const values = { marker: `${mark} ${mark}`, long: `${mark} `.repeat(300), list: [mark], group: { text: mark }, number: 7 };
          node[path[path.length - 1]] = values[how];
        }
        const issues = issuesOf(parseRecord(record));
        if (issues.length) issued++;
        for (const issue of issues) {
          expect(issue.path).not.to.contain('Zq9');
          expect(issue.message).not.to.contain('Zq9');
        }
      }),
      { numRuns: 2000 },
    );
    // The check above means something only if the marked records were in fact refused or warned about.
    expect(issued).to.be.above(1000);
  });

  it('never throws on any value, and always answers in the same shape', () => {
    const anyValue = fc.anything({ withBigInt: true, withNullPrototype: true, withSparseArray: true, withMap: true, withSet: true, withDate: true, withBoxedValues: true, withTypedArray: true });
    const keys = ['schemaVersion', 'outcome', 'date', 'sections', 'review', 'topics', 'whatHelps', 'actions', 'adjustments', 'services', 'reviewDate', '__proto__'];
    const nearValid = fc.tuple(fc.constantFrom(...keys), anyValue).map(([key, value]) => ({ ...fullRecord(), [key]: value }));
    fc.assert(
      fc.property(fc.oneof(anyValue, nearValid, anyValue.map(jsonText)), (input) => {
        const result = parseRecord(input);
        expect(result.ok).to.be.a('boolean');
        expect(result.warnings).to.be.an('array');
        if (!result.ok) expect(result.errors).not.to.be.empty;
        else expect(result.value.schemaVersion).to.equal(1);
        for (const issue of issuesOf(result)) expect(issue.path).to.be.a('string').and.not.equal('');
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on a record whose getters throw or that is a revoked Proxy', () => {
    const trap = { get() { throw new Error('no'); }, ownKeys() { throw new Error('no'); } };
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const throwing = Object.defineProperty({ ...fullRecord() }, 'summary', { get() { throw new Error('no'); }, enumerable: true });
    expectIssue(errorsOf(new Proxy({}, trap)), 'record', 'could not be read');
    expectIssue(errorsOf(proxy), 'record', 'could not be read');
    expectIssue(errorsOf(throwing), 'summary', 'could not be read');
  });
});

describe('previousActionsFrom', () => {
  it('turns the recorded actions into actions to review, with an empty due date when none was set', () => {
    const record = fullRecord();
    expect(previousActionsFrom(record)).to.deep.equal([
      { id: 'a1', text: 'Walking swap', owner: 'manager', due: '2027-01-10' },
      { id: 'a2', text: 'Walking walk', owner: 'staff', due: '' },
    ]);
  });

  it('gives none for a declined record or one without the actions section', () => {
    const record = fullRecord();
    expect(previousActionsFrom({ ...record, outcome: 'declined' })).to.deep.equal([]);
    expect(previousActionsFrom({ ...record, sections: record.sections.filter((s) => s !== 'actions') })).to.deep.equal([]);
    expect(previousActionsFrom({ ...record, actions: undefined })).to.deep.equal([]);
  });
});
