import type { IssueCode } from '../../base/parse-result.js';
import { builtInTopicIds } from '../types.js';

// Configs with one kind of mistake each, between them every problem the trust config's parser can find in a file:
// the parser's tests check the code of each, and the config editor's tests check how it words each.

/** A config with one mistake: the code it must give, and where. */
export interface BadConfig {
  readonly code: IssueCode;
  readonly path: string;
  readonly config: Record<string, unknown>;
}

/** A config that the guide accepts without a warning, in English and Welsh, with one of everything. */
export function goodConfig(): Record<string, unknown> {
  const words = { name: 'Parking', prompt: 'How is parking?', gentler: 'Is parking a worry?', followUps: ['Where do you park?'] };
  return {
    schemaVersion: 1,
    organisation: { 'en-GB': 'Anytown Hospitals NHS Foundation Trust', cy: 'Ymddiriedolaeth Anytown' },
    nation: 'england',
    topics: { order: ['sleepEnergy', 'parking'], disabled: ['money'] },
    extraTopics: [{ id: 'parking', services: ['hrPolicies'], text: { 'en-GB': words, cy: { ...words, name: 'Parcio' } } }],
    services: [
      { id: 'eap', category: 'staffPsychologicalSupport', name: { 'en-GB': 'Staff Physio', cy: 'Ffisio Staff' }, phone: '01632 960001', topics: ['mood'] },
      { id: 'ftsu', category: 'freedomToSpeakUp', name: 'Speak up', email: 'speakup@example.nhs.uk', url: 'https://example.nhs.uk/ftsu', hours: 'Weekdays' },
    ],
    crisisOverrides: [{ id: 'samaritans', note: 'Our chaplains can also listen.' }],
    escalation: { name: 'Wellbeing hub', phone: '01632 960000' },
    overrides: { 'en-GB': { 'common:title': 'Our wellbeing conversation' } },
  };
}

// The good config with `change` made to a fresh copy.
function bad(code: IssueCode, path: string, change: (c: Record<string, any>) => void): BadConfig {
  const config = goodConfig();
  change(config);
  return { code, path, config };
}

