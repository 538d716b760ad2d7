import { expect } from '@open-wc/testing';
import sample from '../../demo/configs/anytown-acute-trust.json' with { type: 'json' };
import type { ParseIssue } from './trust-config.js';
import { defaultTrustConfig } from './trust-config.js';
import { parseTrustConfig } from './parse-trust-config.js';
import { guideConfigOptions } from '../i18n/check-config.js';
import { builtInTopicIds, serviceCategories } from './types.js';
import { issueCodes } from '../base/parse-result.js';
import { badConfigs, goodConfig } from './test-helpers/bad-configs.js';

const minimal = { organisation: 'Anytown NHS Foundation Trust' };
const eap = { id: 'eap', category: 'staffPsychologicalSupport', name: 'Employee Assistance Programme', phone: '01632 960001' };

function errorsOf(input: unknown, options?: Parameters<typeof parseTrustConfig>[1]): ParseIssue[] {
  const result = parseTrustConfig(input, options);
  expect(result.ok, 'expected the config to be refused').to.equal(false);
  return result.ok ? [] : result.errors;
}

function warningsOf(input: unknown, options?: Parameters<typeof parseTrustConfig>[1]): ParseIssue[] {
  const result = parseTrustConfig(input, options);
  expect(result.ok, `expected no errors, got ${JSON.stringify(result.ok ? [] : result.errors)}`).to.equal(true);
  return result.warnings;
}

function expectIssue(issues: readonly ParseIssue[], path: string, ...fragments: string[]): void {
  const issue = issues.find((i) => i.path === path);
  expect(issue, `no issue at ${path} in ${JSON.stringify(issues)}`).to.exist;
  for (const fragment of fragments) expect(issue!.message).to.include(fragment);
}

function withService(fields: Record<string, unknown>) {
  return { ...minimal, services: [{ ...eap, ...fields }] };
}

