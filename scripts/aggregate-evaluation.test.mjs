// Run with `node --test scripts/`: the aggregation runs in Node, so it is tested with Node's own runner.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { aggregateLines, formatTables, isEvaluationEvent, parseEventLine, publishable, suppress } from './aggregate-evaluation-lib.mjs';

const script = fileURLToPath(new URL('./aggregate-evaluation.mjs', import.meta.url));

// A valid event, as buildEvaluation makes one, with `changes` applied.
function event(changes = {}) {
  return {
    schemaVersion: 1, month: '2026-11', nation: 'england', language: 'en-GB', outcome: 'completed', stageReached: 'complete',
    topics: ['mood', 'trustTopic'], serviceCategories: ['occupationalHealth'],
    counts: { actions: 2, adjustments: 1, adjustmentsAgreed: 1, reviewItems: 0 },
    reviewDateSet: true, safetyOpened: false, durationBand: '30-60m', ...changes,
  };
}

const lines = (...events) => events.map((e) => JSON.stringify(e));
const repeat = (n, changes) => Array.from({ length: n }, () => event(changes));

function run(args, stdin) {
  const result = spawnSync(process.execPath, [script, ...args], { input: stdin, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('suppress', () => {
  it('shows 0 as 0, 1 to 4 as "<5", and 5 or more exactly', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 120].map(suppress), [0, '<5', '<5', '<5', '<5', 5, 6, 120]);
  });
});

describe('isEvaluationEvent', () => {
  it('accepts a valid event, with or without a staff language', () => {
    assert.equal(isEvaluationEvent(event()), true);
    assert.equal(isEvaluationEvent(event({ staffLanguage: 'cy' })), true);
  });

  it('refuses an event with an extra field, a wrong kind or a value outside its list', () => {
    const bad = [
      { note: 'Jane is struggling' }, { schemaVersion: 2 }, { month: '2026-13' }, { month: '2026-11-26' }, { nation: 'france' },
      { language: 'English please' }, { staffLanguage: 'en-GB-x-jane' }, { outcome: 'abandoned' }, { stageReached: 'lunch' },
      { topics: ['Jane Smith'] }, { topics: ['mood', 'mood'] }, { serviceCategories: 'crisis' },
      { counts: { actions: -1, adjustments: 0, adjustmentsAgreed: 0, reviewItems: 0 } },
      { counts: { actions: 1.5, adjustments: 0, adjustmentsAgreed: 0, reviewItems: 0 } },
      { counts: { actions: 1, adjustments: 0, adjustmentsAgreed: 0 } },
      { reviewDateSet: 'yes' }, { safetyOpened: 1 }, { durationBand: '45m' },
    ];
    for (const changes of bad) assert.equal(isEvaluationEvent(event(changes)), false, JSON.stringify(changes));
    for (const value of [null, [], 'text', 42, undefined]) assert.equal(isEvaluationEvent(value), false);
  });

  it('accepts a declined conversation\'s month and outcome alone, and counts it by outcome only', () => {
    const declined = { schemaVersion: 1, month: '2026-11', outcome: 'declined' };
    assert.equal(isEvaluationEvent(declined), true);
    assert.equal(isEvaluationEvent({ ...declined, outcome: 'completed' }), false);
    assert.equal(isEvaluationEvent({ ...declined, topics: [] }), false);
    const m = aggregateLines([JSON.stringify(declined), JSON.stringify(declined)]).months.get('2026-11');
    assert.equal(m.conversations, 2);
    assert.deepEqual(m.outcome, { completed: 0, declined: 2 });
    assert.deepEqual(m.nation, { england: 0, wales: 0, scotland: 0, 'northern-ireland': 0 });
    assert.deepEqual(m.durationBand, { '<15m': 0, '15-30m': 0, '30-60m': 0, '>60m': 0 });
  });

  it('reads a line as an event, or as nothing when it is not JSON', () => {
    assert.deepEqual(parseEventLine(JSON.stringify(event())), event());
    assert.equal(parseEventLine('{ not json'), undefined);
  });
});

