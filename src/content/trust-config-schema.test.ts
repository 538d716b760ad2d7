import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import schemaJson from '../../docs/trust-config.schema.json' with { type: 'json' };
import anytown from '../../demo/configs/anytown-acute-trust.json' with { type: 'json' };
import hafren from '../../demo/configs/hafren-valley-health-board.json' with { type: 'json' };
import { namespaceNames } from '../i18n/resources.js';
import { crisisDirectories } from './crisis.js';
import { issuePathTokens, jsonPointer } from '../base/issue-path.js';
import { parseTrustConfig, trustConfigLimits } from './parse-trust-config.js';
import { guideConfigOptions } from '../i18n/check-config.js';
import { compileSchema, isValid, schemaIssues, type Schema } from '../test-helpers/json-schema.js';
import type { ParseIssue } from './trust-config.js';
import { builtInTopicIds, nations, serviceCategories } from './types.js';

// The schema is what editors show a trust while it writes the file; the parser is what the guide runs. They
// must give the same answer. The rule (docs/configuration.md): the schema accepts what the guide accepts
// without errors or warnings, so an unknown key, which the guide only warns about, is refused by the schema.

const schema = schemaJson as unknown as Schema & Record<string, unknown>;
const defs = schema.$defs as Record<string, Record<string, unknown>>;
// The element parses with these, so the samples are held to them too.
const crisisEntryIds = [...new Set(Object.values(crisisDirectories).flatMap((d) => d.entries.map((e) => e.id)))];
const options = guideConfigOptions;

const minimal = { organisation: 'Anytown NHS Foundation Trust' };
const eap = { id: 'eap', category: 'staffPsychologicalSupport', name: 'Employee Assistance Programme', phone: '01632 960001' };
const withService = (fields: Record<string, unknown>) => ({ ...minimal, services: [{ ...eap, ...fields }] });
const topicText = { name: 'Parking', prompt: 'How is parking?', gentler: 'Is parking a worry?' };

function expectSchemaRejects(config: unknown, parserPath: string): void {
  const errors = schemaIssues(schema, config);
  expect(errors, `the schema accepted ${JSON.stringify(config)}`).to.not.be.empty;
  // The schema's complaint sits at the parser's path or a setting that holds it (a missing key is reported on its parent).
  const pointer = jsonPointer(issuePathTokens(parserPath) ?? []);
  const near = errors.some((e) => pointer === e.instancePath || pointer.startsWith(`${e.instancePath}/`));
  expect(near, `schema errors ${JSON.stringify(errors)} are not at ${pointer}`).to.equal(true);
}

function expectIssueAt(issues: readonly ParseIssue[], path: string): void {
  expect(issues.map((i) => i.path), JSON.stringify(issues)).to.include(path);
}

