// `npm pack` (scripts/packed.mjs) gives a package that works: built by its prepack script, holding the files a host needs
// and nothing else, every `exports` path present, types a TypeScript host can use (in plain TypeScript, React 19's
// JSX and Vue templates, with or without those frameworks' types), a custom-elements.json that editors and tools can
// use, a DOM-free entry that loads in Node, and a bundle that loads in a browser under a strict policy, twice over
// without harm. Runs on a copy of the project in a temporary folder, so it never touches dist/ here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { customElementsManifestToMarkdown } from '@custom-elements-manifest/to-markdown';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { build } from 'esbuild';
import ts from 'typescript';
import { strictPolicy } from './demo-middleware.mjs';
import { packAndUnpack, root } from './packed.mjs';
import { installDeepHelpers, launchBrowser } from './page-helpers.mjs';
import { publicTags } from './registered-elements.mjs';
import { startStaticServer } from './static-server.mjs';

const modules = join(root, 'node_modules');

let dir;
let pkg;
let files;
let consumer;

function listFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath ?? entry.path, entry.name)));
}

function exportTargets(value) {
  if (typeof value === 'string') return [value];
  return Object.values(value ?? {}).flatMap(exportTargets);
}

before(() => {
  ({ dir, pkg } = packAndUnpack());
  files = listFiles(pkg);
  consumer = strictConsumer(join(dir, 'consumer'), pkg);
});

/**
 * A host project laid out as a strict installer (pnpm) leaves it: the package, and beside it only what its
 * package.json declares (dependencies and peers) and what a React host adds for its own types. A package's own
 * dependencies resolve from where they really are, so lit finds lit-html, but this package finds only what it
 * declares. The package is a copy, not a link, so that nothing resolves from the flat folder above. The host's
 * own type packages (@types/react for the React entry, @types/node for a server) sit beside it too, unless the
 * host is one that has none of them.
 */
function strictConsumer(folder, packed, hostTypes = ['@types/react', '@types/node']) {
  const consumerModules = join(folder, 'node_modules');
  mkdirSync(consumerModules, { recursive: true });
  cpSync(packed, join(consumerModules, 'wellbeing-conversation-guide'), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(packed, 'package.json'), 'utf8'));
  const declared = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {}), ...hostTypes];
  for (const name of declared) {
    mkdirSync(join(consumerModules, name, '..'), { recursive: true });
    symlinkSync(join(modules, name), join(consumerModules, name), 'dir');
  }
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', dependencies: { 'wellbeing-conversation-guide': manifest.version } }));
  return folder;
}

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the tarball holds the bundle, the React entry, types, docs and manifest', () => {
  for (const file of [
    'package.json', 'README.md', 'LICENSE', 'custom-elements.json',
    'dist/wellbeing-conversation-guide.js', 'dist/react/index.js', 'dist/core.js', 'dist/types/src/core.d.ts',
    'dist/types/src/register.d.ts', 'dist/types/src/index.d.ts', 'dist/types/src/react/index.d.ts',
    'dist/types/components/conversation/conversation.d.ts',
    'docs/api.md', 'docs/embedding.md',
    'bin/wellbeing-conversation-guide.mjs', 'dist/cli.js', 'dist/report.js', 'dist/evaluation.js', 'dist/evaluation.d.ts',
    'CHANGELOG.md', 'demo/configs/anytown-acute-trust.json', 'demo/configs/hafren-valley-health-board.json',
  ]) assert.ok(files.includes(file), `${file} is missing`);
  assert.ok(files.some((f) => /^dist\/chunks\/common-\w+\.js$/.test(f)), 'the Welsh common text is not a chunk of its own');
  const otherLocales = readdirSync(join(root, 'locales')).filter((lang) => lang !== 'en-GB');
  for (const lang of otherLocales) assert.ok(files.some((f) => f.startsWith(`dist/locales/${lang}/`)), `dist/locales/${lang} is missing`);
  // The en-GB text of the first stage is inside the bundle; the namespaces fetched on demand sit beside it too.
  const english = files.filter((f) => f.startsWith('dist/locales/en-GB/')).sort();
  assert.deepEqual(english, ['agree', 'configure', 'plan', 'practice', 'summary', 'topics'].map((ns) => `dist/locales/en-GB/${ns}.json`));
});

