// Every element declares its reactive properties one way: `static properties`, read by Lit at definition. Standard
// decorators are compiled by esbuild into helpers that run for every class at start-up and put each `accessor`
// behind a WeakMap (docs/performance.md, "What is left", item 4), so none may come back.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('..', import.meta.url).pathname;
// An import of Lit's decorators, a decorator call at the start of a line, or an auto-accessor field.
const decorator = /from\s+'lit\/decorators(\.js)?'|^\s*@\w+\(|^\s*(?:(?:private|protected|public|static|override|readonly)\s+)*accessor\s+\w+/;

test('no element, and not the benchmark floor, declares its properties with decorators', () => {
  const found = [];
  for (const folder of ['src', 'components', 'bench']) {
    for (const file of readdirSync(join(root, folder), { recursive: true })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      readFileSync(join(root, folder, file), 'utf8').split('\n').forEach((line, i) => {
        if (decorator.test(line)) found.push(`${folder}/${file}:${i + 1}`);
      });
    }
  }
  assert.deepEqual(found, []);
});
