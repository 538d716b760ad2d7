import { languageTag } from '../base/parse-helpers.js';
import { builtInTopicIds, nations, serviceCategories, type Nation, type Service, type ServiceCategory } from '../content/types.js';
import type { ConversationContext, Outcome } from '../model/conversation.js';
import { isIsoDate } from '../base/calendar.js';
import { distinctStaffLanguage } from '../i18n/locales.js';
import { isStageId, stageIds, type StageId } from '../model/stages.js';

// The `wcg-evaluation` payload: how a trust counts its wellbeing conversations without seeing one.
// Every field is a category, a count or a yes/no; no text anyone typed or a trust wrote can reach it
// (docs/evaluation.md says why each field is safe and how to aggregate them).

/** The version of the evaluation payload's shape. */
export const evaluationSchemaVersion = 1;

/** How long the conversation took, in bands wide enough that a time of day cannot be worked out. */
export const durationBands = ['<15m', '15-30m', '30-60m', '>60m'] as const;
/** One duration band. */
export type DurationBand = (typeof durationBands)[number];

/** What a trust's own topic is reported as: its id is the trust's own words, so it never leaves. */
export const trustTopicId = 'trustTopic';

/** The anonymous evaluation payload: categories, counts and yes/no values only. */
export interface EvaluationPayload {
  schemaVersion: typeof evaluationSchemaVersion;
  /** The month of the conversation, `YYYY-MM`; never the day or time. */
  month: string;
  nation: Nation;
  /** The manager's language: language, script and region subtags only (`en-GB`); `und` when the page gave none that is valid. */
  language: string;
  /** The staff member's language, when it differed. */
  staffLanguage?: string;
  outcome: Outcome;
  /** Where the conversation ended: `complete`, or `open` for a declined one. */
  stageReached: StageId;
  /** Chosen topics: built-in ids, each trust topic as `trustTopic`; deduplicated and sorted. */
  topics: string[];
  /** Categories of the services the staff member chose; deduplicated and sorted. */
  serviceCategories: ServiceCategory[];
  /** How many of each were in the conversation, whether or not the staff member agreed to record them. */
  counts: { actions: number; adjustments: number; adjustmentsAgreed: number; reviewItems: number };
  reviewDateSet: boolean;
  safetyOpened: boolean;
  durationBand: DurationBand;
}

/**
 * What a declined conversation sends: its month and outcome, nothing else. The staff member never reached the
 * check page to agree to more, and the host already learns the outcome from `wcg-complete`.
 */
export interface DeclinedEvaluation {
  schemaVersion: typeof evaluationSchemaVersion;
  /** The month of the conversation, `YYYY-MM`, so a trust can count declined conversations per month. */
  month: string;
  outcome: 'declined';
}

/** Any `wcg-evaluation` detail: a completed conversation's full payload, or a declined one's outcome. */
export type EvaluationEvent = EvaluationPayload | DeclinedEvaluation;

/** What the payload needs besides the machine's context. */
export interface EvaluationInput {
  nation: Nation;
  language: string;
  staffLanguage?: string;
  /** Every service offered, so a chosen one is reported by its category alone. */
  services: readonly Service[];
  /**
   * The built-in topic ids (`builtInTopicIds` from the content); any other chosen topic is a trust's own.
   * It can narrow the library's list, never widen it: an id the library does not ship is always masked.
   */
  builtInTopicIds: readonly string[];
  /** When the conversation started and ended, in milliseconds since 1970 (`Date.now()`). */
  startedAt: number;
  endedAt: number;
}

const minute = 60_000;

/**
 * The band of a duration in milliseconds. Each label reads literally: under 15 minutes; 15 up to
 * (not including) 30; 30 to 60 inclusive; over 60. A negative or unreadable duration (a clock
 * change, a bad timestamp) counts as under 15 minutes rather than being guessed at.
 */
export function durationBandOf(milliseconds: number): DurationBand {
  const ms = Number.isFinite(milliseconds) && milliseconds > 0 ? milliseconds : 0;
  if (ms < 15 * minute) return '<15m';
  if (ms < 30 * minute) return '15-30m';
  if (ms <= 60 * minute) return '30-60m';
  return '>60m';
}

// The month the record is dated in, so the two always agree; from the start time (UTC) only when the
// context's date is unusable.
function monthOf(today: string, startedAt: number): string {
  if (isIsoDate(today)) return today.slice(0, 7);
  const start = new Date(Number.isFinite(startedAt) ? startedAt : 0);
  const month = Number.isNaN(start.getTime()) ? '' : start.toISOString().slice(0, 7);
  // Years before 0 or after 9999 are written with a sign; no real conversation has one.
  return /^\d{4}-\d{2}$/.test(month) ? month : '1970-01';
}

// Only the language, script and region subtags: variants, extensions and private-use subtags (`-x-…`)
// can hold any letters at all, so they are dropped.
function plainLanguage(tag: string): string | undefined {
  const canonical = languageTag(tag);
  if (canonical === undefined) return undefined;
  try {
    const locale = new Intl.Locale(canonical);
    return [locale.language, locale.script, locale.region].filter(Boolean).join('-');
  } catch {
    return undefined;
  }
}

const sorted = <T extends string>(values: Iterable<T>): T[] => [...new Set(values)].sort();