test('the installed package\'s bin writes a report file from events, with nothing but the package', () => {
  const events = join(dir, 'events.jsonl');
  const event = { schemaVersion: 1, month: '2026-11', outcome: 'declined' };
  writeFileSync(events, `${Array.from({ length: 6 }, () => JSON.stringify(event)).join('\n')}\n`);
  const out = join(dir, 'report.html');
  const bin = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).bin['wellbeing-conversation-guide'];
  const stdout = execFileSync(process.execPath, [join(pkg, bin), 'report', events, '--out', out], { cwd: dir, encoding: 'utf8' });
  assert.match(stdout, /Wrote .*report\.html: 1 month\./);
  assert.match(readFileSync(out, 'utf8'), /<wcg-evaluation-report standalone lang="en-GB">/);
});

test('the tarball holds no sources, tests, scripts or dependencies', () => {
  const unwanted = files.filter((f) => /(^|\/)node_modules\//.test(f) || /\.test\.|\.ts$/.test(f.replace(/\.d\.ts$/, '')) || (/^(src|components|scripts|demo|locales)\//.test(f) && !/^demo\/configs\/[\w-]+\.json$/.test(f)));
  assert.deepEqual(unwanted, []);
});

test('every path in package.json exports, types, module and customElements exists', () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const targets = [...exportTargets(manifest.exports), manifest.types, manifest.module, manifest.customElements];
  assert.ok(targets.length >= 6);
  // A pattern (`./dist/locales/*`) must match at least one file.
  const exists = (target) => (target.includes('*') ? files.some((f) => f.startsWith(target.slice(2, target.indexOf('*')))) : existsSync(join(pkg, target)));
  for (const target of targets) assert.ok(exists(target), `${target} does not exist`);
  assert.equal(manifest.dependencies['@lit/react'] !== undefined, true);
  assert.equal(manifest.peerDependenciesMeta?.react?.optional, true);
});

test('a TypeScript host type-checks against the packed declarations, React wrapper included', () => {
  const host = join(dir, 'host');
  writeFileSync(join(host, 'host.ts'), `
import { WcgConversation, defineElements, parseTrustConfig, type AgreedRecord, type CompleteDetail } from 'wellbeing-conversation-guide';
import { WellbeingConversation as ReactConversation } from 'wellbeing-conversation-guide/react';
import type { ComponentProps } from 'react';

defineElements();
const guide = new WcgConversation();
guide.configSrc = '/settings/wellbeing.json';
guide.shareScreen = true;
guide.addEventListener('wcg-complete', (event) => {
  const detail: CompleteDetail = event.detail;
  const record: AgreedRecord = detail.record;
  return record.outcome;
});
const checked = parseTrustConfig({});
if (!checked.ok) checked.errors.map(({ path, message }) => path + message);
const props: ComponentProps<typeof ReactConversation> = {
  configSrc: '/settings/wellbeing.json',
  onComplete: (event) => event.detail.record.outcome,
};
// @ts-expect-error: the React props are typed, so a misspelt one is an error.
const wrong: ComponentProps<typeof ReactConversation> = { configSource: 'x' };
export { props, wrong };
`);
  writeFileSync(join(host, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: true, types: [] },
    files: ['host.ts'],
  }));
  try {
    execFileSync(process.execPath, [join(modules, 'typescript', 'bin', 'tsc'), '-p', host], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    assert.fail(`tsc found errors:\n${error.stdout}`);
  }
});

test('in Node, with only the declared dependencies beside it, /core parses configs and registers nothing', () => {
  const script = `
    const core = await import('wellbeing-conversation-guide/core');
    const { createActor } = await import('xstate');
    const good = core.parseTrustConfig({ organisation: 'Anytown NHS Foundation Trust', services: [{ id: 'eap', category: 'staffPsychologicalSupport', name: 'Employee Assistance Programme', phone: '01632 960001' }] });
    const bad = core.parseTrustConfig({ organisation: 7, services: [{ id: 'eap', category: 'staffPsychologicalSupport', name: 'EAP', phone: 'call us' }] });
    const odd = [null, undefined, 'config', 42, []].map((input) => core.parseTrustConfig(input).ok);
    const checked = core.checkConfig({ organisation: 'Anytown NHS Foundation Trust' });
    const actor = createActor(core.conversationMachine, { input: { today: '2026-12-03' } }).start();
    const schema = await import('wellbeing-conversation-guide/trust-config.schema.json', { with: { type: 'json' } });
    const recordSchema = await import('wellbeing-conversation-guide/record.schema.json', { with: { type: 'json' } });
    process.stdout.write(JSON.stringify({
      good: good.ok && good.value.organisation,
      bad: bad.ok ? [] : bad.errors.map((issue) => issue.path),
      odd,
      checked: checked.ok,
      stage: actor.getSnapshot().value,
      scenario: core.parseScenario({}).ok,
      record: core.parseRecord({}).ok,
      aggregated: core.publishable(core.aggregateLines([])).schemaVersion,
      functions: ['buildRecord', 'buildEvaluation', 'parseRecord', 'previousActionsFrom', 'aggregateLines'].filter((name) => typeof core[name] === 'function'),
      schemas: [typeof schema.default.$schema, typeof recordSchema.default.$schema],
      customElements: typeof globalThis.customElements,
      HTMLElement: typeof globalThis.HTMLElement,
      document: typeof globalThis.document,
    }));
  `;
  let out;
  try {
    out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: consumer, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    assert.fail(`importing wellbeing-conversation-guide/core in Node failed:\n${error.stderr}`);
  }
  const { good, bad, odd, ...rest } = JSON.parse(out);
  assert.equal(good, 'Anytown NHS Foundation Trust');
  assert.ok(bad.includes('organisation') && bad.includes('services[0].phone'), JSON.stringify(bad));
  assert.deepEqual(odd, [false, false, false, false, false]);
  assert.deepEqual(rest, {
    checked: true,
    stage: { stages: 'prepare' },
    scenario: false,
    record: false,
    aggregated: 1,
    functions: ['buildRecord', 'buildEvaluation', 'parseRecord', 'previousActionsFrom', 'aggregateLines'],
    schemas: ['string', 'string'],
    customElements: 'undefined',
    HTMLElement: 'undefined',
    document: 'undefined',
  });
});

