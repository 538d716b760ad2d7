import { expect } from '@open-wc/testing';
import { distinctStaffLanguage, locales } from './locales.js';
import { allSourceResources } from './all-source-resources.js';
import { sourceLanguage, type NamespaceName } from './resources.js';

// The folders under locales/ besides en-GB. A browser cannot list a folder, so this list is kept by hand:
// a language added on disk but not to the manifest would never be loaded, and this test says so.
const languageFolders = ['cy', 'pl', 'pt', 'ro', 'ml', 'fil', 'ur'];

/** What a key in a locale file holds, for comparing two files. */
type Leaf = { kind: 'text'; text: string } | { kind: 'list'; length: number } | { kind: 'other'; type: string };

/** Every key of a JSON object as a dotted path (`record.sections.review`, `steps[2]`), with what it holds. */
function flatten(value: unknown, path = '', into = new Map<string, Leaf>()): Map<string, Leaf> {
  if (typeof value === 'string') into.set(path, { kind: 'text', text: value });
  else if (Array.isArray(value)) {
    into.set(path, { kind: 'list', length: value.length });
    value.forEach((item, i) => flatten(item, `${path}[${i}]`, into));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, path ? `${path}.${key}` : key, into);
  } else into.set(path, { kind: 'other', type: value === null ? 'null' : typeof value });
  return into;
}

/** The `{{placeholder}}` names in a text, ignoring i18next formats such as `{{date, datetime}}`. */
function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1]));
}

/**
 * The plural categories that stand for exactly one whole number in a language (in Welsh: zero, one, two,
 * few and many are 0, 1, 2, 3 and 6). Only there may a translation write the number as a word and leave
 * out `{{count}}`; in Polish "few" covers 2–4, 22–24 and so on, so `{{count}}` must stay.
 */
function singleNumberCategories(lang: string): Set<string> {
  const rules = new Intl.PluralRules(lang);
  const seen = new Map<string, number>();
  for (let n = 0; n <= 1000; n++) seen.set(rules.select(n), (seen.get(rules.select(n)) ?? 0) + 1);
  return new Set([...seen].filter(([, times]) => times === 1).map(([category]) => category));
}

/** What a translation of one key must hold, worked out from the en-GB key. */
interface Expected {
  readonly leaf: Leaf;
  readonly placeholders: Set<string>;
  /** `{{count}}` may be left out (a plural category that is one number). */
  readonly countOptional: boolean;
}

/**
 * The keys a translation into `lang` must have: the en-GB keys, with each plural family (`x_one` and
 * `x_other`) replaced by one key per plural category of `lang`.
 */
function expectedKeys(source: Map<string, Leaf>, lang: string): Map<string, Expected> {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  const singles = singleNumberCategories(lang);
  const expected = new Map<string, Expected>();
  const family = (key: string) => /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  for (const [key, leaf] of source) {
    const match = family(key);
    const base = match?.[1];
    if (base === undefined || !source.has(`${base}_one`) || !source.has(`${base}_other`)) {
      expected.set(key, { leaf, placeholders: leaf.kind === 'text' ? placeholders(leaf.text) : new Set(), countOptional: false });
      continue;
    }
    if (match![2] !== 'other') continue;
    for (const category of categories) {
      const en = source.get(`${base}_${category}`) ?? leaf;
      expected.set(`${base}_${category}`, {
        leaf: en,
        placeholders: en.kind === 'text' ? placeholders(en.text) : new Set(),
        countOptional: singles.has(category),
      });
    }
  }
  return expected;
}

/** Every way a translated namespace differs from en-GB, in words; empty when it matches. */
function compare(sourceFile: unknown, translated: unknown, lang: string): string[] {
  const problems: string[] = [];
  const expected = expectedKeys(flatten(sourceFile), lang);
  const actual = flatten(translated);
  for (const key of expected.keys()) if (!actual.has(key)) problems.push(`${key}: missing`);
  for (const key of actual.keys()) if (!expected.has(key)) problems.push(`${key}: not in en-GB (or not a ${lang} plural form)`);
  for (const [key, want] of expected) {
    const got = actual.get(key);
    if (!got) continue;
    if (got.kind !== want.leaf.kind) {
      problems.push(`${key}: expected ${want.leaf.kind}, found ${got.kind === 'other' ? got.type : got.kind}`);
    } else if (got.kind === 'list' && want.leaf.kind === 'list' && got.length !== want.leaf.length) {
      problems.push(`${key}: ${got.length} items, en-GB has ${want.leaf.length}`);
    } else if (got.kind === 'text') {
      if (got.text.trim() === '') problems.push(`${key}: empty`);
      if (/[<>]/.test(got.text)) problems.push(`${key}: contains < or >`);
      const have = placeholders(got.text);
      const missing = [...want.placeholders].filter((p) => !have.has(p) && !(p === 'count' && want.countOptional));
      const extra = [...have].filter((p) => !want.placeholders.has(p));
      if (missing.length) problems.push(`${key}: missing {{${missing.join('}}, {{')}}}`);
      if (extra.length) problems.push(`${key}: unknown {{${extra.join('}}, {{')}}}`);
    }
  }
  return problems;
}

