import type { i18n, TFunction } from 'i18next';
import type { PathToken } from '../../src/base/issue-path.js';
import type { IssueProblem } from '../../src/base/parse-result.js';
import { entryKey } from '../../src/content/crisis.js';
import type { ParseIssue } from '../../src/content/trust-config.js';
import { languageName } from '../shared/language-name.js';
import type { EditedConfig } from './config-paths.js';
import { serviceRowName } from './row-names.js';
import { topicName } from './topics-section.js';

// The config editor's own words for the parser's problems. The parser says each problem for a developer, with
// its path; the editor says it for the person filling in the form, from the problem's code, the label of the
// field it is about and the row that field is in ("Select the type of service for Service 12 (Staff Physio)").

/** What a problem is about, in the form's words: a field by its label and the row it is in, or a whole row or section. */
export interface IssueOwner {
  /** A field's label as the form shows it ("Phone number"); a row's or section's name as said in a sentence ("your file"). */
  readonly label: string;
  /** The row a field is in ("Service 12 (Staff Physio)"), when the label alone does not say which. */
  readonly where?: string;
  /** How the person gives it: types it (the default), chooses it, or it is a row or section holding fields. */
  readonly kind?: 'text' | 'choose' | 'group';
  /** The choices, as the form shows them. */
  readonly choices?: readonly { readonly value: string; readonly label: string }[];
}

/** What the messages need to know of the config being edited, to name what the file names by id. */
export interface IssueNames {
  readonly t: TFunction;
  /** The language of the page's own words. */
  readonly uiLanguage: string;
  /** A topic by its name as the form shows it. */
  topic(id: string): string;
  /** A service as its row is named in a sentence: "Service 3 (EAP)". */
  service(index: number): string;
  /** A national crisis line by its name. */
  crisisLine(id: string): string;
}

/** The names of what `edited` names by id, as the form shows them. */
export function configNames(t: TFunction, uiLanguage: string, edited: EditedConfig): IssueNames {
  return {
    t, uiLanguage,
    topic: (id) => topicName({ t, edited }, id),
    service: (index) => serviceRowName(t, edited, index),
    crisisLine: (id) => t(entryKey(id, 'name'), { defaultValue: id }),
  };
}

// The form's label of each setting a misspelt one may have meant, by where it is: for "did you mean".
const settingLabels: readonly [RegExp, Readonly<Record<string, string>>][] = [
  [/^$/, {
    organisation: 'configure:organisation.name.label', nation: 'configure:organisation.nation.legend', topics: 'configure:topics.heading',
    extraTopics: 'configure:topics.ownHeading', services: 'configure:services.heading', crisisOverrides: 'configure:crisis.heading',
    escalation: 'configure:escalation.heading', staffSupportUrl: 'configure:organisation.staffSupportUrl.label', overrides: 'configure:wording.heading',
  }],
  [/^services\/\d+$/, {
    id: 'configure:services.id.label', category: 'configure:services.category.label', name: 'configure:services.name',
    description: 'configure:services.description.label', phone: 'configure:services.phone.label', email: 'configure:services.email',
    url: 'configure:services.url.label', hours: 'configure:services.hours.label', topics: 'configure:services.topics.legend',
  }],
  [/^extraTopics\/\d+$/, { id: 'configure:topics.id.label', services: 'configure:topics.services.legend' }],
  [/^extraTopics\/\d+\/text\/[^/]+$/, Object.fromEntries(
    ['name', 'description', 'prompt', 'gentler', 'followUps', 'listenFor', 'avoid', 'culturalNote'].map((k) => [k, `configure:topics.fields.${k}`]),
  )],
  [/^crisisOverrides\/\d+$/, { note: 'configure:crisis.note' }],
  [/^escalation$/, {
    name: 'configure:escalation.name', description: 'configure:escalation.description', phone: 'configure:services.phone.label',
    email: 'configure:services.email', url: 'configure:services.url.label',
  }],
];

// The label of the setting `key` in the group at `group`, when the form has a field for it.
function settingLabel(t: TFunction, group: readonly PathToken[], key: string): string | undefined {
  const where = group.join('/');
  const labelKey = settingLabels.find(([pattern]) => pattern.test(where))?.[1][key];
  return labelKey === undefined ? undefined : t(labelKey);
}