test('the packed declarations import no package but those in dependencies', () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const allowed = new Set([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies ?? {})]);
  const undeclared = [];
  for (const file of files.filter((f) => f.endsWith('.d.ts'))) {
    // TypeScript's own scanner: every import, export-from and import() type, none inside a comment.
    for (const { fileName: specifier } of ts.preProcessFile(readFileSync(join(pkg, file), 'utf8'), true, true).importedFiles) {
      if (specifier.startsWith('.')) continue;
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      if (!allowed.has(name)) undeclared.push(`${file}: ${specifier}`);
    }
  }
  assert.deepEqual([...new Set(undeclared)], []);
});

/** A TypeScript file a host writes against every entry's types, compiled strictly with the libraries' types checked too. */
const consumerSource = `
import { WcgConversation, defineElements, type AgreedRecord } from 'wellbeing-conversation-guide';
import { parseTrustConfig, checkConfig, conversationMachine, type TrustConfig, type TrustConfigFile } from 'wellbeing-conversation-guide/core';
import { WellbeingConversation as ReactConversation } from 'wellbeing-conversation-guide/react';
import { WcgEvaluationReport, defineEvaluationReport } from 'wellbeing-conversation-guide/report';
import type { ComponentProps } from 'react';

defineElements();
defineEvaluationReport();
// The tags are typed: these are the elements' classes, not Element or HTMLElement.
const guide = document.querySelector('wcg-conversation');
if (guide) guide.shareScreen = true;
const asClass: WcgConversation | null = guide;
const report: WcgEvaluationReport = document.createElement('wcg-evaluation-report');
document.addEventListener('wcg-complete', (e) => {
  const record: AgreedRecord = e.detail.record;
  return record.outcome;
});
// Every event bubbles out of its shadow roots, so the window hears it too, typed alike.
window.addEventListener('wcg-stage-change', (e) => e.detail.stage.length);
window.addEventListener('wcg-complete', (e) => e.detail.record.outcome);
// The elements' config is the trust's file, typed; a mistake in it is a compile error as well as a run-time one.
const file: TrustConfigFile = { organisation: { 'en-GB': 'Anytown NHS Foundation Trust', cy: 'Ymddiriedolaeth GIG Anytown' }, nation: 'wales', topics: { disabled: ['money'] } };
if (guide) guide.config = file;
document.createElement('wcg-plan-summary').config = file;
document.createElement('wcg-prep-sheet').config = { organisation: 'Anytown NHS Foundation Trust', services: [{ id: 'eap', category: 'staffPsychologicalSupport', name: 'EAP', phone: '01632 960001' }] };
// @ts-expect-error: the organisation is text, not a number.
if (guide) guide.config = { organisation: 7 };
// @ts-expect-error: no such nation.
document.createElement('wcg-prep-sheet').config = { organisation: 'Anytown', nation: 'france' };
// @ts-expect-error: a misspelt setting.
document.createElement('wcg-plan-summary').config = { organisation: 'Anytown', servics: [] };
const parsed = parseTrustConfig({ organisation: 'Anytown NHS Foundation Trust' });
const config: TrustConfig | undefined = parsed.ok ? parsed.value : undefined;
if (!parsed.ok) parsed.errors.map(({ path, message }) => \`\${path}: \${message}\`);
const checked: boolean = checkConfig({}).ok;
const props: ComponentProps<typeof ReactConversation> = { configSrc: '/settings/wellbeing.json', onComplete: (event) => event.detail.record.outcome };
export { asClass, checked, config, conversationMachine, props, report };
`;

