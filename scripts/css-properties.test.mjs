// Every element documents the CSS custom properties a host page may set (`@cssproperty` in its class
// comment, which feeds custom-elements.json and docs/api.md). The names and defaults are the design tokens in
// components/shared/tokens.styles.ts; this test fails when a comment names a token that does not exist or
// gives a default other than the one the styles use.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { designTokens } from '../custom-elements-manifest.config.mjs';
import { analyzeAllElements, elementsOf } from './generate-api-docs.mjs';

const tokensSource = readFileSync(new URL('../components/shared/tokens.styles.ts', import.meta.url), 'utf8');
// Every element, the parts inside the public ones too (custom-elements.json holds only the public ones).
const manifest = await analyzeAllElements();

/** The tokens as `name → default`, read from each `css\`var(--wcg-…, default)\`` in tokens.styles.ts. */
function tokenDefaults(source) {
  const tokens = new Map();
  for (const [, name, fallback] of source.matchAll(/css`var\((--wcg-[a-z0-9-]+), ([^`]+)\)`/g)) tokens.set(name, fallback.trim());
  return tokens;
}

/**
 * The default a description gives: the words after "Default " up to the closing full stop, without a note in
 * brackets that restates it in other units ("1.1875rem (19px)").
 */
function documentedDefault(description) {
  const match = /\bDefault (.+?)(?: \([^)]*\))?\.$/.exec(description);
  return match?.[1];
}

const tokens = tokenDefaults(tokensSource);
const documented = elementsOf(manifest).flatMap(({ declaration }) =>
  (declaration.cssProperties ?? []).map((property) => ({ tag: declaration.tagName, ...property })),
);

test('the token reader finds every token in tokens.styles.ts', () => {
  assert.equal(tokens.size, (tokensSource.match(/--wcg-[a-z0-9-]+/g) ?? []).length);
  assert.ok(tokens.size > 10);
  assert.equal(tokens.get('--wcg-space'), '1rem');
});

test('the documented properties are read from the element comments', () => {
  assert.ok(documented.some(({ tag }) => tag === 'wcg-conversation'));
  assert.ok(documented.length > 20);
});

test('every @cssproperty names a design token and gives its default', () => {
  const problems = [];
  for (const { tag, name, description = '' } of documented) {
    const given = documentedDefault(description);
    if (!tokens.has(name)) problems.push(`<${tag}> documents ${name}, which is not a token in tokens.styles.ts`);
    else if (given === undefined) problems.push(`<${tag}> ${name}: the description gives no "Default …."`);
    else if (given !== tokens.get(name)) problems.push(`<${tag}> ${name}: documented default ${given}, the code's is ${tokens.get(name)}`);
  }
  assert.deepEqual(problems, []);
});

test('the default reader takes the value and leaves out a note in brackets', () => {
  assert.equal(documentedDefault('Base text size. Default 1.1875rem (19px).'), '1.1875rem');
  assert.equal(documentedDefault("Font. Default Arial, 'Helvetica Neue', sans-serif."), "Arial, 'Helvetica Neue', sans-serif");
  assert.equal(documentedDefault('Font.'), undefined);
});

test('an element that documents `@cssproperty --wcg-*` lists every token, described by its comment in tokens.styles.ts', () => {
  const conversation = documented.filter(({ tag }) => tag === 'wcg-conversation');
  assert.deepEqual(conversation.map(({ name }) => name), [...tokens.keys()]);
  assert.equal(conversation.find(({ name }) => name === '--wcg-font-size').description, 'Base text size. Default 1.1875rem (19px).');
  assert.ok(documented.every(({ name }) => name !== '--wcg-*'));
  assert.ok(designTokens().every(({ description }) => /^[A-Z].*\. Default .+\.$/.test(description)));
});
