// The layers of the code (docs/design.md, "Layers"), as data, and a check of every import against them with
// dependency-cruiser. Each folder of src/ is one layer and may import only from the layers listed for it;
// components/ may import any of them, and nothing under src/ imports components/ but the files that register
// the elements. Test files and test helpers are left out: a test may reach wherever it needs to.
//
//   node scripts/layers.mjs     prints every import that breaks a rule, naming the rule, and exits 1 if any does
import { cruise } from 'dependency-cruiser';
import { fileURLToPath } from 'node:url';

/**
 * Each layer under src/ and the layers it may import. Arrows only point down. A name in `files` is one of the
 * files at the top of src/ (the React wrappers build on the registering entry).
 */
export const layers = {
  base: [],
  evaluation: [],
  fetch: ['base'],
  content: ['base'],
  model: ['base', 'content'],
  i18n: ['base', 'content', 'fetch'],
  machine: ['base', 'content', 'model'],
  persist: ['base', 'content', 'model', 'machine'],
  record: ['base', 'content', 'model', 'i18n'],
  context: ['base', 'content', 'model', 'machine', 'record', 'i18n'],
  events: ['base', 'content', 'model', 'machine', 'persist', 'record'],
  // The files of the elements fetched when first used: each re-exports an element from components/.
  elements: ['events', 'machine', 'persist', 'record', 'i18n'],
  react: ['events', 'elements'],
};

/** Files at the top of src/ that a layer may import, by layer. */
export const files = { react: ['register'], elements: ['index'] };

// The entry points that register the elements, and the files of the elements fetched when first used: the only
// files under src/ that may import components/.
const entries = '^src/(index|define|define-all|register|report)\\.ts$|^src/elements/|^src/react/';

/**
 * The DOM-free entry (src/core.ts, and the list it shares with src/index.ts) and what it may never reach, however
 * indirectly: the layers that need a browser (its elements, Lit contexts, DOM events, browser storage), the
 * entries that register elements, and Lit itself.
 */
export const domFree = {
  entries: '^src/(core|dom-free)\\.ts$',
  never: ['^components/', '^src/(context|events|persist|react)/', `${entries}`, '(^|/)node_modules/(lit|lit-html|lit-element|@lit)/'],
};

/** The dependency-cruiser rules that say the above: one per layer, and one for components/. */
export function layerRules() {
  const forbidden = Object.entries(layers).map(([layer, allowed]) => ({
    name: `${layer}-imports-only-${allowed.length ? allowed.join('-') : 'itself'}`,
    comment: `src/${layer} may import ${allowed.length ? `only src/${allowed.join(', src/')}` : 'nothing else in src'}`,
    severity: 'error',
    from: { path: `^src/${layer}/` },
    to: { path: '^src/', pathNot: `^src/(${[layer, ...allowed].join('|')})/${files[layer] ? `|^src/(${files[layer].join('|')})\\.ts$` : ''}` },
  }));
  forbidden.push({
    name: 'src-imports-no-components',
    comment: 'the code under src/ works without the elements; only the entry points register them',
    severity: 'error',
    from: { path: '^src/', pathNot: entries },
    to: { path: '^components/' },
  });
  forbidden.push({
    name: 'core-reaches-no-dom',
    comment: 'src/core.ts loads in Node with no DOM: nothing it imports, directly or not, may need a browser',
    severity: 'error',
    from: { path: domFree.entries },
    to: { path: domFree.never, reachable: true },
  });
  return { forbidden };
}

/** Every import that breaks a layer rule: `{ rule, from, to }`. */
export async function layerViolations(root = fileURLToPath(new URL('..', import.meta.url))) {
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const result = await cruise(['src', 'components'], {
      exclude: { path: '\\.test\\.ts$|/test-helpers/' },
      doNotFollow: { path: 'node_modules' },
      tsPreCompilationDeps: true,
      validate: true,
      ruleSet: layerRules(),
    }, { extensionAlias: { '.js': ['.ts', '.js'] } });
    return result.output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
  } finally {
    process.chdir(cwd);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const violations = await layerViolations();
  for (const { rule, from, to } of violations) console.error(`${from} → ${to}: breaks ${rule}`);
  process.exit(violations.length ? 1 : 0);
}
