import { planErrors } from './plan-rules.js';
import type { ConversationContext } from '../model/conversation.js';
import type { ConversationEvent } from './conversation.types.js';

type Ctx = ConversationContext;
type Ev<T extends ConversationEvent['type']> = Extract<ConversationEvent, { type: T }>;

// Each edit is a pure function from the context and the event to the changed part of the context.
// The machine assigns the result; nothing here clears text the user typed.

/** Ticks or unticks an item of the preparation checklist. */
export const checkPrepare = (c: Ctx, e: Ev<'prepare.check'>): Partial<Ctx> => ({
  prepareChecks: { ...c.prepareChecks, [e.item]: e.checked },
});

/** Records what became of an earlier action; only actions of the previous record can be reviewed. */
export const setReview = (c: Ctx, e: Ev<'review.set'>): Partial<Ctx> => {
  if (!c.previousActions.some((a) => a.id === e.actionId)) return {};
  const current = c.reviews[e.actionId] ?? { status: null, note: '' };
  return {
    reviews: {
      ...c.reviews,
      [e.actionId]: { status: e.status === undefined ? current.status : e.status, note: e.note ?? current.note },
    },
  };
};

/** Adds a topic to the end of the staff member's list, or takes it off. Only offered topics count. */
export const toggleTopic = (c: Ctx, e: Ev<'topic.toggle'>): Partial<Ctx> => {
  if (!c.availableTopics.includes(e.id)) return {};
  const chosen = c.chosenTopics.includes(e.id) ? c.chosenTopics.filter((t) => t !== e.id) : [...c.chosenTopics, e.id];
  return { chosenTopics: chosen, topicIndex: Math.min(c.topicIndex, Math.max(0, chosen.length - 1)) };
};

/** Moves a chosen topic up (negative) or down (positive) in the order they will be talked about. */
export const moveTopic = (c: Ctx, e: Ev<'topic.move'>): Partial<Ctx> => {
  const from = c.chosenTopics.indexOf(e.id);
  if (from < 0 || !Number.isInteger(e.by)) return {};
  const to = Math.max(0, Math.min(c.chosenTopics.length - 1, from + e.by));
  const chosen = [...c.chosenTopics];
  chosen.splice(to, 0, ...chosen.splice(from, 1));
  return { chosenTopics: chosen };
};

/** Marks the topic now being explored as skipped. */
export const skipTopic = (c: Ctx): Partial<Ctx> => {
  const id = c.chosenTopics[c.topicIndex];
  return id && !c.skippedTopics.includes(id) ? { skippedTopics: [...c.skippedTopics, id] } : {};
};

/** Sets a private note. */
export const setNote = (c: Ctx, e: Ev<'note.set'>): Partial<Ctx> => ({ notes: { ...c.notes, [e.section]: e.text } });

/** Sets the agreed wording of one section. */
export const setAgreed = (c: Ctx, e: Ev<'agreed.set'>): Partial<Ctx> => ({ agreed: { ...c.agreed, [e.section]: e.text } });

/** Adds an empty action, owned by the staff member until changed. */
export const addAction = (c: Ctx): Partial<Ctx> => ({
  actions: [...c.actions, { id: `a${c.nextId}`, text: '', owner: 'staff', due: '' }],
  nextId: c.nextId + 1,
});

/** Changes the fields given of one action. */
export const updateAction = (c: Ctx, e: Ev<'action.update'>): Partial<Ctx> =>
  withPlanErrors(c, {
    actions: c.actions.map((a) =>
      a.id === e.id ? { ...a, text: e.text ?? a.text, owner: e.owner ?? a.owner, due: e.due ?? a.due } : a,
    ),
  });

/** Removes one action. */
export const removeAction = (c: Ctx, e: Ev<'action.remove'>): Partial<Ctx> =>
  withPlanErrors(c, { actions: c.actions.filter((a) => a.id !== e.id) });

/** Adds an empty adjustment, to explore until changed. */
export const addAdjustment = (c: Ctx): Partial<Ctx> => ({
  adjustments: [...c.adjustments, { id: `j${c.nextId}`, text: '', status: 'toExplore', reason: '' }],
  nextId: c.nextId + 1,
});

/** Changes the fields given of one adjustment. */
export const updateAdjustment = (c: Ctx, e: Ev<'adjustment.update'>): Partial<Ctx> =>
  withPlanErrors(c, {
    adjustments: c.adjustments.map((a) =>
      a.id === e.id ? { ...a, text: e.text ?? a.text, status: e.status ?? a.status, reason: e.reason ?? a.reason } : a,
    ),
  });

/** Removes one adjustment. */
export const removeAdjustment = (c: Ctx, e: Ev<'adjustment.remove'>): Partial<Ctx> =>
  withPlanErrors(c, { adjustments: c.adjustments.filter((a) => a.id !== e.id) });

/** Chooses or unchooses a service the staff member wants to try. */
export const toggleService = (c: Ctx, e: Ev<'service.toggle'>): Partial<Ctx> => ({
  services: c.services.includes(e.id) ? c.services.filter((s) => s !== e.id) : [...c.services, e.id],
});

/** Sets the date of the next conversation. */
export const setReviewDate = (c: Ctx, e: Ev<'reviewDate.set'>): Partial<Ctx> => withPlanErrors(c, { reviewDate: e.date });

/** Gives or withdraws consent to record one section. */
export const setConsent = (c: Ctx, e: Ev<'consent.set'>): Partial<Ctx> => ({ consent: { ...c.consent, [e.section]: e.given } });

// Once errors are on screen they are kept up to date as the user mends them (GOV.UK pattern);
// before the first Continue the user is not interrupted.
function withPlanErrors(c: Ctx, patch: Partial<Ctx>): Partial<Ctx> {
  return c.planErrors.length ? { ...patch, planErrors: planErrors({ ...c, ...patch }) } : patch;
}

/** Gives or withdraws consent to share anonymous numbers about the conversation (not a record section). */
export const setEvaluationConsent = (_: Ctx, e: Ev<'evaluation.consent'>): Partial<Ctx> => ({ evaluationConsent: e.given });
