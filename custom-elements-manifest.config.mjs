// custom-elements.json, read from the class docblocks (@event, @csspart, @cssproperty, @slot) and the
// Lit decorators. `npm run docs` writes it, and docs/api.md from the same reading with every element
// (`manifestConfig({ shipped: false })`, scripts/all-elements.cem.config.mjs).
import { readFileSync } from 'node:fs';
import { publicTags, registeredElements as fromDefine } from './scripts/registered-elements.mjs';

// The conversation elements (src/define.ts) and the evaluation report, which has its own entry (src/report.ts).
const registeredElements = () => [...fromDefine(), ...fromDefine('src/report.ts')];

// The package export that registers each file's elements: the bundle, and the report's own module.
const exportOfDefine = { 'src/define.ts': '.', 'src/report.ts': './report' };

/**
 * The tags live in src/define.ts, not beside the classes (importing a class registers nothing), so
 * the analyzer cannot see them. This gives each registered class its tag and a definition export.
 */
function tagsFromDefine() {
  return {
    name: 'wcg-tags-from-define',
    packageLinkPhase({ customElementsManifest }) {
      for (const { tag, className, module } of registeredElements()) {
        const mod = customElementsManifest.modules.find((m) => m.path === module);
        const declaration = mod?.declarations?.find((d) => d.name === className);
        if (!declaration) continue;
        declaration.customElement = true;
        declaration.tagName = tag;
        mod.exports = [...(mod.exports ?? []), { kind: 'custom-element-definition', name: tag, declaration: { name: className, module } }];
      }
    },
  };
}

/**
 * The design tokens, read from components/shared/tokens.styles.ts: each token's comment is its description
 * and the value after the comma its default (a comment may end "Default note: …." to add a note in brackets).
 */
