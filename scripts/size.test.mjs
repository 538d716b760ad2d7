// What the first download of a conversation page holds, and what it leaves to files fetched later, from the build
// settings themselves (scripts/size.mjs follows the imports from the main file).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { measure } from './size.mjs';

let files;
const sources = (list) => new Set(list.flatMap((file) => Object.keys(file.inputs)));

before(async () => {
  files = await measure();
});

test('the first download holds the first stage, the frame and the safety steps with their text', () => {
  const first = sources(files.first);
  for (const source of ['components/conversation/conversation.ts', 'components/stage-prepare/stage-prepare.ts', 'components/safety-panel/safety-panel.ts', 'locales/en-GB/safety.json', 'locales/en-GB/common.json', 'locales/en-GB/stages.json']) {
    assert.ok(first.has(source), `${source} is not in the first download`);
  }
});

test('the first download leaves out the other elements, the later stages, their en-GB text and the draft keeping', () => {
  const first = sources(files.first);
  const found = [
    'components/practice/practice.ts', 'components/config-editor/config-editor.ts', 'components/prep-sheet/prep-sheet.ts', 'components/plan-summary/plan-summary.ts',
    'components/stage-plan/stage-plan.ts', 'components/stage-explore/stage-explore.ts', 'components/stage-complete/stage-complete.ts',
    'locales/en-GB/topics.json', 'locales/en-GB/summary.json', 'locales/en-GB/plan.json', 'locales/en-GB/agree.json',
    'src/persist/session-store.ts', 'src/persist/tab-lock.ts', 'src/i18n/check-config.ts', 'src/record/evaluation.ts', 'src/record/parse-record.ts',
    // The staff member's copy as plain text: only /core offers it (a conversation shows the copy, never as text).
    'src/record/staff-copy.ts',
    // Keeping drafts (`persist`), fetched only by a conversation asked to keep them.
    'components/conversation/drafts.ts', 'src/persist/draft.ts', 'src/persist/crypto.ts', 'src/persist/draft-state.ts',
  ].filter((source) => first.has(source));
  assert.deepEqual(found, []);
});

test('the whole conversation has every stage and its text, and nothing that is loaded apart', () => {
  const whole = sources(files.whole);
  for (const source of ['components/stage-plan/stage-plan.ts', 'components/stage-explore/stage-explore.ts', 'locales/en-GB/topics.json', 'locales/en-GB/summary.json']) {
    assert.ok(whole.has(source), `${source} is not fetched by the conversation`);
  }
  assert.deepEqual(files.misplaced, []);
});
