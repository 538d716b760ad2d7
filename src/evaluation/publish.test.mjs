// Run with `node --test src/evaluation/`: the published view, every table of it suppressed together.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { aggregateLines, coverage, publishable, publishedCells, total } from './index.js';
import { gridEquations, isDetermined } from './linear-check.test-helper.mjs';
import { declined, event, lines, repeat } from './sample-events.test-helper.mjs';

// Every table's equations in one system. A breakdown's row totals are the outcome table's numbers (completed
// conversations, or all of them for a host dimension), so they are the same variables.
function jointEquations(view) {
  const tables = [...Object.entries(view.tables), ...Object.entries(view.dimensions).filter(([, d]) => d.table).map(([n, d]) => [`dimension:${n}`, d.table])];
  const equations = [];
  const hidden = new Set();
  for (const [name, t] of tables) {
    const shared = name === 'outcome' || !t.rowTotals ? undefined : name.startsWith('dimension:') ? total : 'completed';
    const id = (a, b) => {
      const row = t.rows[a];
      const col = t.cols[b];
      return shared && col === total && row !== total ? `outcome|${row}|${shared}` : `${name}|${row}|${col}`;
    };
    equations.push(...gridEquations(t.rows.length, t.cols.length, t.rowTotals, id));
    t.values.forEach((row, a) => row.forEach((v, b) => v === null && hidden.add(id(a, b))));
  }
  return { equations, hidden: [...hidden] };
}

const month = fc.constantFrom('2026-01', '2026-02', '2026-03');
const completed = fc.record({
  month, nation: fc.constantFrom('england', 'wales', 'scotland'), language: fc.constantFrom('en-GB', 'cy'),
  topics: fc.subarray(['mood', 'sleep', 'workload']), serviceCategories: fc.subarray(['occupationalHealth', 'chaplaincy']),
  durationBand: fc.constantFrom('<15m', '30-60m'), safetyOpened: fc.boolean(), reviewDateSet: fc.boolean(),
  reviewItems: fc.integer({ min: 0, max: 1 }), directorate: fc.constantFrom('Surgery', 'Medicine', 'Estates'),
}).map(({ reviewItems, directorate, ...changes }) => ({
  payload: event({ ...changes, counts: { actions: 1, adjustments: 0, adjustmentsAgreed: 0, reviewItems } }), dimensions: { directorate },
}));
const refused = fc.record({ month, directorate: fc.constantFrom('Surgery', 'Medicine') }).map(({ month: m, directorate }) => ({ payload: declined(m), dimensions: { directorate } }));
const dimensions = { directorate: { values: ['Surgery', 'Medicine', 'Estates'] } };