// Choices joined with "or" in the page's language: not every browser can do it for every language (Welsh).
function orList(t: TFunction, items: readonly string[]): string {
  if (items.length < 2) return items.join('');
  return t('configure:issues.orList', { items: items.slice(0, -1).join(t('configure:issues.listSeparator')), last: items.at(-1) });
}

// The key of a message: its code, and for some codes which of their kinds.
function messageKey(issue: IssueProblem, near: boolean): string {
  switch (issue.code) {
    // Nothing the person can do differs between a value of the wrong kind and one that could not be read.
    case 'wrongType': return 'unreadable';
    case 'notId': return `notId.${issue.kind ?? 'service'}`;
    case 'idTaken': return `idTaken.${issue.by}`;
    case 'nationalDetail': return `nationalDetail.${issue.field}`;
    case 'notNamespace': return 'notTextKey';
    default: return near ? `${issue.code}Near` : issue.code;
  }
}

/**
 * The problem `issue` in the form's words, about `owner`, at `path` (the issue's path as steps). Every code has
 * its message; an issue without one (none comes from the trust config's parser) gets the words for a setting that
 * could not be read.
 */
export function issueMessage(names: IssueNames, issue: ParseIssue, owner: IssueOwner, path: readonly PathToken[]): string {
  const { t } = names;
  const kind = owner.kind ?? 'text';
  const field = kind === 'group' ? owner.label : t(owner.where ? 'configure:issues.fieldIn' : 'configure:issues.field', { label: owner.label, where: owner.where });
  const context = kind === 'text' ? undefined : kind;
  if (!issue.code) return t('configure:issues.unreadable', { field, context });
  const choice = (value: string) => owner.choices?.find((c) => c.value === value)?.label;
  let params: Record<string, unknown> = {};
  let near: string | undefined;
  switch (issue.code) {
    case 'tooLong': params = { max: issue.max }; break;
    case 'tooMany': params = { max: issue.max, over: issue.count - issue.max }; break;
    case 'oneOf': {
      const labels = owner.choices?.filter((c) => issue.allowed.includes(c.value)).map((c) => c.label) ?? [];
      params = { choices: orList(t, labels) };
      near = issue.suggestion === undefined ? undefined : choice(issue.suggestion);
      // Without the choices to name, the message sends the person to the list on the page.
      if (!labels.length) return t('configure:issues.oneOf', { field });
      break;
    }
    case 'unknownSetting':
      params = { key: issue.key };
      near = issue.suggestion === undefined ? undefined : settingLabel(t, path.slice(0, -1), issue.suggestion);
      break;
    case 'notCrisisLine':
      params = { id: issue.id };
      near = issue.suggestion === undefined ? undefined : names.crisisLine(issue.suggestion);
      break;
    case 'repeatedLanguage': case 'needsLanguage': params = { language: languageName(issue.language, names.uiLanguage) }; break;
    case 'notLanguage': case 'reservedName': case 'notTextKey': case 'notNamespace': case 'unknownText': params = { key: issue.key }; break;
    case 'moreUnknown': params = { count: issue.count }; break;
    case 'notTopic': params = { id: issue.id }; break;
    case 'listedTwice': params = { topic: names.topic(issue.id) }; break;
    case 'idTaken': params = issue.index === undefined ? {} : { other: names.service(issue.index) }; break;
    case 'placeholderMissing': case 'placeholderAdded': params = { placeholder: `{{${issue.placeholder}}}` }; break;
    case 'twoNotes': params = { line: names.crisisLine(issue.id) }; break;
    default: break;
  }
  return t(`configure:issues.${messageKey(issue, near !== undefined)}`, { ...params, field, context, suggestion: near });
}

/**
 * Adds the formats the messages use to an i18next instance: `lowerFirst` puts a label in the middle of a sentence
 * ("Phone number" → "phone number", leaving "NHS number" alone), `upperFirst` starts a sentence with a name.
 */
export function addMessageFormats(instance: i18n): void {
  const formatter = instance.services.formatter;
  if (!formatter) return;
  formatter.add('lowerFirst', (value: unknown, lng: string | undefined) => {
    const text = String(value);
    return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase(lng) + text.slice(1) : text;
  });
  formatter.add('upperFirst', (value: unknown, lng: string | undefined) => {
    const text = String(value);
    return text.charAt(0).toLocaleUpperCase(lng) + text.slice(1);
  });
}