/** The example configs the package ships, each written out as a host would write it in code: the type takes them as they are. */
function exampleConfigsSource() {
  const examples = readdirSync(join(pkg, 'demo', 'configs')).filter((f) => f.endsWith('.json')).sort();
  assert.ok(examples.length >= 2);
  return `import type { TrustConfigFile } from 'wellbeing-conversation-guide';
${examples.map((f, i) => `export const example${i}: TrustConfigFile = ${readFileSync(join(pkg, 'demo', 'configs', f), 'utf8')};`).join('\n')}
`;
}

/** A server's TypeScript file: /core alone, in a project that has Node's types and no DOM. */
const serverSource = `
import { readFileSync } from 'node:fs';
import { createActor } from 'xstate';
import { aggregateLines, checkConfig, conversationMachine, parseRecord, parseTrustConfig, publishable, type AgreedRecord, type TrustConfig } from 'wellbeing-conversation-guide/core';

const parsed = parseTrustConfig(JSON.parse(readFileSync('our-trust.json', 'utf8')));
const config: TrustConfig | undefined = parsed.ok ? parsed.value : undefined;
const checked = checkConfig(config);
const record = parseRecord({});
const stored: AgreedRecord | undefined = record.ok ? record.value : undefined;
const actor = createActor(conversationMachine, { input: { today: '2026-12-03' } }).start();
actor.send({ type: 'stage.next' });
const months: string[] = publishable(aggregateLines(['{}'])).months;
export { checked, months, stored };
`;

/** Compiles one file in the strict consumer, with the libraries' own declarations checked too (no skipLibCheck). */
function compile(file, source, flags, folder = consumer) {
  writeFileSync(join(folder, file), source);
  const all = ['--strict', '--skipLibCheck', 'false', '--noEmit', '--target', 'es2022', ...flags];
  try {
    execFileSync(process.execPath, [join(modules, 'typescript', 'bin', 'tsc'), ...all, file], { cwd: folder, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    assert.fail(`tsc ${all.join(' ')} ${file} found errors:\n${error.stdout}`);
  }
}

// Node's own resolution (an ES module project), and a bundler's (Angular, Vite, esbuild).
for (const [resolution, module] of [['nodenext', 'nodenext'], ['bundler', 'preserve']]) {
  test(`a strict TypeScript host (moduleResolution ${resolution}, skipLibCheck false) compiles against every entry's types`, () => {
    compile('consumer.ts', consumerSource, ['--module', module, '--moduleResolution', resolution, '--lib', 'es2022,dom']);
  });
}

test('a strict TypeScript server with no DOM types compiles against /core', () => {
  compile('server.ts', serverSource, ['--module', 'nodenext', '--moduleResolution', 'nodenext', '--lib', 'es2022', '--types', 'node']);
});

test('the example configs the package ships type-check as TrustConfigFile, as a host writes them in code', () => {
  compile('examples.ts', exampleConfigsSource(), ['--module', 'nodenext', '--moduleResolution', 'nodenext', '--lib', 'es2022,dom']);
});

test('a strict host with no React or Vue types installed compiles against the main entry and /core', () => {
  const plain = strictConsumer(join(dir, 'plain-consumer'), pkg, ['@types/node']);
  compile('plain.ts', `
import { defineElements, type TrustConfigFile } from 'wellbeing-conversation-guide';
import { checkConfig } from 'wellbeing-conversation-guide/core';

defineElements();
const config: TrustConfigFile = { organisation: 'Anytown NHS Foundation Trust' };
const guide = document.createElement('wcg-conversation');
guide.config = config;
document.addEventListener('wcg-complete', (e) => e.detail.record.outcome);
export const ok: boolean = checkConfig(config).ok;
`, ['--module', 'preserve', '--moduleResolution', 'bundler', '--lib', 'es2022,dom'], plain);
});

/** The public elements in the packed manifest, each with the names a template may set on it. */
function publicElementsOf(manifest) {
  return manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement && publicTags.includes(d.tagName))).map((d) => {
    const attributes = (d.attributes ?? []).map((a) => a.name);
    const withAttribute = new Set((d.attributes ?? []).map((a) => a.fieldName));
    const properties = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (!m.privacy || m.privacy === 'public') && !withAttribute.has(m.name)).map((m) => m.name);
    return { tag: d.tagName, attributes, properties, events: (d.events ?? []).map((e) => e.name) };
  });
}