export function designTokens(source = readFileSync(new URL('./components/shared/tokens.styles.ts', import.meta.url), 'utf8')) {
  return [...source.matchAll(/\/\*\* (.+?) \*\/\n\s+\w+: css`var\((--wcg-[a-z0-9-]+), ([^`]+)\)`/g)].map(([, comment, name, value]) => {
    const [description, note] = comment.split(' Default note: ');
    return { name, description: `${description} Default ${value.trim()}${note ? ` (${note.replace(/\.$/, '')})` : ''}.` };
  });
}

/**
 * An element that documents `@cssproperty --wcg-*` takes every design token: the list and its defaults come
 * from the tokens themselves, so the documentation cannot drift from the styles.
 */
function everyDesignToken() {
  return {
    name: 'wcg-every-design-token',
    packageLinkPhase({ customElementsManifest }) {
      const tokens = designTokens();
      for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
        if (!declaration.cssProperties?.some((p) => p.name === '--wcg-*')) continue;
        declaration.cssProperties = declaration.cssProperties.flatMap((p) => (p.name === '--wcg-*' ? tokens : [p]));
      }
    },
  };
}

/**
 * Keeps the manifest to the public API: the modules that define a registered element, their element
 * classes, and only public members. Private fields and helper modules would otherwise make it change
 * (and scripts/api-docs.test.mjs fail) at every internal edit.
 */
function publicApiOnly() {
  return {
    name: 'wcg-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      const registered = new Set(registeredElements().map(({ module }) => module));
      customElementsManifest.modules = customElementsManifest.modules
        .filter((mod) => registered.has(mod.path))
        .map((mod) => ({
          ...mod,
          declarations: (mod.declarations ?? [])
            .filter((d) => d.customElement && d.tagName)
            .map((d) => ({ ...d, members: (d.members ?? []).filter((m) => !m.privacy || m.privacy === 'public').filter((m) => !(m.static && m.name === 'styles')) })),
          exports: (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition' || (mod.declarations ?? []).some((d) => d.name === e.name && d.tagName)),
        }))
        // The analyzer reads files in whatever order the file system gives; sorting keeps the output stable.
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },
  };
}

/** Each event's type, `CustomEvent<…>` with the detail that src/events/events.ts gives it in `WcgEventMap`. */
export function eventTypes(source = readFileSync(new URL('./src/events/events.ts', import.meta.url), 'utf8')) {
  const map = source.match(/export interface WcgEventMap \{([^}]*)\}/)?.[1] ?? '';
  return new Map([...map.matchAll(/'(wcg-[a-z-]+)': ([^;]+);/g)].map(([, name, detail]) => [name, `CustomEvent<${detail.trim()}>`]));
}

/** Fills in each event's type from the event map, so a tool can type a listener without reading the sources. */
function typedEvents() {
  return {
    name: 'wcg-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      const types = eventTypes();
      for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
        for (const event of declaration.events ?? []) {
          if (types.has(event.name)) event.type = { text: types.get(event.name) };
        }
      }
    },
  };
}

/**
 * What a host installs: the elements a host page writes (the five of the bundle and the report's), each in the file
 * of the package that registers it, since the sources are not shipped. The parts those elements are built from are
 * left out, so editors and tools offer only the tags a host writes; docs/api.md still documents them, from an
 * analysis with every element (scripts/all-elements.cem.config.mjs).
 */
function shippedElementsOnly() {
  return {
    name: 'wcg-shipped-elements-only',
    packageLinkPhase({ customElementsManifest }) {
      const { exports } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
      const shipped = new Map();
      for (const [defineFile, key] of Object.entries(exportOfDefine)) {
        const file = exports[key].default.replace(/^\.\//, '');
        // The bundle's elements are in src/define.ts, or in a file of their own that it fetches when the tag is first
        // used (src/elements/): that file, shipped as dist/elements/, exports the class.
        for (const { tag, className, module, definedIn } of defineFile === 'src/define.ts' ? fromDefine() : fromDefine(defineFile)) {
          const own = /^src\/elements\/([\w-]+)\.ts$/.exec(definedIn);
          // The report's entry registers only its element; of the bundle's, a host writes the public tags.
          if (defineFile !== 'src/define.ts' || publicTags.includes(tag)) shipped.set(className, { file: own ? `dist/elements/${own[1]}.js` : file, source: module });
        }
      }
      const byFile = new Map();
      for (const declaration of customElementsManifest.modules.flatMap((mod) => mod.declarations ?? [])) {
        const where = shipped.get(declaration.name);
        if (!where) continue;
        byFile.set(where.file, [...(byFile.get(where.file) ?? []), withoutSourcePaths(declaration, where)]);
      }
      customElementsManifest.modules = [...byFile].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, declarations]) => ({
        kind: 'javascript-module',
        path,
        declarations,
        exports: declarations.flatMap((d) => [
          { kind: 'js', name: d.name, declaration: { name: d.name, module: path } },
          { kind: 'custom-element-definition', name: d.tagName, declaration: { name: d.name, module: path } },
        ]),
      }));
    },
  };
}

/** A declaration whose references name a shipped file: its own source becomes that file; any other source is dropped. */
function withoutSourcePaths(declaration, { file, source }) {
  return JSON.parse(JSON.stringify(declaration), (key, value) => {
    if (!value || typeof value !== 'object' || Array.isArray(value) || typeof value.module !== 'string') return value;
    const { module, ...rest } = value;
    return module === source ? { ...rest, module: file } : rest;
  });
}

/** The analyzer's configuration: by default what the package ships; with `shipped: false`, every registered element. */
export function manifestConfig({ shipped = true } = {}) {
  return {
    globs: ['components/**/*.ts'],
    exclude: ['**/*.test.ts', 'components/test-helpers/**', 'components/embed-tests/**', 'components/**/test-helpers.ts'],
    outdir: '.',
    litelement: true,
    packagejson: false,
    plugins: [tagsFromDefine(), everyDesignToken(), typedEvents(), publicApiOnly(), ...(shipped ? [shippedElementsOnly()] : [])],
  };
}

export default manifestConfig();
