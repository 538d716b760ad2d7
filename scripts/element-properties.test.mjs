// Every element declares its reactive properties one way: `static properties`, read by Lit at definition. Standard
// decorators are compiled by esbuild into helpers that run for every class at start-up and put each `accessor`
// behind a WeakMap (docs/performance.md, "What is left", item 4), so none may come back.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = new URL('..', import.meta.url).pathname;

function* sources(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) yield path;
  }
}

/** The files under `folders` that use a decorator of Lit's or declare an auto-accessor, with the line. */
export function decoratorUses(folders, base = root) {
  const found = [];
  for (const folder of folders) {
    for (const file of sources(join(base, folder))) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/from\s+'lit\/decorators(\.js)?'|^\s*@\w+\(|\baccessor\s+\w+/.test(line)) found.push(`${relative(base, file)}:${i + 1}`);
      });
    }
  }
  return found;
}

test('no element, and not the benchmark floor, declares its properties with decorators', () => {
  assert.deepEqual(decoratorUses(['src', 'components', 'bench']), []);
});