test('a React 19 host that opts into /types/react-jsx writes the public tags in strict TSX, typed from the manifest', () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
  const elements = publicElementsOf(manifest);
  assert.deepEqual(elements.map((e) => e.tag).sort(), [...publicTags].sort());
  // Every attribute, attribute-less property and event (React 19 listens for \`onwcg-complete\` as wcg-complete) the manifest
  // names is a prop of the tag's JSX type: the hand-written types cannot fall behind the elements.
  const keys = elements.map(({ tag, attributes, properties, events }) =>
    `  '${tag}': [${[...attributes, ...properties, ...events.map((e) => `on${e}`)].map((k) => `'${k}'`).join(', ')}],`).join('\n');
  compile('react-host.tsx', `
import type {} from 'wellbeing-conversation-guide/types/react-jsx';
import { defineElements, type AgreedRecord, type TrustConfigFile } from 'wellbeing-conversation-guide';
import type { JSX } from 'react';

defineElements();
const config: TrustConfigFile = { organisation: 'Anytown NHS Foundation Trust', nation: 'wales' };
export const page = (
  <main>
    <wcg-conversation lang="cy" name="wellbeing" />
    <wcg-conversation heading-level={3} share-screen persist="session" draft-id="appraisal-17" config={config}
      onwcg-complete={(event) => { const record: AgreedRecord = event.detail.record; return record.outcome; }}
      onwcg-stage-change={(event) => event.detail.stage} />
    <wcg-practice no-coaching onwcg-practice-complete={(event) => event.detail.scenarioId} />
    <wcg-config-editor lang="en-GB" />
    <wcg-plan-summary staff-lang="cy" />
    <wcg-prep-sheet audience="manager" className="sheet" />
  </main>
);
// @ts-expect-error: heading-level takes a number.
export const wrongType = <wcg-conversation heading-level={{}} />;
// @ts-expect-error: config is the trust's file, not any object.
export const wrongConfig = <wcg-conversation config={{ organisation: 7 }} />;
// @ts-expect-error: the handler gets the event this element fires, whose detail has no such field.
export const wrongDetail = <wcg-conversation onwcg-complete={(event) => event.detail.records} />;

type Props<T extends keyof JSX.IntrinsicElements> = keyof JSX.IntrinsicElements[T];
export const fromManifest: { [T in ${publicTags.map((t) => `'${t}'`).join(' | ')}]: Props<T>[] } = {
${keys}
};
`, ['--jsx', 'react-jsx', '--module', 'preserve', '--moduleResolution', 'bundler', '--lib', 'es2022,dom']);
});

test('vue-tsc checks the public tags in a Vue template once a host opts into /types/vue', () => {
  const vueHost = join(consumer, 'vue-host');
  mkdirSync(vueHost, { recursive: true });
  writeFileSync(join(vueHost, 'env.d.ts'), `import type {} from 'wellbeing-conversation-guide/types/vue';\n`);
  // Vue's checker reports an \`@vue-expect-error\` with no error under it, so each wrong line must really be one.
  writeFileSync(join(vueHost, 'WellbeingStep.vue'), `<script setup lang="ts">
import 'wellbeing-conversation-guide';
import type { AgreedRecord, TrustConfigFile } from 'wellbeing-conversation-guide';

const config: TrustConfigFile = { organisation: 'Anytown NHS Foundation Trust', nation: 'wales' };
function saved(event: CustomEvent<{ record: AgreedRecord }>): string {
  return event.detail.record.outcome;
}
</script>

<template>
  <wcg-conversation name="wellbeing" lang="cy" :heading-level="3" share-screen :config="config" @wcg-complete="saved" />
  <wcg-practice no-coaching @wcg-practice-complete="(event) => event.detail.scenarioId" />
  <wcg-config-editor />
  <wcg-plan-summary staff-lang="cy" :config="config" />
  <wcg-prep-sheet audience="manager" />
  <!-- @vue-expect-error heading-level takes a number -->
  <wcg-conversation :heading-level="{}" />
  <!-- @vue-expect-error config is the trust's file -->
  <wcg-conversation :config="{ organisation: 7 }" />
  <!-- @vue-expect-error the event's detail has no such field -->
  <wcg-conversation @wcg-complete="(event) => event.detail.records" />
  <!-- @vue-expect-error no such audience -->
  <wcg-prep-sheet audience="everyone" />
</template>
`);
  writeFileSync(join(vueHost, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'es2022', module: 'preserve', moduleResolution: 'bundler', lib: ['es2022', 'dom'], strict: true, skipLibCheck: false, noEmit: true, types: [] },
    files: ['env.d.ts', 'WellbeingStep.vue'],
  }));
  try {
    execFileSync(process.execPath, [join(modules, 'vue-tsc', 'bin', 'vue-tsc.js'), '-p', vueHost], { cwd: vueHost, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    assert.fail(`vue-tsc found errors:\n${error.stdout}${error.stderr}`);
  }
});

