/** One request the page made, or tried to make. */
export interface RecordedRequest {
  /** How it was made: `fetch`, `xhr`, `beacon`, `websocket`, `eventsource`, `window.open`, or `resource` (any load the browser timed). */
  readonly kind: string;
  readonly method: string;
  /** The absolute address. */
  readonly url: string;
}

/** Records requests until `stop()`, which puts every wrapped API back and returns what was seen. */
export interface RequestRecorder {
  stop(): RecordedRequest[];
}

const absolute = (url: string | URL) => new URL(String(url), document.baseURI).href;

function urlOf(input: RequestInfo | URL): string {
  return absolute(input instanceof Request ? input.url : input);
}

/**
 * Starts recording every way a page can send something: fetch, XMLHttpRequest, sendBeacon, WebSocket, EventSource
 * and window.open are wrapped, and a PerformanceObserver catches everything else the browser loads (images, styles,
 * scripts, fonts). Only what happens after this call is seen. Beacons are recorded but never sent.
 */
export function recordRequests(): RequestRecorder {
  const seen: RecordedRequest[] = [];
  const add = (kind: string, method: string, url: string | URL) => seen.push({ kind, method: method.toUpperCase(), url: absolute(url) });
  const originals = {
    fetch: window.fetch,
    open: XMLHttpRequest.prototype.open,
    send: XMLHttpRequest.prototype.send,
    sendBeacon: navigator.sendBeacon,
    WebSocket: window.WebSocket,
    EventSource: window.EventSource,
    windowOpen: window.open,
  };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    add('fetch', init?.method ?? (input instanceof Request ? input.method : 'GET'), urlOf(input));
    return originals.fetch.call(window, input, init);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    add('xhr', method, url);
    return (originals.open as (...args: unknown[]) => void).call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    add('xhr', 'SEND', location.href);
    return originals.send.call(this, body);
  };
  navigator.sendBeacon = (url: string | URL) => {
    add('beacon', 'POST', url);
    return true;
  };
  window.WebSocket = class extends originals.WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      add('websocket', 'GET', url);
      super(url, protocols);
    }
  };
  window.EventSource = class extends originals.EventSource {
    constructor(url: string | URL, init?: EventSourceInit) {
      add('eventsource', 'GET', url);
      super(url, init);
    }
  };
  window.open = (url?: string | URL) => {
    add('window.open', 'GET', url ?? 'about:blank');
    return null;
  };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) add(`resource:${entry.initiatorType}`, 'GET', entry.name);
  });
  observer.observe({ type: 'resource', buffered: false });
  return {
    stop() {
      for (const entry of observer.takeRecords() as PerformanceResourceTiming[]) add(`resource:${entry.initiatorType}`, 'GET', entry.name);
      observer.disconnect();
      window.fetch = originals.fetch;
      Object.assign(XMLHttpRequest.prototype, { open: originals.open, send: originals.send });
      navigator.sendBeacon = originals.sendBeacon;
      Object.assign(window, { WebSocket: originals.WebSocket, EventSource: originals.EventSource, open: originals.windowOpen });
      return seen;
    },
  };
}
