// Run with `node --test src/evaluation/`: docs/evaluation.sql, run in DuckDB, publishes exactly the numbers the
// JavaScript aggregator publishes, hidden cells included.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { syntheticDimensions, syntheticLines } from '../../scripts/synthetic-evaluation-lib.mjs';
import { aggregateLines, notRecorded, parseDimensions, publishable, publishedCells } from './index.js';
import { loadEvents } from './duckdb-load.test-helper.mjs';

const sql = readFileSync(new URL('../../docs/evaluation.sql', import.meta.url), 'utf8');
const dimensions = /** @type {{ ok: true, value: any }} */ (parseDimensions(syntheticDimensions)).value;

describe('docs/evaluation.sql in DuckDB', () => {
  let dir;
  let connection;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wcg-sql-'));
    connection = await (await DuckDBInstance.create(':memory:')).connect();
  });
  after(() => {
    connection?.closeSync();
    rmSync(dir, { recursive: true, force: true });
  });

  async function expectSameNumbers(lines) {
    const expected = publishedCells(publishable(aggregateLines(lines, dimensions)));
    await loadEvents(connection, dir, lines, dimensions);
    const reader = await connection.runAndReadAll(sql);
    const actual = reader.getRows().map(([tbl, r, c, value]) => [tbl, r, c, value === null ? null : Number(value)]);
    assert.equal(actual.length, expected.length);
    assert.deepEqual(actual, expected);
    return expected;
  }

  it('gives identical numbers on 100,000 synthetic events with host dimensions', async () => {
    const cells = await expectSameNumbers([...syntheticLines({ n: 100_000, seed: 22, dimensions: true })]);
    assert.ok(cells.some(([tbl]) => tbl === 'dimension:directorate'));
  });

  it('gives identical numbers, hidden cells included, for a small trust where many are hidden', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const cells = await expectSameNumbers([...syntheticLines({ n: 150 + 60 * seed, seed, dimensions: true })]);
      assert.ok(cells.some(([, , , v]) => v === null), `seed ${seed} hides nothing`);
    }
  });

  it('counts events without a dimension value as notRecorded, as the JavaScript does', async () => {
    const lines = [...syntheticLines({ n: 3000, seed: 9, dimensions: true })].map((line, i) => (i % 3 ? line : JSON.stringify(JSON.parse(line).payload)));
    const cells = await expectSameNumbers(lines);
    assert.ok(cells.some(([tbl, , c, v]) => tbl === 'dimension:directorate' && c === notRecorded && v !== 0));
  });
});
