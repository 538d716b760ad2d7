/**
 * The practice rubric (CONTENT.md, "Rubric for practice"): eleven areas, each scored from 0 (no evidence)
 * to 4 (exceptional), and the public guidance a debrief points to. Data and i18n keys only: every name and
 * level description is text in `locales/<lang>/practice.json` under `rubric.*`.
 */

/** The rubric's areas, in the order a conversation usually meets them. */
export const rubricAreas = [
  'setting',
  'purpose',
  'openQuestions',
  'listening',
  'empathy',
  'culturalHumility',
  'risk',
  'signposting',
  'ownership',
  'consent',
  'followUp',
] as const;
/** One area of the rubric. */
export type RubricArea = (typeof rubricAreas)[number];

/** The scores an area can get: 0 no evidence, 1 limited, 2 some, 3 good, 4 exceptional. */
export const rubricLevels = [0, 1, 2, 3, 4] as const;
/** One score on the rubric. */
export type RubricLevel = (typeof rubricLevels)[number];

/** The highest score an area can get. */
export const maxRubricScore = 4;

/** True for a known rubric area. */
export function isRubricArea(value: unknown): value is RubricArea {
  return typeof value === 'string' && (rubricAreas as readonly string[]).includes(value);
}

/** The i18n key of an area's name, its one-line hint, its praise or its tip for next time. */
export function rubricKey(area: RubricArea, part: 'name' | 'hint' | 'strength' | 'tryNext'): string {
  return `practice:rubric.${area}.${part}`;
}

/** The i18n key of what a score means in one area, e.g. what "2" looks like for open questions. */
export function rubricLevelKey(area: RubricArea, level: RubricLevel): string {
  return `practice:rubric.${area}.levels.${level}`;
}

/** The i18n key of a score's short name: "No evidence" … "Exceptional". */
export function levelNameKey(level: RubricLevel): string {
  return `practice:levelNames.${level}`;
}

/** A public page the debrief links to, and the areas it helps with. */
export interface GuidanceLink {
  readonly id: string;
  /** An https address, shown as a plain link. */
  readonly url: string;
  readonly areas: readonly RubricArea[];
}

/**
 * Guidance every debrief lists. Its name and what it is for are `practice:guidance.<id>.name` and `.why`.
 * Check each address before a release, as with the crisis numbers.
 */
export const guidanceLinks: readonly GuidanceLink[] = Object.freeze([
  {
    id: 'nhsEmployers',
    url: 'https://www.nhsemployers.org/articles/health-and-wellbeing-conversations',
    areas: ['setting', 'purpose', 'culturalHumility', 'signposting', 'ownership', 'consent', 'followUp'],
  },
  {
    id: 'samaritansShush',
    url: 'https://www.samaritans.org/media-centre/big-listen/shush-listening-tips',
    areas: ['openQuestions', 'listening', 'empathy', 'risk'],
  },
  { id: 'mind', url: 'https://www.mind.org.uk/workplace/', areas: ['empathy', 'risk', 'signposting', 'ownership'] },
  {
    id: 'nhsEnglandConversations',
    url: 'https://www.england.nhs.uk/supporting-our-nhs-people/health-and-wellbeing-programmes/wellbeing-conversations/',
    areas: ['setting', 'purpose', 'openQuestions', 'ownership', 'followUp'],
  },
] as const);

/** The i18n key of a guidance link's name or its one-line "read this for". */
export function guidanceKey(id: string, part: 'name' | 'why'): string {
  return `practice:guidance.${id}.${part}`;
}

/**
 * The guidance links, those that help most with the areas to work on first; every link is kept, because
 * a printed debrief is often the trainee's only copy of them.
 */
export function guidanceFor(areasToWorkOn: readonly RubricArea[]): readonly GuidanceLink[] {
  const relevance = (link: GuidanceLink) => link.areas.filter((area) => areasToWorkOn.includes(area)).length;
  return [...guidanceLinks].sort((a, b) => relevance(b) - relevance(a));
}