describe('publishable', () => {
  it('no hidden number is a linear combination of published ones, across tables, months and the year (property)', () => {
    fc.assert(fc.property(fc.array(fc.oneof(completed, completed, refused), { maxLength: 60 }), (events) => {
      const view = publishable(aggregateLines(lines(...events), dimensions));
      const { equations, hidden } = jointEquations(view);
      for (const h of hidden) assert.equal(isDetermined(equations, hidden, h), false, `${h} is determined`);
    }), { numRuns: 150 });
  });

  it('hides declined when a total and the completed count would give it away', () => {
    // 7 conversations, 5 completed: "2 declined" follows by difference unless more is hidden.
    const view = publishable(aggregateLines(lines(...repeat(5, {}), declined(), declined(), ...repeat(9, { month: '2026-12' }))));
    const { outcome } = view.tables;
    assert.deepEqual(outcome.rows, ['2026-11', '2026-12', total]);
    assert.equal(outcome.values[0][1], null);
    assert.ok(outcome.values[0][0] === null || outcome.values[0][2] === null);
    const { equations, hidden } = jointEquations(view);
    assert.ok(hidden.length >= 4);
    for (const h of hidden) assert.equal(isDetermined(equations, hidden, h), false, h);
  });

  it('breaks a month down only when its completed count is published', () => {
    // December's 3 is hidden, and January's 6 with it (the smallest other month), so only November is broken down.
    const view = publishable(aggregateLines(lines(...repeat(20, {}), ...repeat(3, { month: '2026-12' }), ...repeat(6, { month: '2027-01' }))));
    assert.deepEqual(view.tables.outcome.values.map((row) => row[0]), [20, null, null, 29]);
    assert.deepEqual(view.tables.nation.rows, ['2026-11', total]);
    assert.deepEqual(view.tables.topics.rows, ['2026-11', total]);
    assert.deepEqual(Object.keys(view.meanActions), ['2026-11']);
  });

  it('counts topics, services and the yes/no measures per month, and the mean actions in tenths', () => {
    const events = [...repeat(6, { safetyOpened: true, counts: { actions: 1, adjustments: 0, adjustmentsAgreed: 0, reviewItems: 1 } }), ...repeat(7, { reviewDateSet: false })];
    const view = publishable(aggregateLines(lines(...events)));
    assert.deepEqual(view.tables.indicators.cols, ['followUp', 'reviewDateSet', 'safetyOpened']);
    assert.deepEqual(view.tables.indicators.values, [[6, 6, 6], [6, 6, 6]]);
    assert.deepEqual(view.tables.topics.values, [[13, 13], [13, 13]]);
    assert.equal(view.meanActions['2026-11'], 1.5);
  });

  it('counts every conversation by a host dimension, withholds a breakdown too small to publish, and gives coverage', () => {
    const dims = { directorate: { values: ['Surgery', 'Medicine'], headcount: { Surgery: 400, Medicine: 30 } }, site: { values: ['North', 'South'] } };
    const surgery = Array.from({ length: 40 }, () => ({ payload: event(), dimensions: { directorate: 'Surgery', site: 'North' } }));
    const medicine = Array.from({ length: 8 }, () => ({ payload: declined(), dimensions: { directorate: 'Medicine' } }));
    const view = publishable(aggregateLines(lines(...surgery, ...medicine), dims));
    const directorate = view.dimensions.directorate;
    assert.deepEqual(directorate.table.cols, ['Medicine', 'Surgery', 'notRecorded', total]);
    assert.deepEqual(directorate.table.values, [[8, 40, 0, 48], [8, 40, 0, 48]]);
    // 40 of 400 is exact; 8 of a group of 30 is shown as a band of ten points.
    assert.deepEqual(coverage(directorate, 'Surgery'), { percent: 10 });
    assert.deepEqual(coverage(directorate, 'Medicine'), { band: [20, 30] });
    assert.deepEqual(view.dimensions.site.table.values[0], [40, 0, 8, 48]);
    // Two of three groups hidden: withheld, and no coverage.
    const few = publishable(aggregateLines(lines(...surgery, ...medicine, { payload: declined(), dimensions: {} }, { payload: declined(), dimensions: {} }), dims));
    assert.equal(few.dimensions.directorate.withheld, 'tooSmall');
    assert.equal(few.dimensions.directorate.table, undefined);
    assert.equal(coverage(few.dimensions.directorate, 'Surgery'), null);
  });

  it('lists every published number once, hidden ones as null, in a fixed order', () => {
    const cells = publishedCells(publishable(aggregateLines(lines(...repeat(6, {}), event({ nation: 'wales' })))));
    assert.deepEqual(cells.find(([t, r, c]) => t === 'nation' && r === '2026-11' && c === 'wales'), ['nation', '2026-11', 'wales', null]);
    assert.deepEqual(cells.find(([t, r, c]) => t === 'outcome' && r === total && c === total), ['outcome', total, total, 7]);
    const keys = cells.map(([t, r, c]) => `${t}|${r}|${c}`);
    assert.deepEqual(keys, [...keys].sort());
    assert.equal(new Set(keys).size, keys.length);
  });
});
