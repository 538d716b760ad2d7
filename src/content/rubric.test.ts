import { expect } from '@open-wc/testing';
import practice from '../../locales/en-GB/practice.json' with { type: 'json' };
import { guidanceKey, guidanceLinks, levelNameKey, rubricAreas, rubricKey, rubricLevelKey, rubricLevels } from './rubric.js';
import { mistakeKinds } from './scenario-types.js';

function wordsOf(key: string): unknown {
  let node: unknown = practice;
  for (const part of key.replace(/^practice:/, '').split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

function expectWords(key: string): void {
  const words = wordsOf(key);
  expect(words, key).to.be.a('string');
  expect((words as string).trim(), key).to.not.equal('');
}

describe('practice rubric', () => {
  it('has the eleven areas of CONTENT.md', () => {
    expect(rubricAreas).to.have.length(11);
    expect(rubricAreas).to.include.members(['setting', 'purpose', 'openQuestions', 'listening', 'empathy', 'culturalHumility', 'risk', 'signposting', 'ownership', 'consent', 'followUp']);
  });

  it('has a name, hint, strength, tip and a description of each level 0–4 for every area', () => {
    for (const area of rubricAreas) {
      for (const part of ['name', 'hint', 'strength', 'tryNext'] as const) expectWords(rubricKey(area, part));
      for (const level of rubricLevels) expectWords(rubricLevelKey(area, level));
    }
    for (const level of rubricLevels) expectWords(levelNameKey(level));
    expect(Object.keys(practice.rubric)).to.deep.equal([...rubricAreas]);
  });

  it('names every typical mistake and gives a tip for it', () => {
    for (const kind of mistakeKinds) {
      expectWords(`practice:mistakes.${kind}.name`);
      expectWords(`practice:mistakes.${kind}.tip`);
    }
  });

  it('has plain https links to public guidance, each with its words', () => {
    expect(guidanceLinks.map((g) => new URL(g.url).host)).to.deep.equal(['www.nhsemployers.org', 'www.samaritans.org', 'www.mind.org.uk', 'www.england.nhs.uk']);
    for (const link of guidanceLinks) {
      expect(new URL(link.url).protocol).to.equal('https:');
      expectWords(guidanceKey(link.id, 'name'));
      expectWords(guidanceKey(link.id, 'why'));
    }
  });
});
