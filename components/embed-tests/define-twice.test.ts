import { expect, fixture, html } from '@open-wc/testing';
import { defineElements, guideVersion } from '../../src/define.js';
import { getHeading, whenReady } from '../test-helpers/conversation-helpers.js';
import { WcgConversation } from '../conversation/conversation.js';

/** A stand-in registry that records what is defined in it, starting with `taken` already defined. */
function getRegistry(taken: Record<string, CustomElementConstructor> = {}) {
  const tags = new Map(Object.entries(taken));
  const defined: string[] = [];
  const registry = {
    get: (tag: string) => tags.get(tag),
    define: (tag: string, ctor: CustomElementConstructor) => {
      if (tags.has(tag)) throw new DOMException(`${tag} is already defined`, 'NotSupportedError');
      tags.set(tag, ctor);
      defined.push(tag);
    },
  } as unknown as CustomElementRegistry;
  return { registry, tags, defined };
}

/** Renders a conversation without defining the elements first: each test decides how they are defined. */
async function ready(): Promise<WcgConversation> {
  return whenReady(await fixture<WcgConversation>(html`<wcg-conversation></wcg-conversation>`));
}

describe('Loading the elements twice', () => {
  it('renders after defineElements() has run twice', async () => {
    defineElements();
    defineElements();
    const el = await ready();
    expect(customElements.get('wcg-conversation') === WcgConversation).to.equal(true);
    expect(getHeading(el)).to.equal('Before you start');
  });

  it('is accessible', async () => {
    defineElements();
    const el = await ready();
    await expect(el).to.be.accessible();
  });

  it('registers each tag once in a registry, however often it is called', () => {
    const { registry, defined } = getRegistry();
    defineElements(registry);
    const once = [...defined];
    defineElements(registry);
    expect(once).to.include('wcg-conversation');
    expect(defined).to.deep.equal(once);
  });

  it('leaves a tag that another copy of the bundle registered first, and registers the rest', () => {
    class OtherCopy extends HTMLElement {}
    const { registry, tags, defined } = getRegistry({ 'wcg-conversation': OtherCopy });
    defineElements(registry);
    expect(tags.get('wcg-conversation') === OtherCopy).to.equal(true);
    expect(defined).not.to.include('wcg-conversation');
    expect(defined).to.include('wcg-stage-prepare');
  });

  it('says once, on the document, when another version registered the tags first, naming both versions', () => {
    class OlderCopy extends HTMLElement {}
    Object.defineProperty(OlderCopy, Symbol.for('wellbeing-conversation-guide.version'), { value: '0.0.9' });
    const { registry } = getRegistry({ 'wcg-conversation': OlderCopy, 'wcg-practice': OlderCopy });
    const heard: unknown[] = [];
    const listen = (event: DocumentEventMap['wcg-version-conflict']) => heard.push(event.detail);
    document.addEventListener('wcg-version-conflict', listen);
    try {
      defineElements(registry);
    } finally {
      document.removeEventListener('wcg-version-conflict', listen);
    }
    expect(heard).to.deep.equal([{ inUse: '0.0.9', notUsed: guideVersion }]);
  });

  it('says nothing when the same version is registered twice, by one copy or by two', () => {
    const heard: unknown[] = [];
    const listen = () => heard.push('conflict');
    document.addEventListener('wcg-version-conflict', listen);
    try {
      const first = getRegistry();
      defineElements(first.registry);
      // Another copy of the same version: its classes differ, its version does not.
      class SameVersionCopy extends HTMLElement {}
      Object.defineProperty(SameVersionCopy, Symbol.for('wellbeing-conversation-guide.version'), { value: guideVersion });
      defineElements(getRegistry({ 'wcg-conversation': SameVersionCopy }).registry);
      defineElements(first.registry);
    } finally {
      document.removeEventListener('wcg-version-conflict', listen);
    }
    expect(heard).to.deep.equal([]);
  });

  it('runs the registering entry a second time without an error', async () => {
    // A second script tag for the same entry, under another URL, runs it again.
    await import(new URL('../../src/register.ts?second-copy', import.meta.url).href);
    const el = await ready();
    expect(getHeading(el)).to.equal('Before you start');
  });
});