describe('aggregateLines', () => {
  it('groups events by month, with months in order', () => {
    const view = publishable(aggregateLines(lines(...repeat(6, { month: '2027-01' }), ...repeat(5, { month: '2026-11' }), event({ month: '2026-12' }))));
    assert.deepEqual(Object.keys(view.months), ['2026-11', '2026-12', '2027-01']);
    assert.equal(view.months['2026-11'].conversations, 5);
    assert.equal(view.months['2026-12'].conversations, '<5');
    assert.equal(view.months['2027-01'].conversations, 6);
  });

  it('counts invalid lines, passes over blank ones, and keeps nothing of what was invalid', () => {
    const totals = aggregateLines(['', '   ', '{ broken', 'Jane Smith said her rota is too much', JSON.stringify(event({ note: 'secret' })), ...lines(event()), '\uFEFF']);
    assert.equal(totals.invalidLines, 3);
    const text = formatTables(publishable(totals));
    assert.match(text, /Skipped 3 lines that were not a valid evaluation event\./);
    assert.doesNotMatch(text, /Jane|secret|broken/);
  });

  it('suppresses every count from 1 to 4 and shows 0 and 5 or more exactly', () => {
    const events = [
      ...repeat(5, { nation: 'wales', safetyOpened: true, durationBand: '<15m' }),
      ...repeat(2, { nation: 'scotland', outcome: 'declined', topics: [], serviceCategories: [], durationBand: '<15m' }),
      ...repeat(7, { language: 'cy', topics: ['money'], serviceCategories: ['financialWellbeing', 'occupationalHealth'] }),
    ];
    const m = publishable(aggregateLines(lines(...events))).months['2026-11'];
    assert.equal(m.conversations, 14);
    assert.deepEqual(m.outcome, { completed: 12, declined: '<5' });
    assert.deepEqual(m.nation, { england: 7, wales: 5, scotland: '<5', 'northern-ireland': 0 });
    assert.deepEqual(m.language, { 'en-GB': 7, cy: 7 });
    assert.deepEqual(m.topics, { money: 7, mood: 5, trustTopic: 5 });
    assert.deepEqual(m.serviceCategories, { occupationalHealth: 12, financialWellbeing: 7 });
    assert.equal(m.safetyOpened, 5);
    assert.deepEqual(m.durationBand, { '<15m': 7, '15-30m': 0, '30-60m': 7, '>60m': 0 });
    assert.equal(m.meanActionsPerCompleted, 2);
  });

  it('hides the mean number of actions when fewer than 5 conversations were completed', () => {
    const few = publishable(aggregateLines(lines(...repeat(4, {}), ...repeat(3, { outcome: 'declined' })))).months['2026-11'];
    assert.equal(few.meanActionsPerCompleted, null);
    const mixed = [...repeat(3, { counts: { actions: 1, adjustments: 0, adjustmentsAgreed: 0, reviewItems: 0 } }), ...repeat(2, {})];
    assert.equal(publishable(aggregateLines(lines(...mixed))).months['2026-11'].meanActionsPerCompleted, 1.4);
    assert.match(formatTables(publishable(aggregateLines(lines(...repeat(4, {}))))), /Mean actions per completed conversation: not shown/);
  });

  it('prints one group of tables per month, with every suppressed count as "<5"', () => {
    const text = formatTables(publishable(aggregateLines(lines(...repeat(5, {}), event({ month: '2026-12', nation: 'wales' })))));
    assert.match(text, /== 2026-11 ==\nConversations: 5\n/);
    assert.match(text, /== 2026-12 ==\nConversations: <5\n/);
    assert.match(text, /\nwales {2,}<5\n/);
    assert.match(text, /\nNation {2,}Conversations\n/);
    assert.doesNotMatch(text, / {2,}[1-4]\n/);
  });
});

describe('aggregate-evaluation.mjs', () => {
  it('reads a file and prints tables, counting the invalid lines without printing them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wcg-eval-'));
    try {
      const file = join(dir, 'events.jsonl');
      writeFileSync(file, [...lines(...repeat(5, {})), 'PRIVATE-LINE', ''].join('\r\n'));
      const { code, stdout } = run([file]);
      assert.equal(code, 0);
      assert.match(stdout, /Skipped 1 line that was not a valid evaluation event\./);
      assert.match(stdout, /Conversations: 5/);
      assert.doesNotMatch(stdout, /PRIVATE-LINE/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads standard input and prints the suppressed numbers as JSON with --json', () => {
    const { code, stdout } = run(['--json'], [...lines(...repeat(3, {})), 'x'].join('\n'));
    assert.equal(code, 0);
    const view = JSON.parse(stdout);
    assert.equal(view.invalidLines, 1);
    assert.equal(view.months['2026-11'].conversations, '<5');
    assert.deepEqual(view.months['2026-11'].outcome, { completed: '<5', declined: 0 });
  });

  it('says how to use it when given an unknown option, and fails for a missing file', () => {
    const unknown = run(['--nope'], '');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown option --nope/);
    const missing = run([join(tmpdir(), 'no-such-file-wcg.jsonl')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Could not read .*ENOENT/);
  });
});
