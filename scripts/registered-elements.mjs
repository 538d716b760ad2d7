// Reads src/define.ts and the files of the elements it fetches when first used (src/elements/), the places that
// register the elements, without running them (they need a DOM).
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The elements a host page uses, in the order docs/api.md lists them; every other tag of src/define.ts is a part of these. */
export const publicTags = ['wcg-conversation', 'wcg-practice', 'wcg-plan-summary', 'wcg-prep-sheet', 'wcg-config-editor'];

/**
 * Every `[tag, class]` pair registered in src/define.ts or src/elements/ (or, given a file, in that file alone), with
 * the module the class comes from.
 */
export function registeredElements(defineFile) {
  if (defineFile) return registeredIn(defineFile);
  const elementFiles = readdirSync(posix.join(root, 'src/elements')).filter((name) => name.endsWith('.ts')).map((name) => `src/elements/${name}`);
  // A tag that more than one file registers (whichever is fetched first does) is listed once.
  const all = ['src/define.ts', ...elementFiles].flatMap((file) => registeredIn(file));
  return all.filter((element, i) => all.findIndex((other) => other.tag === element.tag) === i);
}

/** Every `[tag, class]` pair in one file, with the module the class comes from. */
function registeredIn(defineFile) {
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
    definedIn: defineFile,
  }));
}
