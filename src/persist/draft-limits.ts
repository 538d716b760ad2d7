/**
 * The caps a draft must keep to: text in characters, lists and groups in entries. The element should
 * keep typed text within `text` (e.g. `maxlength`), or a longer note makes the draft unreadable; its
 * text is still offered back as recovered text. A module of its own, so the fields that keep to it do not
 * bring the draft format into the main file.
 */
export const draftLimits = {
  text: 20_000, date: 100, topics: 200, actions: 200, adjustments: 200, services: 500,
  sections: 500, checks: 100, planErrors: 1000,
} as const;
