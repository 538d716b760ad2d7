// Reads src/define.ts, the one place that registers the elements, without running it (it needs a DOM).
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The elements a host page uses, in the order docs/api.md lists them; every other tag of src/define.ts is a part of these. */
export const publicTags = ['wcg-conversation', 'wcg-practice', 'wcg-plan-summary', 'wcg-prep-sheet', 'wcg-config-editor'];

/** Every `[tag, class]` pair registered in src/define.ts, with the module the class comes from. */
export function registeredElements(defineFile = 'src/define.ts') {
  const source = readFileSync(posix.join(root, defineFile), 'utf8');
  const modules = new Map();
  for (const [, names, from] of source.matchAll(/import\s*\{([^}]+)\}\s*from\s*'([^']+)'/g)) {
    for (const name of names.split(',').map((n) => n.trim()).filter(Boolean)) {
      modules.set(name, posix.normalize(posix.join(posix.dirname(defineFile), from)).replace(/\.js$/, '.ts'));
    }
  }
  return [...source.matchAll(/\[\s*'(wcg-[a-z0-9-]+)'\s*,\s*(\w+)\s*\]/g)].map(([, tag, className]) => ({
    tag,
    className,
    module: modules.get(className),
  }));
}
