// Events for the aggregation tests, as buildEvaluation makes them.

/** A valid completed event with `changes` applied. */
export function event(changes = {}) {
  return {
    schemaVersion: 1, month: '2026-11', nation: 'england', language: 'en-GB', outcome: 'completed', stageReached: 'complete',
    topics: ['mood', 'trustTopic'], serviceCategories: ['occupationalHealth'],
    counts: { actions: 2, adjustments: 1, adjustmentsAgreed: 1, reviewItems: 0 },
    reviewDateSet: true, safetyOpened: false, durationBand: '30-60m', ...changes,
  };
}

/** A declined conversation's event. */
export const declined = (month = '2026-11') => ({ schemaVersion: 1, month, outcome: 'declined' });

/** Events as JSON lines. */
export const lines = (...events) => events.map((e) => JSON.stringify(e));

/** `n` copies of one event. */
export const repeat = (n, changes) => Array.from({ length: n }, () => event(changes));
