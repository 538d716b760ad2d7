import { expect } from '@open-wc/testing';
import { fetchSameOrigin } from './same-origin.js';

// The test server redirects /__redirect/other-origin/<path> to the same server at 127.0.0.2, another origin,
// and /__redirect/same-origin/<path> to <path> (scripts/redirect-middleware.mjs). No request leaves this machine.

const file = new URL('../../demo/configs/anytown-acute-trust.json', import.meta.url).pathname;
const at = (path: string) => new URL(path, location.href);

describe('fetchSameOrigin', () => {
  it('answers with a file on this origin', async () => {
    const result = await fetchSameOrigin(at(file));
    expect(result.ok).to.equal(true);
    if (result.ok) expect((await result.response.json()).organisation).to.exist;
  });

  it('follows a redirect that stays on this origin', async () => {
    const result = await fetchSameOrigin(at(`/__redirect/same-origin${file}`));
    expect(result.ok).to.equal(true);
    if (result.ok) expect(new URL(result.response.url).pathname).to.equal(file);
  });

  it('refuses a file that a redirect took to another origin', async () => {
    expect(await fetchSameOrigin(at(`/__redirect/other-origin${file}`))).to.deep.equal({ ok: false, reason: 'redirected' });
  });

  it('refuses a file on another origin without asking for it', async () => {
    const original = window.fetch;
    const asked: string[] = [];
    window.fetch = (input: RequestInfo | URL) => {
      asked.push(String(input));
      return Promise.reject(new TypeError('not allowed in this test'));
    };
    try {
      expect(await fetchSameOrigin(new URL('https://example.org/config.json'))).to.deep.equal({ ok: false, reason: 'otherOrigin' });
    } finally {
      window.fetch = original;
    }
    expect(asked).to.deep.equal([]);
  });

  it('checks against the origin it is given, for files beside a script on another origin', async () => {
    const elsewhere = `http://127.0.0.2:${location.port}`;
    expect(await fetchSameOrigin(at(file), elsewhere)).to.deep.equal({ ok: false, reason: 'otherOrigin' });
  });

  it('says a fetch failed rather than throwing', async () => {
    const original = window.fetch;
    // A network failure, made up here so nothing is asked of any other address.
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      expect(await fetchSameOrigin(at(file))).to.deep.equal({ ok: false, reason: 'failed' });
    } finally {
      window.fetch = original;
    }
  });
});
