import { expect, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { mountConversation } from '../test-helpers/full-conversation.js';
import { recordRequests } from '../test-helpers/request-recorder.js';
import type { WcgConversation } from './conversation.js';
import { getHeading } from '../test-helpers/conversation-helpers.js';

// Config and locale files come from the host's own site, and a redirect may not take them to another one
// (docs/design.md, privacy). The test server sends /__redirect/other-origin/<path> on to the same server at
// 127.0.0.2, another origin (scripts/redirect-middleware.mjs), so nothing is asked of any other machine.

const configPath = new URL('../../demo/configs/anytown-acute-trust.json', import.meta.url).pathname;
const localesPath = new URL('../../locales/', import.meta.url).pathname;

type Problem = { path: string; message: string };

/** Mounts the element and answers every problem its `wcg-error` events reported while it loaded. */
async function mountWithErrors(template: TemplateResult): Promise<{ el: WcgConversation; errors: Problem[] }> {
  const errors: Problem[] = [];
  const listener = (event: Event) => errors.push(...(event as CustomEvent<{ errors: Problem[] }>).detail.errors);
  document.addEventListener('wcg-error', listener);
  try {
    const el = await mountConversation(template);
    return { el, errors };
  } finally {
    document.removeEventListener('wcg-error', listener);
  }
}

describe('<wcg-conversation> files from other websites', () => {
  it('refuses config that a redirect takes to another website, says so, and uses the standard config', async () => {
    const { el, errors } = await mountWithErrors(html`<wcg-conversation config-src=${`/__redirect/other-origin${configPath}`}></wcg-conversation>`);
    expect(errors).to.deep.equal([{ path: 'config-src', message: 'redirects to another website; the config must come from this website' }]);
    // Anytown's config adds the topic travelToWork; the standard ones do not.
    expect(el.currentContext()!.availableTopics).not.to.include('travelToWork');
  });

  it('still uses config after a redirect within this website', async () => {
    const { el, errors } = await mountWithErrors(html`<wcg-conversation config-src=${`/__redirect/same-origin${configPath}`}></wcg-conversation>`);
    expect(errors).to.deep.equal([]);
    expect(el.currentContext()!.availableTopics).to.include('travelToWork');
  });

  it('refuses locale files that a redirect takes to another website, says so once, and shows en-GB text', async () => {
    const { el, errors } = await mountWithErrors(html`<wcg-conversation lang="cy" locales-base=${`/__redirect/other-origin${localesPath}`}></wcg-conversation>`);
    expect(errors).to.deep.equal([
      { path: 'locales-base', message: 'redirects to another website; the text files must come from this website' },
      { path: 'lang', message: 'the cy text could not be loaded, so en-GB text is shown in its place: check that every file of the guide is served' },
    ]);
    expect(getHeading(el)).to.equal('Before you start');
  });

  it('refuses locales-base on another website without asking it, says so, and uses the folder beside the script', async () => {
    // Anything asked of another origin is recorded, then refused here, so even a guide that asked would reach no other machine.
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
      new URL(String(input), location.href).origin === location.origin ? original(input, init) : Promise.reject(new TypeError('blocked by the test'));
    const recorder = recordRequests();
    let requested: string[] = [];
    let result: Awaited<ReturnType<typeof mountWithErrors>>;
    try {
      result = await mountWithErrors(html`<wcg-conversation lang="cy" locales-base="https://example.org/wcg/locales/"></wcg-conversation>`);
    } finally {
      requested = recorder.stop().map((r) => r.url);
      window.fetch = original;
    }
    expect(result.errors).to.deep.equal([{ path: 'locales-base', message: 'is on another website; the text files must come from this website' }]);
    expect(requested.filter((url) => !url.startsWith(location.origin))).to.deep.equal([]);
    // The Welsh text still comes, from the standard folder on this site.
    expect(getHeading(result.el)).to.equal('Cyn i chi ddechrau');
  });
});
