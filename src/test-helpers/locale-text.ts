import { expect } from '@open-wc/testing';

/**
 * Reads the text of one namespace's file (such as locales/en-GB/safety.json) by namespaced key, for the tests
 * that check content keys have words: `getText('safety:paths.suicide.steps.0')` is the value there or undefined
 * (a key of another namespace fails), and `expectText` requires a string that is not blank.
 */
export function namespaceText(namespace: string, resources: unknown) {
  function getText(key: string): unknown {
    const [ns, path] = key.split(':');
    expect(ns, key).to.equal(namespace);
    return path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources);
  }
  function expectText(key: string): void {
    const text = getText(key);
    expect(text, key).to.be.a('string');
    expect((text as string).trim(), key).not.to.equal('');
  }
  return { getText, expectText };
}
