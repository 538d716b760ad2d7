import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { issuePathTokens, jsonPointer, type PathToken } from '../base/issue-path.js';
import { indexPath, joinPath } from '../base/parse-messages.js';
import { parseTrustConfig } from './parse-trust-config.js';

// Writes a path the way the parsers do.
function written(tokens: readonly PathToken[]): string {
  return tokens.reduce<string>((path, t) => (typeof t === 'number' ? indexPath(path, t) : joinPath(path, t)), '');
}

describe('issuePathTokens', () => {
  it('reads the paths the parser writes', () => {
    expect(issuePathTokens('services[3].phone')).to.deep.equal(['services', 3, 'phone']);
    expect(issuePathTokens('overrides.cy["common:title"]')).to.deep.equal(['overrides', 'cy', 'common:title']);
    expect(issuePathTokens('extraTopics[0].text["en-GB"].followUps[2]')).to.deep.equal(['extraTopics', 0, 'text', 'en-GB', 'followUps', 2]);
    expect(issuePathTokens('["en-GB"]')).to.deep.equal(['en-GB']);
    expect(issuePathTokens('config')).to.deep.equal([]);
  });

  it('reads a quoted name holding quotes and brackets', () => {
    expect(issuePathTokens('overrides["a"]["b"].c')).to.deep.equal(['overrides', 'a', 'b', 'c']);
    expect(issuePathTokens('overrides["x"]y"]')).to.deep.equal(['overrides', 'x"]y']);
  });

  it('refuses text that is not a path', () => {
    for (const text of ['.services', 'services..phone', 'services[x]', 'services["open', 'a b']) expect(issuePathTokens(text), text).to.equal(undefined);
  });

  it('reads back every path of every issue the parser reports for a broken config', () => {
    const broken = {
      organisation: { 'en-GB': '', english: 'x' }, nation: 'cymru', topics: { order: ['sleep'] },
      services: [{ id: 'a b', category: 'x', name: '<b>', phone: 'call us', url: 'javascript:1', topics: ['nope'] }],
      overrides: { cy: { 'commons:title': 'x', 'common:progress': 'Cam' } }, sevices: [],
    };
    const result = parseTrustConfig(broken);
    const issues = [...(result.ok ? [] : result.errors), ...result.warnings];
    expect(issues.length).to.be.greaterThan(8);
    for (const issue of issues) expect(issuePathTokens(issue.path), issue.path).to.not.equal(undefined);
  });

  it('gives back the steps a path was written from (fuzz)', () => {
    const name = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => !/[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(s) && !s.includes('"]'));
    const token = fc.oneof(name, fc.nat({ max: 500 }));
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 6 }), (tokens) => {
        // A path never starts with a list index: the parsers always name the setting first.
        fc.pre(typeof tokens[0] === 'string' && !(tokens.length === 1 && tokens[0] === 'config'));
        expect(issuePathTokens(written(tokens))).to.deep.equal(tokens);
      }),
      { numRuns: 500 },
    );
  });

  it('writes a JSON Pointer', () => {
    expect(jsonPointer(['services', 3, 'phone'])).to.equal('/services/3/phone');
    expect(jsonPointer(['overrides', 'a/b~c'])).to.equal('/overrides/a~1b~0c');
    expect(jsonPointer([])).to.equal('');
  });
});
