// The synthetic events: the same seed gives the same events, every one is valid, and the year looks real.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { isEvaluationEvent, parseDimensions } from '../src/evaluation/index.js';
import { syntheticDimensions, syntheticLines } from './synthetic-evaluation-lib.mjs';

const script = fileURLToPath(new URL('./synthetic-evaluation.mjs', import.meta.url));

describe('synthetic evaluation events', () => {
  it('are the same for the same seed and differ for another', () => {
    const a = [...syntheticLines({ n: 200, seed: 3 })];
    assert.deepEqual([...syntheticLines({ n: 200, seed: 3 })], a);
    assert.notDeepEqual([...syntheticLines({ n: 200, seed: 4 })], a);
  });

  it('are valid events with declared dimensions, over twelve months, about one in eight declined', () => {
    assert.equal(parseDimensions(syntheticDimensions).ok, true);
    const { directorate, staffGroup } = syntheticDimensions.dimensions;
    const rows = [...syntheticLines({ n: 5000, seed: 1, dimensions: true })].map((line) => JSON.parse(line));
    for (const { payload, dimensions } of rows) {
      assert.ok(isEvaluationEvent(payload), JSON.stringify(payload));
      assert.ok(directorate.values.includes(dimensions.directorate));
      assert.ok(dimensions.staffGroup === undefined || staffGroup.values.includes(dimensions.staffGroup));
    }
    assert.equal(new Set(rows.map((r) => r.payload.month)).size, 12);
    const declined = rows.filter((r) => r.payload.outcome === 'declined').length / rows.length;
    assert.ok(declined > 0.09 && declined < 0.15, String(declined));
  });

  it('writes N lines from the command line, and refuses a bad count', () => {
    const result = spawnSync(process.execPath, [script, '--n', '25', '--seed', '9'], { encoding: 'utf8' });
    assert.equal(result.status, 0);
    assert.equal(result.stdout.trim().split('\n').length, 25);
    assert.equal(spawnSync(process.execPath, [script, '--n', 'many'], { encoding: 'utf8' }).status, 2);
  });
});
