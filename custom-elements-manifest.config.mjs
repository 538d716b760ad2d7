// custom-elements.json, read from the class docblocks (@event, @csspart, @cssproperty, @slot) and the
// Lit decorators. `npm run docs` turns it into docs/api.md.
import { readFileSync } from 'node:fs';
import { registeredElements as fromDefine } from './scripts/registered-elements.mjs';

// The conversation elements (src/define.ts) and the evaluation report, which has its own entry (src/report.ts).
const registeredElements = () => [...fromDefine(), ...fromDefine('src/report.ts')];

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

export default {
  globs: ['components/**/*.ts'],
  exclude: ['**/*.test.ts', 'components/test-helpers/**', 'components/embed-tests/**', 'components/**/test-helpers.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [tagsFromDefine(), everyDesignToken(), publicApiOnly()],
};