/** The specifier a host imports a manifest module by: the package's export whose file it is. */
function specifierOf(manifestPath, exportsMap) {
  for (const [key, target] of Object.entries(exportsMap)) {
    const file = typeof target === 'string' ? target : target.default;
    if (!file) continue;
    if (file === `./${manifestPath}`) return `wellbeing-conversation-guide${key.slice(1)}`;
    // A pattern export (`./elements/*`): the part the star stands for.
    const [before, after] = file.split('*');
    const star = after !== undefined && `./${manifestPath}`.startsWith(before) && `./${manifestPath}`.endsWith(after) ? `./${manifestPath}`.slice(before.length, -after.length || undefined) : undefined;
    if (star && !star.includes('/')) return `wellbeing-conversation-guide${key.slice(1).replace('*', star)}`;
  }
  return undefined;
}

test('custom-elements.json names only files the package holds, only the tags a host uses, and the type of every event', () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
  const { exports: exportsMap } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const missing = manifest.modules.map((mod) => mod.path).filter((path) => !existsSync(join(pkg, path)) || !specifierOf(path, exportsMap));
  assert.deepEqual(missing, [], 'module paths that are not a file the package exports');
  const tags = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName));
  // The report's element is public too: HR's report pages import it from /report.
  assert.deepEqual(tags.sort(), [...publicTags, 'wcg-evaluation-report'].sort());
  const untyped = manifest.modules.flatMap((mod) => (mod.declarations ?? []).flatMap((d) => (d.events ?? []).filter((e) => !e.type?.text).map((e) => `${d.tagName} ${e.name}`)));
  assert.deepEqual(untyped, []);
  // Each class and every type an event names can be imported from the export the module names, in a strict host.
  const builtIn = new Set(['CustomEvent', 'Event', 'Record']);
  const lines = manifest.modules.flatMap((mod, m) => {
    const declarations = (mod.declarations ?? []).filter((d) => d.customElement);
    const types = declarations.flatMap((d) => (d.events ?? []).map((e) => e.type.text));
    // Each module's names through a namespace of its own: two modules may both name ErrorDetail.
    const own = (text) => text.replace(/\b[A-Z]\w*/g, (name) => (builtIn.has(name) ? name : `M${m}.${name}`));
    return [`import type * as M${m} from '${specifierOf(mod.path, exportsMap)}';`, ...types.map((text, i) => `export type Event${m}x${i} = ${own(text)};`), `export type Classes${m} = [${declarations.map((d) => own(d.name)).join(', ')}];`];
  });
  compile('manifest-types.ts', `${lines.join('\n')}\n`, ['--module', 'nodenext', '--moduleResolution', 'nodenext', '--lib', 'es2022,dom']);
});