/** Fetches `locales/<lang>/<file>.json`: the parsed value, or why it could not be read. */
async function readLocaleFile(lang: string, file: string): Promise<{ data: unknown } | { problem: string }> {
  const url = new URL(`../../locales/${lang}/${file}.json`, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) return { problem: `locales/${lang}/${file}.json: not found (${response.status})` };
  try {
    return { data: JSON.parse(await response.text()) };
  } catch (error) {
    return { problem: `locales/${lang}/${file}.json: not valid JSON (${(error as Error).message})` };
  }
}

describe('locale files', () => {
  it('lists every language folder in the manifest, and has a folder for every language listed', () => {
    const listed = Object.keys(locales).filter((lang) => lang !== sourceLanguage);
    expect([...listed].sort()).to.deep.equal([...languageFolders].sort());
  });

  it('finds every difference from en-GB: missing, stray and plural keys, placeholders, lists, empty text', () => {
    const source = { a: 'Hello {{name}}', list: ['x', 'y'], n_one: '{{count}} item', n_other: '{{count}} items', when_actions: 'By {{n}}' };
    const good = { a: 'Helo {{name}}', list: ['x', 'y'], n_zero: 'Dim', n_one: 'Un eitem', n_two: 'Dwy eitem', n_few: 'Tair eitem', n_many: 'Chwe eitem', n_other: '{{count}} eitem', when_actions: 'Erbyn {{n}}' };
    expect(compare(source, good, 'cy')).to.deep.equal([]);
    const bad = { a: 'Helo {{enw}}', list: ['x'], n_one: 'Jeden', n_other: '', stray: '<b>', when_actions: 'Do {{n}}' };
    expect(compare(source, bad, 'pl')).to.deep.equal([
      'list[1]: missing',
      'n_few: missing',
      'n_many: missing',
      'stray: not in en-GB (or not a pl plural form)',
      'a: missing {{name}}',
      'a: unknown {{enw}}',
      'list: 1 items, en-GB has 2',
      'n_other: empty',
      'n_other: missing {{count}}',
    ]);
  });

  for (const [lang, info] of Object.entries(locales)) {
    if (lang === sourceLanguage) continue;

    describe(lang, () => {
      it('has meta.json with a name and whether a native speaker has reviewed it', async () => {
        const file = await readLocaleFile(lang, 'meta');
        if ('problem' in file) expect.fail(file.problem);
        const meta = (file as { data: Record<string, unknown> }).data;
        expect(typeof meta.name === 'string' && meta.name.trim() !== '', 'meta.name is a non-empty string').to.equal(true);
        expect(typeof meta.reviewed, 'meta.reviewed').to.equal('boolean');
      });

      for (const ns of info.namespaces) {
        it(`${ns}.json has every en-GB key, plural form and placeholder, and nothing else`, async () => {
          const file = await readLocaleFile(lang, ns);
          if ('problem' in file) expect.fail(file.problem);
          const problems = compare(allSourceResources[ns as NamespaceName], (file as { data: unknown }).data, lang);
          expect(problems, `locales/${lang}/${ns}.json`).to.deep.equal([]);
        });
      }
    });
  }
});

describe('distinctStaffLanguage', () => {
  it('names the staff language only when it is another language than the interface, however it is spelt', () => {
    expect(distinctStaffLanguage('cy-GB', 'cy')).to.equal(undefined);
    expect(distinctStaffLanguage('CY', 'cy-GB')).to.equal(undefined);
    expect(distinctStaffLanguage('en', 'en-GB')).to.equal(undefined);
    expect(distinctStaffLanguage('', 'en-GB')).to.equal(undefined);
    expect(distinctStaffLanguage(undefined, 'en-GB')).to.equal(undefined);
    expect(distinctStaffLanguage('ur', 'en-GB')).to.equal('ur');
    expect(distinctStaffLanguage('cy', 'en-GB')).to.equal('cy');
    expect(distinctStaffLanguage('so', 'en-GB')).to.equal('so');
    expect(distinctStaffLanguage('so', 'SO')).to.equal(undefined);
  });
});
