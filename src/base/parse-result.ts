/**
 * What went wrong, as a code and its details, for a page that says it in its own words (the config editor). Only
 * the trust config's parser gives codes so far. A value from the input (`key`, `id`) is cut to 40 characters.
 */
export type IssueProblem =
  // Every reader.
  | { readonly code: 'required' }
  | { readonly code: 'unreadable' }
  | { readonly code: 'wrongType'; readonly expected: 'group' | 'list' | 'text' | 'languages' }
  | { readonly code: 'tooLong'; readonly max: number; readonly length: number }
  | { readonly code: 'tooMany'; readonly max: number; readonly count: number }
  | { readonly code: 'oneOf'; readonly allowed: readonly string[]; readonly suggestion?: string }
  | { readonly code: 'notPhone' }
  | { readonly code: 'notEmail' }
  | { readonly code: 'notUrl' }
  | { readonly code: 'notId'; readonly kind?: 'service' | 'topic' | 'crisisLine' }
  | { readonly code: 'notLanguage'; readonly key: string }
  | { readonly code: 'repeatedLanguage'; readonly language: string }
  | { readonly code: 'needsLanguage'; readonly language: string }
  | { readonly code: 'unknownSetting'; readonly key: string; readonly suggestion?: string }
  | { readonly code: 'moreUnknown'; readonly count: number }
  | { readonly code: 'reservedName'; readonly key: string }
  | { readonly code: 'markup' }
  | { readonly code: 'privateLink' }
  | { readonly code: 'httpLink' }
  | { readonly code: 'tooManyProblems' }
  // The trust config.
  | { readonly code: 'version'; readonly supported: number }
  | { readonly code: 'noTopics' }
  | { readonly code: 'notTopic'; readonly id: string; readonly suggestion?: string }
  | { readonly code: 'listedTwice'; readonly id: string }
  | { readonly code: 'idTaken'; readonly by: 'builtInTopic' | 'extraTopic' | 'service'; readonly index?: number }
  | { readonly code: 'noContact' }
  | { readonly code: 'nameOnly' }
  | { readonly code: 'notTextKey'; readonly key: string }
  | { readonly code: 'notNamespace'; readonly key: string; readonly namespace: string; readonly allowed: readonly string[] }
  | { readonly code: 'unknownText'; readonly key: string }
  | { readonly code: 'placeholderMissing'; readonly placeholder: string }
  | { readonly code: 'placeholderAdded'; readonly placeholder: string }
  | { readonly code: 'nationalDetail'; readonly field: 'phone' | 'url' | 'hours' }
  | { readonly code: 'twoNotes'; readonly id: string }
  | { readonly code: 'notCrisisLine'; readonly id: string; readonly suggestion?: string }
  | { readonly code: 'emptyNote' };

/** Every code an issue can have. */
export type IssueCode = IssueProblem['code'];

// Typed as a record so that a code added to IssueProblem and not here, or here and not there, fails to compile.
const everyCode: Readonly<Record<IssueCode, true>> = {
  required: true, unreadable: true, wrongType: true, tooLong: true, tooMany: true, oneOf: true, notPhone: true, notEmail: true,
  notUrl: true, notId: true, notLanguage: true, repeatedLanguage: true, needsLanguage: true, unknownSetting: true, moreUnknown: true,
  reservedName: true, markup: true, privateLink: true, httpLink: true, tooManyProblems: true, version: true, noTopics: true,
  notTopic: true, listedTwice: true, idTaken: true, noContact: true, nameOnly: true, notTextKey: true, notNamespace: true,
  unknownText: true, placeholderMissing: true, placeholderAdded: true, nationalDetail: true, twoNotes: true, notCrisisLine: true,
  emptyNote: true,
};

/** Every code, for a page (or a test) that must say each in its own words. */
export const issueCodes = Object.keys(everyCode) as readonly IssueCode[];

/**
 * One problem found in an input: where (`services[3].phone`) and what, in plain words for a developer; and, from
 * the trust config's parser, what went wrong as a code with its details (`{ code: 'tooLong', max: 200, length: 250 }`).
 */
export type ParseIssue = { readonly path: string; readonly message: string } & (IssueProblem | { readonly code?: undefined });

/**
 * What a parser returns, never throwing: the normalised value and any warnings, or every error found.
 * Warnings never stop a value being used; errors do.
 */
export type ParseResult<T> =
  | { ok: true; value: T; warnings: ParseIssue[] }
  | { ok: false; errors: ParseIssue[]; warnings: ParseIssue[] };

/** An issue as one line for the HR admin's error panel: `services[3].phone: expected …`. */
export function formatIssue(issue: ParseIssue): string {
  return `${issue.path}: ${issue.message}`;
}