test('@custom-elements-manifest/to-markdown renders the packed manifest with only the public tags', () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
  const markdown = customElementsManifestToMarkdown(manifest, { private: 'hidden' });
  const tags = [...markdown.matchAll(/^## class: `\w+`, `(wcg-[a-z-]+)`/gm)].map((m) => m[1]).sort();
  assert.deepEqual(tags, [...publicTags, 'wcg-evaluation-report'].sort());
  assert.match(markdown, /\| `wcg-complete` +\| `CustomEvent<CompleteDetail>`/);
});

test('custom-element-jsx-integration generates JSX types from the packed manifest that a TSX host type-checks with', () => {
  const manifest = JSON.parse(readFileSync(join(pkg, 'custom-elements.json'), 'utf8'));
  const { exports: exportsMap } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
  const moduleOf = new Map(manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => [d.name, mod.path])));
  generateJsxTypes(manifest, { outdir: consumer, fileName: 'wcg-jsx-integration.d.ts', hideLogs: true, componentTypePath: (name) => specifierOf(moduleOf.get(name), exportsMap) });
  // The generator writes an event's type inside CustomEvent<…> (it reads \`type\` as the detail's) and imports no
  // type whose name has <…> in it, so its own file is left to skipLibCheck, as most hosts' settings leave it.
  compile('jsx-integration-host.tsx', `
import type { CustomElements } from './wcg-jsx-integration';
import 'wellbeing-conversation-guide';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
export const page = (
  <main>
    <wcg-conversation lang="cy" name="wellbeing" heading-level={3} share-screen />
    <wcg-practice no-coaching />
    <wcg-config-editor />
    <wcg-plan-summary staff-lang="cy" />
    <wcg-prep-sheet audience="manager" />
  </main>
);
// @ts-expect-error: heading-level takes a number.
export const wrongType = <wcg-conversation heading-level={{}} />;
// @ts-expect-error: the stages are parts of the conversation, not tags a host writes.
export const internal = <wcg-stage-plan />;
`, ['--jsx', 'react-jsx', '--module', 'preserve', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', '--skipLibCheck', 'true']);
});

test('lit-analyzer knows the five public tags in a lit host template, and reports a misspelt one', () => {
  const litHost = join(consumer, 'lit-host');
  mkdirSync(litHost, { recursive: true });
  writeFileSync(join(litHost, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'es2022', module: 'preserve', moduleResolution: 'bundler', strict: true, lib: ['es2022', 'dom'] } }));
  const template = (tags) => `import { html } from 'lit';\nimport 'wellbeing-conversation-guide';\n\nexport const page = html\`${tags.map((tag) => `<${tag}></${tag}>`).join('\n')}\`;\n`;
  writeFileSync(join(litHost, 'page.ts'), template(publicTags));
  writeFileSync(join(litHost, 'misspelt.ts'), template(['wcg-conversaton']));
  const analyze = (file) => {
    try {
      return { ok: true, out: execFileSync(process.execPath, [join(modules, 'lit-analyzer', 'cli.js'), file, '--rules.no-unknown-tag-name', 'error'], { cwd: litHost, encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error) {
      return { ok: false, out: `${error.stdout}${error.stderr}` };
    }
  };
  const page = analyze('page.ts');
  assert.ok(page.ok && !/Unknown tag/.test(page.out), page.out);
  const misspelt = analyze('misspelt.ts');
  assert.ok(!misspelt.ok && /Unknown tag <wcg-conversaton>/.test(misspelt.out), misspelt.out);
});

test('in a browser under a strict policy the bundle loads, registers, renders, fetches Welsh from beside it, and a second copy is harmless', async () => {
  const react = join(dir, 'react-host');
  mkdirSync(react);
  await build({
    stdin: { contents: `
      import { createElement } from 'react';
      import { createRoot } from 'react-dom/client';
      import { WellbeingConversation } from 'wellbeing-conversation-guide/react';
      window.reactReady = false;
      createRoot(document.getElementById('react-root')).render(createElement(WellbeingConversation, { onReady: () => { window.reactReady = true; } }));
    `, resolveDir: join(dir, 'host') },
    bundle: true,
    format: 'esm',
    outfile: join(react, 'react-host.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  writeFileSync(join(react, 'index.html'), '<!doctype html><html lang="en-GB"><title>Packed</title><div id="plain"></div><div id="react-root"></div><script type="module" src="/host/page.js"></script>');
  writeFileSync(join(react, 'page.js'), `
    const first = await import('/package/dist/wellbeing-conversation-guide.js');
    // A second copy of the package at another address (another web part shipping its own), files and chunks all.
    const second = await import('/second-copy/dist/wellbeing-conversation-guide.js');
    window.loaded = {
      registeredIsFirst: customElements.get('wcg-conversation') === first.WcgConversation,
      secondIsAnotherCopy: second.WcgConversation !== first.WcgConversation,
      exports: ['defineElements', 'parseTrustConfig', 'WcgConversation'].filter((name) => name in first),
    };
    const guide = document.createElement('wcg-conversation');
    guide.addEventListener('wcg-ready', () => { window.plainReady = true; });
    document.getElementById('plain').append(guide);
    // Welsh is not in the bundle: it is fetched from dist/locales/ beside it.
    const welsh = document.createElement('wcg-conversation');
    welsh.lang = 'cy';
    welsh.addEventListener('wcg-ready', () => { window.welshReady = true; });
    document.getElementById('plain').append(welsh);
    // The config editor's words are not in the bundle either: it fetches them from dist/locales/en-GB/.
    const editor = document.createElement('wcg-config-editor');
    document.getElementById('plain').append(editor);
    await import('/host/react-host.js');
  `);
  const server = await startStaticServer({ '/package/': pkg, '/second-copy/': pkg, '/host/': react }, (path) => (path.endsWith('.html') ? { 'Content-Security-Policy': strictPolicy } : {}));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => { window.violations = [...(window.violations ?? []), event.effectiveDirective]; }, true);
    });
    await page.goto(`${server.url}/host/index.html`);
    await page.waitForFunction(() => window.plainReady && window.welshReady && window.reactReady, { polling: 50, timeout: 10000 });
    await page.evaluate(installDeepHelpers);
    await page.waitForFunction(() => window.deepAll('h2').some((h) => h.textContent.trim() === 'Start'), { polling: 50, timeout: 10000 });
    const result = await page.evaluate(() => ({
      loaded: window.loaded,
      headings: window.deepAll('#stage-heading').map((h) => h.textContent.trim()),
      violations: window.violations ?? [],
    }));
    assert.deepEqual(result, {
      loaded: { registeredIsFirst: true, secondIsAnotherCopy: true, exports: ['defineElements', 'parseTrustConfig', 'WcgConversation'] },
      // The plain guide, the Welsh one, the config editor's preview (after its own text loaded), the React one.
      headings: ['Before you start', 'Cyn i chi ddechrau', 'Before you start', 'Before you start'],
      violations: [],
    });
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});

test('a page holding only a conversation fetches none of the other elements or the session store; each is fetched when its tag is used', async () => {
  const host = join(dir, 'lean-host');
  mkdirSync(host);
  writeFileSync(join(host, 'index.html'), '<!doctype html><html lang="en-GB"><title>Lean</title><wcg-conversation></wcg-conversation><script type="module" src="/package/dist/wellbeing-conversation-guide.js"></script>');
  const server = await startStaticServer({ '/package/': pkg, '/host/': host }, (path) => (path.endsWith('.html') ? { 'Content-Security-Policy': strictPolicy } : {}));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.evaluateOnNewDocument(installDeepHelpers);
    await page.goto(`${server.url}/host/index.html`);
    await page.waitForFunction(() => window.deepAll('#stage-heading')[0]?.textContent.trim() === 'Before you start', { polling: 50, timeout: 10000 });
    const before = fetched.filter((path) => path.startsWith('/package/dist/'));
    assert.deepEqual(before.filter((path) => path.includes('/elements/')), []);
    assert.equal(await page.evaluate(() => customElements.get('wcg-practice')), undefined);
    const code = await Promise.all(before.filter((path) => path.endsWith('.js')).map((path) => page.evaluate(async (p) => (await fetch(p)).text(), path)));
    assert.ok(code.every((text) => !text.includes('wcg-practice-complete')), 'practice is in the first download');
    assert.ok(code.every((text) => !text.includes('indexedDB')), 'the session store is in the first download');
    // A trainer's page adds practice: its file is fetched, and it renders.
    await page.evaluate(() => document.body.append(document.createElement('wcg-practice')));
    await page.waitForFunction(() => customElements.get('wcg-practice') && document.querySelector('wcg-practice').shadowRoot?.querySelector('h2, h1'), { polling: 50, timeout: 10000 });
    assert.ok(fetched.includes('/package/dist/elements/practice.js'));
  } finally {
    await browser.close();
    await server.stop();
  }
});

test('wellbeing-conversation-guide/define registers nothing until defineElements(registry), and then only in that registry, files fetched later too', async () => {
  const host = join(dir, 'scoped-host');
  mkdirSync(host, { recursive: true });
  writeFileSync(join(host, 'index.html'), '<!doctype html><html lang="en-GB"><title>Scoped</title><script type="module" src="/host/page.js"></script>');
  writeFileSync(join(host, 'page.js'), `
    const { defineElements } = await import('/package/dist/define.js');
    const globalTags = () => ['wcg-conversation', 'wcg-practice', 'wcg-stage-plan'].filter((tag) => customElements.get(tag));
    window.afterImport = globalTags();
    // A registry of the host's own (a stand-in with the two methods the guide uses).
    const tags = new Map();
    const registry = { get: (tag) => tags.get(tag), define: (tag, ctor) => tags.set(tag, ctor) };
    defineElements(registry);
    window.scoped = () => [...tags.keys()].sort();
    window.globalTags = globalTags;
  `);
  const server = await startStaticServer({ '/package/': pkg, '/host/': host }, (path) => (path.endsWith('.html') ? { 'Content-Security-Policy': strictPolicy } : {}));
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${server.url}/host/index.html`);
    await page.waitForFunction(() => window.scoped && ['wcg-practice', 'wcg-stage-plan', 'wcg-plan-summary'].every((tag) => window.scoped().includes(tag)), { polling: 50, timeout: 10000 });
    assert.deepEqual(await page.evaluate(() => window.afterImport), []);
    assert.ok((await page.evaluate(() => window.scoped())).includes('wcg-conversation'));
    assert.deepEqual(await page.evaluate(() => window.globalTags()), []);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});