/** A mistake of every kind a JSON file can hold, some in several places. */
export function badConfigs(): BadConfig[] {
  return [
    bad('required', 'services[0].category', (c) => (c.services[0].category = '')),
    bad('required', 'services[1].name', (c) => (c.services[1].name = ' ')),
    bad('required', 'organisation["en-GB"]', (c) => (c.organisation['en-GB'] = '')),
    bad('required', 'extraTopics[0].text["en-GB"].prompt', (c) => delete c.extraTopics[0].text['en-GB'].prompt),
    bad('required', 'nation', (c) => (c.nation = '')),
    bad('required', 'services[1]', (c) => (c.services[1] = null)),
    bad('required', 'escalation.name', (c) => (c.escalation.name = '')),
    bad('wrongType', 'organisation', (c) => (c.organisation = 5)),
    bad('wrongType', 'services[0].description', (c) => (c.services[0].description = ['Physiotherapy'])),
    bad('wrongType', 'services', (c) => (c.services = 'eap')),
    bad('wrongType', 'topics', (c) => (c.topics = ['mood'])),
    bad('wrongType', 'extraTopics[0].text["en-GB"].followUps', (c) => (c.extraTopics[0].text['en-GB'].followUps = 'Where?')),
    bad('wrongType', 'extraTopics[0].text.cy', (c) => (c.extraTopics[0].text.cy = 'Parcio')),
    bad('wrongType', 'overrides["en-GB"]', (c) => (c.overrides['en-GB'] = 'Our title')),
    bad('tooLong', 'organisation["en-GB"]', (c) => (c.organisation['en-GB'] = 'x'.repeat(201))),
    bad('tooLong', 'services[1].hours', (c) => (c.services[1].hours = 'Weekdays '.repeat(300))),
    bad('tooMany', 'extraTopics[0].text["en-GB"].followUps', (c) => (c.extraTopics[0].text['en-GB'].followUps = ['1', '2', '3', '4', '5', '6'])),
    bad('oneOf', 'services[0].category', (c) => (c.services[0].category = 'counselling')),
    bad('oneOf', 'services[1].category', (c) => (c.services[1].category = 'freedomToSpeak')),
    bad('oneOf', 'nation', (c) => (c.nation = 'Cymru')),
    bad('oneOf', 'extraTopics[0].services[0]', (c) => (c.extraTopics[0].services = ['parkingTeam'])),
    bad('notPhone', 'services[0].phone', (c) => (c.services[0].phone = 'call us')),
    bad('notPhone', 'escalation.phone', (c) => (c.escalation.phone = 12)),
    bad('notEmail', 'services[1].email', (c) => (c.services[1].email = 'hr at example')),
    bad('notUrl', 'services[1].url', (c) => (c.services[1].url = 'www.example.nhs.uk')),
    bad('notUrl', 'escalation.url', (c) => (c.escalation.url = 'javascript:alert(1)')),
    bad('notId', 'services[0].id', (c) => (c.services[0].id = 'E A P')),
    bad('notId', 'extraTopics[0].id', (c) => (c.extraTopics[0].id = 'Car park')),
    bad('notId', 'crisisOverrides[0].id', (c) => (c.crisisOverrides[0].id = 'sam aritans')),
    bad('notLanguage', 'organisation["no language"]', (c) => (c.organisation['no language'] = 'x')),
    bad('notLanguage', 'services[0].name["no language"]', (c) => (c.services[0].name['no language'] = 'x')),
    bad('notLanguage', 'overrides["no language"]', (c) => (c.overrides['no language'] = { 'common:title': 'x' })),
    bad('repeatedLanguage', 'organisation["en-gb"]', (c) => (c.organisation['en-gb'] = 'Anytown')),
    bad('needsLanguage', 'organisation', (c) => delete c.organisation['en-GB']),
    bad('needsLanguage', 'extraTopics[0].text', (c) => delete c.extraTopics[0].text['en-GB']),
    bad('unknownSetting', 'services[0].phnoe', (c) => (c.services[0].phnoe = '01632 960002')),
    bad('unknownSetting', 'sevices', (c) => (c.sevices = [])),
    bad('unknownSetting', 'colour', (c) => (c.colour = 'blue')),
    bad('unknownSetting', 'extraTopics[0].text["en-GB"].gentle', (c) => (c.extraTopics[0].text['en-GB'].gentle = 'x')),
    bad('moreUnknown', 'config', (c) => {
      for (let i = 0; i < 21; i++) c[`extra${i}`] = i;
    }),
    bad('reservedName', '__proto__', (c) => Object.defineProperty(c, '__proto__', { value: { polluted: 1 }, enumerable: true, configurable: true, writable: true })),
    bad('markup', 'services[1].name', (c) => (c.services[1].name = '<b>Speak up</b>')),
    bad('privateLink', 'services[1].url', (c) => (c.services[1].url = 'https://intranet.local/ftsu')),
    bad('httpLink', 'services[1].url', (c) => (c.services[1].url = 'http://example.nhs.uk/ftsu')),
    bad('tooManyProblems', 'config', (c) => {
      const nope = Array.from({ length: 100 }, (_, i) => `nope${i}`);
      c.topics = { order: nope, disabled: nope };
      c.services[0].topics = nope;
      c.services[1].topics = nope;
    }),
    bad('version', 'schemaVersion', (c) => (c.schemaVersion = 2)),
    bad('noTopics', 'topics', (c) => (c.topics = { disabled: [...builtInTopicIds, 'parking'] })),
    bad('notTopic', 'topics.order[0]', (c) => (c.topics.order = ['sleep'])),
    bad('notTopic', 'services[0].topics[0]', (c) => (c.services[0].topics = ['parkng'])),
    bad('listedTwice', 'topics.disabled[1]', (c) => (c.topics.disabled = ['money', 'money'])),
    bad('listedTwice', 'services[0].topics[1]', (c) => (c.services[0].topics = ['mood', 'mood'])),
    bad('idTaken', 'services[1].id', (c) => (c.services[1].id = 'EAP')),
    bad('idTaken', 'extraTopics[0].id', (c) => (c.extraTopics[0].id = 'mood')),
    bad('idTaken', 'extraTopics[1].id', (c) => c.extraTopics.push(structuredClone(c.extraTopics[0]))),
    bad('noContact', 'services[0]', (c) => delete c.services[0].phone),
    bad('nameOnly', 'escalation', (c) => delete c.escalation.phone),
    bad('notTextKey', 'overrides["en-GB"].title', (c) => (c.overrides['en-GB'].title = 'Our title')),
    bad('notNamespace', 'overrides["en-GB"]["commons:title"]', (c) => (c.overrides['en-GB']['commons:title'] = 'Our title')),
    bad('unknownText', 'overrides["en-GB"]["common:titel"]', (c) => (c.overrides['en-GB']['common:titel'] = 'Our title')),
    bad('placeholderMissing', 'overrides.cy["common:progress"]', (c) => (c.overrides.cy = { 'common:progress': 'Cam {{current}}' })),
    bad('placeholderAdded', 'overrides["en-GB"]["common:title"]', (c) => (c.overrides['en-GB']['common:title'] = 'Talking with {{name}}')),
    bad('nationalDetail', 'crisisOverrides[0].phone', (c) => (c.crisisOverrides[0].phone = '01632 960999')),
    bad('nationalDetail', 'crisisOverrides[0].hours', (c) => (c.crisisOverrides[0].hours = 'Weekdays')),
    bad('twoNotes', 'crisisOverrides[1].id', (c) => c.crisisOverrides.push({ id: 'samaritans', note: 'Or call the chaplain.' })),
    bad('notCrisisLine', 'crisisOverrides[0].id', (c) => (c.crisisOverrides[0].id = 'samaritan')),
    bad('emptyNote', 'crisisOverrides[0]', (c) => delete c.crisisOverrides[0].note),
  ];
}
