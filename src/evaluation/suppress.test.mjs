// Run with `node --test src/evaluation/`: no hidden count can be worked out from what is published.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { aggregateLines, publishable, suppressGrid, total } from './index.js';
import { alternativeGrid, gridEquations, isDetermined } from './linear-check.test-helper.mjs';

// An inner grid with its column totals as a last row and, with rowTotals, its row totals as a last column.
function extend(inner, rowTotals) {
  const rows = inner.map((row) => (rowTotals ? [...row, row.reduce((s, n) => s + n, 0)] : [...row]));
  rows.push(rows[0].map((_, b) => rows.reduce((s, row) => s + row[b], 0)));
  return rows;
}

function* grids(rows, cols, values) {
  const n = rows * cols;
  const digits = Array(n).fill(0);
  for (;;) {
    yield Array.from({ length: rows }, (_, a) => digits.slice(a * cols, a * cols + cols).map((d) => values[d]));
    let i = 0;
    while (i < n && ++digits[i] === values.length) digits[i++] = 0;
    if (i === n) return;
  }
}

// Every hidden cell has another non-negative integer table agreeing with every published number, and is
// no linear combination of them; every cell from 1 to 4 is hidden.
function expectProtected(inner, rowTotals) {
  const grid = extend(inner, rowTotals);
  const hidden = suppressGrid(grid, { rowTotals });
  const id = (a, b) => `${a},${b}`;
  const eqs = gridEquations(grid.length, grid[0].length, rowTotals, id);
  const hiddenIds = [];
  grid.forEach((row, a) => row.forEach((n, b) => {
    if (n > 0 && n < 5) assert.ok(hidden[a][b], `${JSON.stringify(grid)}: ${n} at ${a},${b} is published`);
    if (hidden[a][b]) hiddenIds.push(id(a, b));
  }));
  grid.forEach((row, a) => row.forEach((_, b) => {
    if (!hidden[a][b]) return;
    const where = `${JSON.stringify(grid)} hidden ${JSON.stringify(hidden)} at ${a},${b}`;
    assert.equal(isDetermined(eqs, hiddenIds, id(a, b)), false, `determined: ${where}`);
    const other = alternativeGrid(grid, hidden, rowTotals, a, b);
    assert.ok(other, `no other table: ${where}`);
    assert.notEqual(other[a][b], grid[a][b]);
  }));
  return hidden;
}

describe('suppressGrid', () => {
  it('hides nothing when no count is from 1 to 4', () => {
    const hidden = suppressGrid(extend([[5, 0], [7, 12]], true), { rowTotals: true });
    assert.ok(hidden.flat().every((h) => !h));
  });

  it('hides a rectangle around a small count: row partner, column partner and their crossing', () => {
    const grid = extend([[2, 9, 30], [8, 6, 40], [20, 50, 60]], true);
    const hidden = suppressGrid(grid, { rowTotals: true });
    // 2 is hidden; 9 is the smallest other in its row, 8 in its column, and 6 where they cross.
    assert.deepEqual(hidden.map((row) => row.map(Number)), [[1, 1, 0, 0], [1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]);
  });

  it('protects every cell of every 2×2 table of 0 to 6, with and without row totals', () => {
    for (const inner of grids(2, 2, [0, 1, 2, 3, 4, 5, 6])) {
      expectProtected(inner, true);
      expectProtected(inner, false);
    }
  });

  it('protects every cell of every 2×3 and 3×2 table of 0, 1, 4 and 5', () => {
    for (const inner of grids(2, 3, [0, 1, 4, 5])) expectProtected(inner, true);
    for (const inner of grids(3, 2, [0, 1, 4, 5])) expectProtected(inner, true);
  });

  it('protects random larger tables (property)', () => {
    const cell = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 40 }));
    const table = fc.integer({ min: 1, max: 4 }).chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 4 }));
    fc.assert(fc.property(table, fc.boolean(), (inner, rowTotals) => {
      expectProtected(inner, rowTotals);
    }), { numRuns: 300 });
  });
});