describe('trust config schema', () => {
  it('compiles under the strict mode of Ajv, which refuses a keyword it does not know', () => {
    expect(() => compileSchema(schema)).to.not.throw();
    expect(() => compileSchema({ type: 'object', propertyName: {} })).to.throw(/unknown keyword/);
  });

  it('is draft 2020-12 with a title and description on every property', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    const missing: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      for (const [name, property] of Object.entries((record.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        // A bare $ref takes its title and description from the definition, which is checked in its turn.
        const bareRef = Object.keys(property).length === 1 && typeof property.$ref === 'string';
        if (!bareRef && (typeof property.title !== 'string' || typeof property.description !== 'string')) missing.push(`${where}.${name}`);
      }
      for (const [key, child] of Object.entries(record)) if (key !== 'enum' && key !== 'examples') walk(child, `${where}.${key}`);
    };
    walk(schema, 'schema');
    for (const [name, def] of Object.entries(defs)) if (typeof def.title !== 'string' || typeof def.description !== 'string') missing.push(`$defs.${name}`);
    expect(missing).to.deep.equal([]);
  });

  it('names the same nations, categories, topics, crisis lines and text namespaces as the code', () => {
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    expect(properties.nation.enum).to.deep.equal([...nations]);
    expect(defs.serviceCategory.enum).to.deep.equal([...serviceCategories]);
    expect((defs.topicId.anyOf as Record<string, unknown>[])[0].enum).to.deep.equal([...builtInTopicIds]);
    expect(((defs.extraTopic.properties as Record<string, Record<string, unknown>>).id.not as Record<string, unknown>).enum).to.deep.equal([...builtInTopicIds]);
    expect([...((defs.crisisOverride.properties as Record<string, Record<string, unknown>>).id.enum as string[])].sort()).to.deep.equal([...crisisEntryIds].sort());
    expect(defs.overrideKey.pattern).to.equal(`^(?:${namespaceNames.join('|')}):[\\w-]+(?:\\.[\\w-]+)*$`);
  });

  it('keeps the same limits as the parser', () => {
    const properties = schema.properties as Record<string, Record<string, unknown>>;
    const L = trustConfigLimits;
    expect([properties.services.maxItems, properties.extraTopics.maxItems, properties.crisisOverrides.maxItems]).to.deep.equal([L.services, L.extraTopics, L.crisisOverrides]);
    const anyOf = (name: string) => defs[name].anyOf as Record<string, Record<string, unknown>>[];
    expect([anyOf('name')[0].maxLength, anyOf('text')[0].maxLength, anyOf('name')[1].maxProperties]).to.deep.equal([L.name, L.text, L.languages]);
    expect(((properties.overrides.additionalProperties as Record<string, unknown>).maxProperties)).to.equal(L.overrideKeys);
    expect(((defs.topicText.properties as Record<string, Record<string, unknown>>).followUps.maxItems)).to.equal(L.topicLines);
  });

  describe('samples', () => {
    for (const [name, sample] of [['Anytown acute trust', anytown], ['Hafren Valley health board', hafren]] as const) {
      it(`accepts the ${name} sample, as the parser does with no warnings`, () => {
        expect(schemaIssues(schema, sample)).to.deep.equal([]);
        expect(parseTrustConfig(sample, options)).to.deep.include({ ok: true, warnings: [] });
      });
    }

    it('the Welsh sample is for Wales, with every service named in English and Welsh', () => {
      expect(hafren.nation).to.equal('wales');
      for (const service of hafren.services) expect(Object.keys(service.name)).to.deep.equal(['en-GB', 'cy']);
      expect(hafren.organisation).to.deep.equal({ 'en-GB': 'Hafren Valley University Health Board', cy: 'Bwrdd Iechyd Prifysgol Dyffryn Hafren' });
    });

    it('accepts a minimal config', () => {
      expect(isValid(schema, minimal)).to.equal(true);
      expect(parseTrustConfig(minimal, options).ok).to.equal(true);
    });

    it('accepts an https:// staff support page', () => {
      const config = { ...minimal, staffSupportUrl: 'https://www.example.nhs.uk/staff-support' };
      expect(schemaIssues(schema, config)).to.deep.equal([]);
      expect(parseTrustConfig(config, options)).to.deep.include({ ok: true, warnings: [] });
    });

    it("accepts a trust's note on a national crisis line", () => {
      const config = { ...minimal, crisisOverrides: [{ id: 'samaritans', note: { 'en-GB': 'Our chaplains can also listen.', cy: "Gall ein caplaniaid wrando hefyd." } }] };
      expect(schemaIssues(schema, config)).to.deep.equal([]);
      const result = parseTrustConfig(config, options);
      expect(result).to.deep.include({ ok: true, warnings: [] });
    });
  });

  it('refuses a change to a national number, web address or opening times, as the parser does', () => {
    for (const field of ['phone', 'url', 'hours'] as const) {
      const value = { phone: '01632 960999', url: 'https://example.org/', hours: 'Every day' }[field];
      const config = { ...minimal, crisisOverrides: [{ id: 'samaritans', [field]: value, note: 'Ours too.' }] };
      expectSchemaRejects(config, `crisisOverrides[0].${field}`);
      const result = parseTrustConfig(config, options);
      expect(result.ok, field).to.equal(false);
      if (!result.ok) expectIssueAt(result.errors, `crisisOverrides[0].${field}`);
    }
  });

  describe('both refuse', () => {
    const errorCases: [string, unknown, string][] = [
      ['a section of the wrong type', { ...minimal, services: 'eap' }, 'services'],
      ['a bad phone number', withService({ phone: 'call us' }), 'services[0].phone'],
      ['a javascript: link', withService({ url: 'javascript:alert(1)' }), 'services[0].url'],
      ['a link with a password in it', withService({ url: 'https://user:pw@example.org/' }), 'services[0].url'],
      ['a bad email address', withService({ email: 'hr at example' }), 'services[0].email'],
      ['an unknown category', withService({ category: 'counselling' }), 'services[0].category'],
      ['an http:// staff support page', { ...minimal, staffSupportUrl: 'http://example.nhs.uk/staff-support' }, 'staffSupportUrl'],
      ['a staff support page that is not a web address', { ...minimal, staffSupportUrl: 'example.nhs.uk/staff-support' }, 'staffSupportUrl'],
      ['an unknown nation', { ...minimal, nation: 'cymru' }, 'nation'],
      ['a missing organisation', { nation: 'wales' }, 'organisation'],
      ['an empty organisation', { organisation: '  ' }, 'organisation'],
      ['a name that is too long', { organisation: 'x'.repeat(trustConfigLimits.name + 1) }, 'organisation'],
      ['a name per language without en-GB', { organisation: { cy: 'Bwrdd Iechyd' } }, 'organisation'],
      ['a language code that is not one', { organisation: { 'en-GB': 'Anytown', english: 'Anytown' } }, 'organisation.english'],
      ['another schema version', { ...minimal, schemaVersion: 2 }, 'schemaVersion'],
      ['a service with no way to get in touch', withService({ phone: '' }), 'services[0]'],
      ['a service with no name', { ...minimal, services: [{ id: 'eap', category: 'crisis', phone: '111' }] }, 'services[0].name'],
      ['a service id with spaces', withService({ id: 'staff support' }), 'services[0].id'],
      ['a topic listed twice', { ...minimal, topics: { order: ['mood', 'mood'] } }, 'topics.order[1]'],
      ['an extra topic with a built-in id', { ...minimal, extraTopics: [{ id: 'mood', text: { 'en-GB': topicText } }] }, 'extraTopics[0].id'],
      ['an extra topic without its main question', { ...minimal, extraTopics: [{ id: 'parking', text: { 'en-GB': { ...topicText, prompt: '' } } }] }, 'extraTopics[0].text["en-GB"].prompt'],
      ['too many follow-up questions', { ...minimal, extraTopics: [{ id: 'parking', text: { 'en-GB': { ...topicText, followUps: ['1', '2', '3', '4', '5', '6'] } } }] }, 'extraTopics[0].text["en-GB"].followUps'],
      ['a wording change in an unknown namespace', { ...minimal, overrides: { 'en-GB': { 'commons:title': 'x' } } }, 'overrides["en-GB"]["commons:title"]'],
      ['an empty wording change', { ...minimal, overrides: { cy: { 'common:title': ' ' } } }, 'overrides.cy["common:title"]'],
      ["a change to a national crisis line's number", { ...minimal, crisisOverrides: [{ id: 'samaritans', phone: '01632 960999' }] }, 'crisisOverrides[0].phone'],
      ["a change to a national crisis line's web address", { ...minimal, crisisOverrides: [{ id: 'shout', url: 'https://example.org/shout' }] }, 'crisisOverrides[0].url'],
      ["a change to a national crisis line's opening times", { ...minimal, crisisOverrides: [{ id: 'samaritansWelsh', hours: 'Every day' }] }, 'crisisOverrides[0].hours'],
    ];
    for (const [what, config, path] of errorCases) {
      it(what, () => {
        expectSchemaRejects(config, path);
        const result = parseTrustConfig(config, options);
        expect(result.ok, 'the parser accepted it').to.equal(false);
        if (!result.ok) expectIssueAt(result.errors, path);
      });
    }

    // The guide carries on with a warning; an editor should still flag these while the file is written.
    const warningCases: [string, unknown, string][] = [
      ['an unknown top-level key (the parser warns)', { ...minimal, sevices: [] }, 'sevices'],
      ['an unknown key in a service (the parser warns)', withService({ colour: 'blue' }), 'services[0].colour'],
      ['< or > in a name (the parser warns)', withService({ name: '<b>EAP</b>' }), 'services[0].name'],
      ['a note on a crisis line with no note (the parser warns)', { ...minimal, crisisOverrides: [{ id: 'samaritans' }] }, 'crisisOverrides[0]'],
      ['a note on a crisis line that does not exist (the parser warns)', { ...minimal, crisisOverrides: [{ id: 'samaritan', note: 'x' }] }, 'crisisOverrides[0].id'],
      ['an escalation contact with no way to reach it (the parser warns)', { ...minimal, escalation: { name: 'Wellbeing hub' } }, 'escalation'],
    ];
    for (const [what, config, path] of warningCases) {
      it(what, () => {
        expectSchemaRejects(config, path);
        const result = parseTrustConfig(config, options);
        expect(result.ok, JSON.stringify(result)).to.equal(true);
        expectIssueAt(result.warnings, path);
      });
    }
  });

  describe('agree on random input', () => {
    // Characters that phone numbers, emails and ids are made of, and a few that break them.
    const chars = fc.constantFrom(...'0123456789 +()-.@_abcXYZé\t'.split(''));
    const text = (max: number) => fc.string({ unit: chars, maxLength: max, size: 'max' });
    // Mostly digits, so numbers near the 3- and 15-digit limits come up often.
    const phoneChars = fc.oneof({ arbitrary: fc.constantFrom(...'0123456789'), weight: 6 }, { arbitrary: fc.constantFrom(...' +()-x\t'.split('')), weight: 2 });
    const agree = (config: unknown) => isValid(schema, config) === parseTrustConfig(config, options).ok;

    it('on phone numbers', () => {
      const phone = fc.oneof(text(30), fc.string({ unit: phoneChars, maxLength: 30, size: 'max' }));
      fc.assert(fc.property(phone, (p) => agree(withService({ phone: p, email: 'a@example.org' }))), { numRuns: 600 });
    });

    it('on email addresses', () => {
      fc.assert(fc.property(text(30), (email) => agree(withService({ email }))), { numRuns: 400 });
    });

    it('on service ids', () => {
      fc.assert(fc.property(text(45), (id) => agree(withService({ id }))), { numRuns: 400 });
    });
  });
});