/**
 * Builds the `wcg-evaluation` payload. Only ids from fixed lists, counts and yes/no values go in: no
 * text typed in the conversation, no trust's topic id or service name. Counts and `reviewDateSet`
 * describe the conversation whether or not the staff member consented to record each part, because a
 * number says nothing about what was said; ids of what they chose are only ever categories. A declined
 * conversation reports no topics, services or counts, whatever was touched before the staff member declined.
 */
export function buildEvaluation(context: ConversationContext, input: EvaluationInput): EvaluationPayload {
  const declined = context.outcome === 'declined';
  const language = plainLanguage(input.language) ?? 'und';
  const distinct = distinctStaffLanguage(input.staffLanguage, input.language);
  const staffLanguage = distinct === undefined ? undefined : plainLanguage(distinct);
  const builtIn = new Set(input.builtInTopicIds.filter((id) => (builtInTopicIds as readonly string[]).includes(id)));
  const categoryOf = new Map(input.services.map((s) => [s.id, s.category]));
  const actions = context.actions.filter((a) => a.text.trim());
  const adjustments = context.adjustments.filter((a) => a.text.trim());
  return {
    schemaVersion: evaluationSchemaVersion,
    month: monthOf(context.today, input.startedAt),
    // The element checks the nation; this guards the payload against any other string.
    nation: (nations as readonly string[]).includes(input.nation) ? input.nation : 'england',
    language,
    ...(staffLanguage ? { staffLanguage } : {}),
    outcome: context.outcome ?? 'completed',
    // Declining moves the machine to `complete`; the conversation itself ended at `open`.
    stageReached: declined ? 'open' : isStageId(context.stage) ? context.stage : stageIds[0],
    topics: declined ? [] : sorted(context.chosenTopics.map((id) => (builtIn.has(id) ? id : trustTopicId))),
    serviceCategories: declined
      ? []
      : sorted(
          context.services
            .map((id) => categoryOf.get(id))
            .filter((c): c is ServiceCategory => c !== undefined && (serviceCategories as readonly string[]).includes(c)),
        ),
    counts: {
      actions: declined ? 0 : actions.length,
      adjustments: declined ? 0 : adjustments.length,
      adjustmentsAgreed: declined ? 0 : adjustments.filter((a) => a.status === 'agreed').length,
      reviewItems: declined ? 0 : context.previousActions.length,
    },
    reviewDateSet: !declined && isIsoDate(context.reviewDate),
    safetyOpened: context.safetyOpened,
    durationBand: durationBandOf(input.endedAt - input.startedAt),
  };
}

/**
 * What `wcg-evaluation` sends for an ended conversation, or undefined when nothing may be sent. A completed
 * conversation is reported only when the staff member agreed on the check page (`evaluationConsent`); a declined
 * one reports its month and outcome only; a conversation that has not ended reports nothing.
 */
export function evaluationToSend(context: ConversationContext, input: EvaluationInput): EvaluationEvent | undefined {
  if (context.outcome === 'declined') {
    return { schemaVersion: evaluationSchemaVersion, month: monthOf(context.today, input.startedAt), outcome: 'declined' };
  }
  if (context.outcome !== 'completed' || !context.evaluationConsent) return undefined;
  return buildEvaluation(context, input);
}

const count = { type: 'integer', minimum: 0 } as const;
const languagePattern = '^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$';

/**
 * The completed payload's JSON Schema (draft 2020-12), for a trust's data team to validate events before
 * storing them. Nothing outside it is allowed, so a payload that passes carries no free text. A declined
 * conversation's event matches `declinedEvaluationSchema` instead.
 */
export const evaluationSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:wellbeing-conversation-guide:evaluation:1',
  title: 'wcg-evaluation payload',
  type: 'object',
  additionalProperties: false,
  required: [
    'schemaVersion', 'month', 'nation', 'language', 'outcome', 'stageReached', 'topics', 'serviceCategories',
    'counts', 'reviewDateSet', 'safetyOpened', 'durationBand',
  ],
  properties: {
    schemaVersion: { const: evaluationSchemaVersion },
    month: { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' },
    nation: { enum: [...nations] },
    language: { type: 'string', pattern: languagePattern },
    staffLanguage: { type: 'string', pattern: languagePattern },
    outcome: { enum: ['completed', 'declined'] },
    stageReached: { enum: [...stageIds] },
    topics: { type: 'array', uniqueItems: true, items: { enum: [...builtInTopicIds, trustTopicId] } },
    serviceCategories: { type: 'array', uniqueItems: true, items: { enum: [...serviceCategories] } },
    counts: {
      type: 'object',
      additionalProperties: false,
      required: ['actions', 'adjustments', 'adjustmentsAgreed', 'reviewItems'],
      properties: { actions: count, adjustments: count, adjustmentsAgreed: count, reviewItems: count },
    },
    reviewDateSet: { type: 'boolean' },
    safetyOpened: { type: 'boolean' },
    durationBand: { enum: [...durationBands] },
  },
} as const;

/** The JSON Schema of a declined conversation's event: month and outcome, nothing else. */
export const declinedEvaluationSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:wellbeing-conversation-guide:evaluation:declined:1',
  title: 'wcg-evaluation payload, declined conversation',
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'month', 'outcome'],
  properties: {
    schemaVersion: { const: evaluationSchemaVersion },
    month: evaluationSchema.properties.month,
    outcome: { const: 'declined' },
  },
} as const;
