// The one rule for every file the guide fetches (trust config, scenario files, locale files): it comes from
// the origin it was asked of, and a redirect may not carry it to another one (docs/design.md, privacy).

/** Why a fetch gave no file: asked of another origin, redirected to another origin, or it failed (network, CORS). */
export type FetchRefusal = 'otherOrigin' | 'redirected' | 'failed';

/** What `fetchSameOrigin` answers: the response (any HTTP status), or why there is none. */
export type SameOriginFetch = { ok: true; response: Response } | { ok: false; reason: FetchRefusal };

/**
 * Fetches `url` only when it is on `origin` (by default the page's own), with cookies for that origin only,
 * and keeps the answer only when every redirect stayed on that origin. A URL on another origin is refused
 * without a request. Redirects are followed by the browser (a same-origin one, such as `/config` to
 * `/config/`, is fine) and the final address is checked, because that works alike in every engine, where
 * `redirect: 'manual'` would refuse the harmless ones too. Never throws.
 */
export async function fetchSameOrigin(url: URL, origin: string = location.origin): Promise<SameOriginFetch> {
  if (url.origin !== origin) return { ok: false, reason: 'otherOrigin' };
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    return { ok: false, reason: 'failed' };
  }
  // An empty url is a response the host page's own service worker made up; it is the host's own answer.
  if (response.url && new URL(response.url).origin !== origin) {
    // Nothing of the other site's answer is read.
    void response.body?.cancel().catch(() => undefined);
    return { ok: false, reason: 'redirected' };
  }
  return { ok: true, response };
}

/**
 * The plain-words message (for `{path, message}`) when `what` ("config", "text files") was refused:
 * asked of another website, or sent on to one by a redirect. Only for refusals, not for a failed fetch.
 */
export function refusalMessage(reason: Exclude<FetchRefusal, 'failed'>, what: string): string {
  const where = reason === 'otherOrigin' ? 'is on another website' : 'redirects to another website';
  return `${where}; the ${what} must come from this website`;
}