describe('parseTrustConfig', () => {
  it('accepts the Anytown sample with no errors and no warnings', () => {
    const result = parseTrustConfig(sample);
    expect(result).to.deep.include({ ok: true, warnings: [] });
    if (!result.ok) return;
    expect(result.value.services).to.have.length(11);
    expect(result.value.topicOrder.slice(0, 5)).to.deep.equal(['workload', 'breaksShifts', 'sleepEnergy', 'travelToWork', 'mood']);
    expect(result.value.escalation?.phone).to.equal('01632 960000');
  });

  it('accepts a minimal config and fills in the defaults', () => {
    const result = parseTrustConfig(minimal);
    expect(result).to.deep.equal({ ok: true, value: { ...defaultTrustConfig(), organisation: minimal.organisation }, warnings: [] });
  });

  it('accepts text per language and spells language codes the usual way', () => {
    const result = parseTrustConfig({ organisation: { 'en-gb': ' Anytown ', cy: 'Ymddiriedolaeth Anytown' } });
    expect(result.ok && result.value.organisation).to.deep.equal({ 'en-GB': 'Anytown', cy: 'Ymddiriedolaeth Anytown' });
  });

  it('builds fresh objects holding only known fields', () => {
    const input = { ...minimal, services: [{ ...eap, colour: 'blue' }] };
    const result = parseTrustConfig(input);
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.value.services[0]).to.not.equal(input.services[0]);
    expect(result.value.services[0]).to.deep.equal(eap);
    input.services[0].name = 'changed';
    expect(result.value.services[0].name).to.equal(eap.name);
  });

  it('orders topics: the given order, the other built-ins, then extra topics, leaving out disabled ones', () => {
    const extra = { id: 'parking', services: ['hrPolicies'], text: { 'en-GB': { name: 'Parking', prompt: 'How is parking?', gentler: 'Is parking a worry?' } } };
    const result = parseTrustConfig({ ...minimal, extraTopics: [extra], topics: { order: ['money', 'mood'], disabled: ['workload', 'purpose'] } });
    const rest = builtInTopicIds.filter((id) => !['money', 'mood', 'workload', 'purpose'].includes(id));
    expect(result.ok && result.value.topicOrder).to.deep.equal(['money', 'mood', ...rest, 'parking']);
  });

  describe('mistakes', () => {
    it('reports a missing organisation', () => {
      expectIssue(errorsOf({ nation: 'wales' }), 'organisation', 'expected text', 'missing');
      expectIssue(errorsOf({ organisation: '   ' }), 'organisation', 'got empty text');
    });

    it('reports a section of the wrong type at its own path', () => {
      const errors = errorsOf({ organisation: 5, schemaVersion: 2, nation: 3, topics: [], extraTopics: {}, services: 'eap', crisisOverrides: 1, escalation: [], overrides: 'x' });
      expectIssue(errors, 'organisation', 'got 5');
      expectIssue(errors, 'schemaVersion', 'expected 1');
      expectIssue(errors, 'nation', 'expected one of england, wales, scotland, northern-ireland, got 3');
      expectIssue(errors, 'topics', 'expected a group of config fields { … }, got a list [ … ]');
      expectIssue(errors, 'extraTopics', 'expected a list [ … ], got a group of config fields { … }');
      expectIssue(errors, 'services', 'expected a list [ … ], got "eap"');
      expectIssue(errors, 'crisisOverrides', 'expected a list [ … ], got 1');
      expectIssue(errors, 'escalation', 'got a list [ … ]');
      expectIssue(errors, 'overrides', 'got "x"');
    });

    it('reports a phone number that is not one, in plain words', () => {
      const errors = errorsOf(withService({ phone: 'call us' }));
      expect(errors).to.deep.equal([{ path: 'services[0].phone', message: 'expected a phone number like 0300 123 4567, got "call us"', code: 'notPhone' }]);
      for (const phone of ['12', '1234567890123456', '0300 123 4567 ext 2', '0300+123', 999]) expectIssue(errorsOf(withService({ phone })), 'services[0].phone');
      for (const phone of ['111', '+44 20 7946 0000', '(01632) 960-000']) expect(parseTrustConfig(withService({ phone })).ok, phone).to.equal(true);
    });

    it('refuses links that are not absolute https or http addresses', () => {
      const bad = ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '/wellbeing', '//example.org', 'https://user:pw@example.org/'];
      for (const url of bad) expectIssue(errorsOf(withService({ url })), 'services[0].url', 'expected a web address starting https://');
      expectIssue(errorsOf(withService({ url: 'javascript:alert(1)' })), 'services[0].url', 'got "javascript:alert(1)"');
      const good = parseTrustConfig(withService({ url: 'https://example.nhs.uk/staff', email: 'hr.team@example.nhs.uk' }));
      expect(good.ok && good.value.services[0].url).to.equal('https://example.nhs.uk/staff');
      expectIssue(errorsOf(withService({ email: 'hr at example' })), 'services[0].email', 'expected an email address');
    });

    it('warns about an http: link and a link to a private network address, and still uses them', () => {
      expectIssue(warningsOf(withService({ url: 'http://union.example.org/' })), 'services[0].url', 'starts http://', 'use https://');
      const inside = ['http://intranet/wellbeing', 'https://10.2.3.4/eap', 'https://192.168.0.10/', 'https://172.20.1.1/', 'https://localhost:8443/',
        'https://wellbeing.trust.local/', 'https://[fd00::1]/', 'https://127.0.0.1/', 'https://sharepoint.corp/hr'];
      for (const url of inside) expectIssue(warningsOf(withService({ url })), 'services[0].url', 'inside one network');
      for (const url of ['https://example.nhs.uk/staff', 'https://172.32.0.1/', 'https://11.0.0.1/']) {
        expect(warningsOf(withService({ url })), url).to.deep.equal([]);
      }
      const used = parseTrustConfig(withService({ url: 'http://intranet/wellbeing' }));
      expect(used.ok && used.value.services[0].url).to.equal('http://intranet/wellbeing');
    });

    it('takes the staff support page as an https:// address, and refuses any other by its field with a code', () => {
      const good = parseTrustConfig({ ...minimal, staffSupportUrl: ' https://example.nhs.uk/staff-support ' });
      expect(good).to.deep.include({ ok: true, warnings: [] });
      expect(good.ok && good.value.staffSupportUrl).to.equal('https://example.nhs.uk/staff-support');
      const none = parseTrustConfig(minimal);
      expect(none.ok && Object.hasOwn(none.value, 'staffSupportUrl')).to.equal(false);
      const http = errorsOf({ ...minimal, staffSupportUrl: 'http://example.nhs.uk/staff-support' });
      expect(http).to.have.length(1);
      expectIssue(http, 'staffSupportUrl', 'starts http://', 'https://');
      expect(http[0]).to.include({ code: 'httpLink' });
      for (const url of ['example.nhs.uk/staff-support', 'javascript:alert(1)', 'https://user:pw@example.nhs.uk/', 'ftp://example.nhs.uk/']) {
        const [issue] = errorsOf({ ...minimal, staffSupportUrl: url });
        expect(issue, url).to.include({ path: 'staffSupportUrl', code: 'notUrl' });
        expect(issue!.message).to.include('expected a web address starting https://');
      }
      expect(errorsOf({ ...minimal, staffSupportUrl: 42 })[0]).to.include({ path: 'staffSupportUrl', code: 'notUrl' });
      expectIssue(warningsOf({ ...minimal, staffSupportUrl: 'https://intranet/staff-support' }), 'staffSupportUrl', 'inside one network');
    });

    it('reports a duplicate service id naming both places', () => {
      const errors = errorsOf({ ...minimal, services: [eap, { ...eap, id: 'chaplaincy' }, { ...eap, id: 'EAP' }] });
      expect(errors).to.deep.equal([{ path: 'services[2].id', message: '"EAP" is already used by services[0]; each service needs its own id', code: 'idTaken', by: 'service', index: 0 }]);
    });

    it('needs a way to get in touch with each service', () => {
      expectIssue(errorsOf(withService({ phone: '' })), 'services[0]', 'needs at least one way to get in touch');
    });

    it('reports an unknown topic id, suggesting and listing the valid ones', () => {
      const errors = errorsOf({ ...minimal, topics: { order: ['sleep'], disabled: ['mood', 'mood'] }, services: [{ ...eap, topics: ['parking'] }] });
      expectIssue(errors, 'topics.order[0]', '"sleep" is not a topic (did you mean "sleepEnergy"?)', 'workload, breaksShifts');
      expectIssue(errors, 'topics.disabled[1]', 'listed twice (also at topics.disabled[0])');
      expectIssue(errors, 'services[0].topics[0]', '"parking" is not a topic');
    });

    it('checks extra topics: id, clash with a built-in, en-GB text and list caps', () => {
      const text = { 'en-GB': { name: 'Parking', prompt: 'How is parking?', gentler: 'Is parking a worry?', followUps: ['1', '2', '3', '4', '5', '6'] } };
      const errors = errorsOf({ ...minimal, extraTopics: [{ id: 'mood', text }, { id: 'Car park', text }, { id: 'parking', text: { cy: text['en-GB'] } }] });
      expectIssue(errors, 'extraTopics[0].id', '"mood" is already a built-in topic');
      expectIssue(errors, 'extraTopics[0].text["en-GB"].followUps', 'expected at most 5 items, got 6');
      expectIssue(errors, 'extraTopics[1].id', 'expected an id like "parking"', 'got "Car park"');
      expectIssue(errors, 'extraTopics[2].text', 'needs an "en-GB" entry');
    });

    it('warns about an unknown top-level key, suggesting the closest known one', () => {
      const warnings = warningsOf({ ...minimal, sevices: [] });
      expect(warnings).to.deep.equal([
        { path: 'sevices', message: 'is not a setting the guide knows, so it was ignored (did you mean "services"?)', code: 'unknownSetting', key: 'sevices', suggestion: 'services' },
      ]);
    });

    it('warns about, and drops, a note on a crisis entry it does not know', () => {
      const config = { ...minimal, crisisOverrides: [{ id: 'samaritan', note: 'Always' }, { id: 'shout', note: 'Our staff can text from work phones.' }] };
      const result = parseTrustConfig(config, { crisisEntryIds: ['samaritans', 'shout'] });
      expectIssue(result.warnings, 'crisisOverrides[0].id', '"samaritan" is not a built-in crisis entry', 'did you mean "samaritans"?');
      expect(result.ok && result.value.crisisOverrides).to.deep.equal([{ id: 'shout', note: 'Our staff can text from work phones.' }]);
      expect(warningsOf(config)).to.deep.equal([]);
    });

    it("refuses a change to a national line's number, web address or opening times, naming the field and what to do instead", () => {
      const config = { ...minimal, crisisOverrides: [{ id: 'samaritans', phone: '01632 960999' }, { id: 'shout', url: 'https://example.org/shout' }, { id: 'lifeline', hours: 'Weekdays' }] };
      const errors = errorsOf(config, { crisisEntryIds: ['samaritans', 'shout', 'lifeline'] });
      expectIssue(errors, 'crisisOverrides[0].phone', 'national number', 'cannot be changed', '"note"', '"services"');
      expectIssue(errors, 'crisisOverrides[1].url', 'cannot be changed', '"note"');
      expectIssue(errors, 'crisisOverrides[2].hours', 'cannot be changed', '"note"');
      // Without the list of entries the parser still refuses: every crisis entry is national.
      expectIssue(errorsOf({ ...minimal, crisisOverrides: [{ id: 'emergency999', phone: '112' }] }), 'crisisOverrides[0].phone', 'cannot be changed');
    });

    it("keeps a trust's note on a national line, in each language it gives", () => {
      const note = { 'en-GB': 'Staff can also call our own listening line.', cy: 'Gall staff hefyd ffonio ein llinell wrando ein hunain.' };
      const result = parseTrustConfig({ ...minimal, crisisOverrides: [{ id: 'samaritans', note }] }, { crisisEntryIds: ['samaritans'] });
      expect(result.ok && result.value.crisisOverrides).to.deep.equal([{ id: 'samaritans', note }]);
      expect(result.warnings).to.deep.equal([]);
    });

    it('warns about an override key the guide does not use, and refuses an unknown namespace', () => {
      const overrides = { 'en-GB': { 'common:titel': 'Our wellbeing conversation' } };
      expectIssue(warningsOf({ ...minimal, overrides }, { overrideKeys: new Set(['common:title']) }), 'overrides["en-GB"]["common:titel"]', 'is not a text the guide uses');
      expectIssue(errorsOf({ ...minimal, overrides: { cy: { 'commons:title': 'x', title: 'y' } } }, guideConfigOptions), 'overrides.cy["commons:title"]', 'starts with "commons"');
    });

    it('warns when an override leaves out a placeholder of the original text', () => {
      const warnings = warningsOf({ ...minimal, overrides: { cy: { 'common:progress': 'Cam {{current}}' } } }, guideConfigOptions);
      expect(warnings).to.deep.equal([
        { path: 'overrides.cy["common:progress"]', message: 'leaves out {{total}}, which the original text has, so that detail will not be shown', code: 'placeholderMissing', placeholder: 'total' },
      ]);
      expect(warningsOf({ ...minimal, overrides: { cy: { 'common:progress': 'Cam {{current}} o {{total}}' } } }, guideConfigOptions)).to.deep.equal([]);
    });

    it('says what went wrong as a code, with its details, for every kind of problem', () => {
      expect(parseTrustConfig(goodConfig(), guideConfigOptions)).to.deep.include({ ok: true, warnings: [] });
      for (const { code, path, config } of badConfigs()) {
        const result = parseTrustConfig(config, guideConfigOptions);
        const issues = [...(result.ok ? [] : result.errors), ...result.warnings];
        expect(issues.filter((i) => i.path === path).map((i) => i.code), `${code} at ${path}`).to.include(code);
      }
      const hostile = new Proxy({ organisation: 'A' }, { get() { throw new Error('no'); } });
      expect(errorsOf(hostile)[0]).to.deep.include({ path: 'organisation', code: 'unreadable' });
      expect(new Set([...badConfigs().map((b) => b.code), 'unreadable'])).to.deep.equal(new Set(issueCodes));
    });

    it('gives the details of a problem a page needs to word it, and never more than 40 characters of what was typed', () => {
      const [long, category] = ['y'.repeat(100), { id: 'eap', category: 'staffPsychological', name: 'EAP', phone: '111' }];
      expect(errorsOf({ ...minimal, services: [category] })[0]).to.deep.include({ code: 'oneOf', allowed: serviceCategories, suggestion: 'staffPsychologicalSupport' });
      expect(errorsOf({ ...minimal, services: [{ ...eap, name: 'n'.repeat(201) }] })[0]).to.deep.include({ code: 'tooLong', max: 200, length: 201 });
      expect(errorsOf({ ...minimal, services: [{ ...eap, id: 'E A P' }] })[0]).to.deep.include({ code: 'notId', kind: 'service' });
      expect(errorsOf({ ...minimal, topics: { order: [long] } })[0]).to.deep.include({ code: 'notTopic', id: `${'y'.repeat(40)}…` });
      expect(warningsOf({ ...minimal, [long]: 1 })[0]).to.deep.include({ code: 'unknownSetting', key: `${'y'.repeat(40)}…` });
      expect(errorsOf({ ...minimal, services: [eap, { ...eap, id: 'EAP' }] })[0]).to.deep.include({ code: 'idTaken', by: 'service', index: 0 });
    });

    it('reports every problem at once', () => {
      const errors = errorsOf({ nation: 'Wales', services: [{ ...eap, phone: 'call us' }, { ...eap, url: 'ftp://x' }], topics: { order: ['nope'] } });
      expect(errors.map((e) => e.path)).to.deep.equal(['organisation', 'nation', 'topics.order[0]', 'services[0].phone', 'services[1].id', 'services[1].url']);
    });

    it('keeps HTML and script as plain text, warning only where it is in a name or prompt', () => {
      const name = '<script>alert(1)</script>';
      const description = '<img src=x onerror="alert(1)">';
      const result = parseTrustConfig(withService({ name, description }));
      expect(result.ok && result.value.services[0]).to.deep.include({ name, description });
      expect(result.warnings).to.deep.equal([{ path: 'services[0].name', message: 'contains < or >: it will be shown as typed, not as HTML', code: 'markup' }]);
    });
  });
});
