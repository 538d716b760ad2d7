/** The stages of a live conversation, in the order they are met (docs/design.md, "The conversation (live mode)"). */
export const stageIds = [
  'prepare',
  'open',
  'review',
  'checkIn',
  'chooseTopics',
  'explore',
  'whatHelps',
  'plan',
  'agree',
  'complete',
] as const;

/** One stage of the live conversation. */
export type StageId = (typeof stageIds)[number];

/** True when `value` names a stage. */
export function isStageId(value: unknown): value is StageId {
  return typeof value === 'string' && (stageIds as readonly string[]).includes(value);
}
