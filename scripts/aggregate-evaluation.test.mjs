// Run with `node --test scripts/`: the aggregation runs in Node, so it is tested with Node's own runner.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { aggregateLines, isEvaluationEvent, parseDimensions, parseEventLine, publishable } from '../src/evaluation/index.js';
import { formatTables } from './aggregate-evaluation-lib.mjs';

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
    assert.deepEqual([...m.outcome], [['declined', 2]]);
    assert.equal(m.nation.size, 0);
    assert.equal(m.durationBand.size, 0);
  });

  it('reads a line as an event, or as nothing when it is not JSON', () => {
    assert.deepEqual(parseEventLine(JSON.stringify(event())), event());
    assert.equal(parseEventLine('{ not json'), undefined);
  });
});

describe('aggregateLines', () => {
  it('counts invalid lines with a path and a reason, passes over blank ones, and keeps nothing of what was invalid', () => {
    const totals = aggregateLines(['', '   ', '{ broken', 'Jane Smith said her rota is too much', JSON.stringify(event({ note: 'secret' })), ...lines(event()), '\uFEFF']);
    assert.equal(totals.invalidLines, 3);
    assert.deepEqual(totals.problems.map((p) => p.path), ['line 3', 'line 4', 'line 5']);
    const text = formatTables(publishable(totals));
    assert.match(text, /Skipped 3 lines that were not valid:\n {2}line 3: not JSON\n/);
    assert.doesNotMatch(text, /Jane|secret|broken/);
  });

  it('refuses a dimension that is not declared, or a value that is not allowed, naming the dimension only', () => {
    const dims = parseDimensions({ dimensions: { directorate: { values: ['Surgery'] } } });
    assert.equal(dims.ok, true);
    const totals = aggregateLines([
      JSON.stringify({ payload: event(), dimensions: { directorate: 'Surgery' } }),
      JSON.stringify({ payload: event(), dimensions: { ward: 'Ward 7' } }),
      JSON.stringify({ payload: event(), dimensions: { directorate: 'Jane Smith' } }),
      JSON.stringify({ payload: event(), dimensions: { directorate: 'Surgery' }, user: 'jane' }),
    ], dims.value);
    assert.deepEqual(totals.problems, [
      { path: 'line 2.dimensions.ward', message: 'this dimension is not declared in the dimensions file' },
      { path: 'line 3.dimensions.directorate', message: 'the value is not one of the values declared for this dimension' },
      { path: 'line 4', message: 'a line holds payload and dimensions only' },
    ]);
    assert.deepEqual([...totals.months.get('2026-11').dimensions.get('directorate')], [['Surgery', 1]]);
    assert.deepEqual(aggregateLines([JSON.stringify({ payload: event(), dimensions: { directorate: 'Surgery' } })]).problems[0].path, 'line 1.dimensions.directorate');
  });

  it('refuses a dimensions file that is not well formed, saying where and why', () => {
    const result = parseDimensions({ dimensions: { 'staff group': { values: ['A', 'A', 'notRecorded'], headcount: { B: 3, A: -1 } } }, extra: 1 });
    assert.equal(result.ok, false);
    assert.deepEqual(result.errors.map((e) => e.path), [
      'extra', 'dimensions.staff group', 'dimensions.staff group.values[2]', 'dimensions.staff group.values',
      'dimensions.staff group.headcount.B', 'dimensions.staff group.headcount.A',
    ]);
    assert.equal(parseDimensions([]).ok, false);
  });

  it('prints one table per measure, with every hidden count as "[c]" and no small number', () => {
    // December's 1 is hidden, and November's 5 with it, since the year total would give it away; January stays.
    const text = formatTables(publishable(aggregateLines(lines(...repeat(5, {}), event({ month: '2026-12', nation: 'wales' }), ...repeat(7, { month: '2027-01' })))));
    assert.match(text, /\nConversations by outcome\nMonth +completed +declined +total\n2026-11 +\[c\] +0 +\[c\]\n2026-12 +\[c\] +0 +\[c\]\n2027-01 +7 +0 +7\ntotal +13 +0 +13\n/);
    assert.doesNotMatch(text, /^(\d{4}-\d{2}|total) .* [1-4]( |$)/m);
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
      assert.match(stdout, /Skipped 1 line that was not valid:\n  line 6: not JSON/);
      assert.match(stdout, /2026-11 +5 +0 +5/);
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
    assert.deepEqual(view.tables.outcome.values, [[null, 0, null], [null, 0, null]]);
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
