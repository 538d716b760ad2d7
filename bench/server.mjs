// A tiny static server on the loopback interface for the benchmark: it serves the prebuilt bundles and
// the bench pages exactly as files, never compiled on the fly, and remembers which files each page used.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);

// URL prefix → folder. Nothing else in the project is reachable.
const mounts = {
  '/pages/': join(root, 'bench/pages'),
  '/build/': join(root, 'bench/.build'),
  '/survey-core/': join(root, 'node_modules/survey-core'),
  '/survey-js-ui/': join(root, 'node_modules/survey-js-ui'),
};

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** The file a URL path maps to, or undefined when it is outside the mounts. */
export function fileFor(pathname) {
  for (const [prefix, dir] of Object.entries(mounts)) {
    if (!pathname.startsWith(prefix)) continue;
    const file = normalize(join(dir, decodeURIComponent(pathname.slice(prefix.length))));
    return file.startsWith(dir) ? file : undefined;
  }
  return undefined;
}

/**
 * Starts the server on 127.0.0.1 and a free port. Resolves to `{ url, served, stop }`, where `served` is the
 * list of files sent since it was last emptied (the runner empties it before each page load). `aliases`
 * serves one path in place of another: the profiler swaps in a readable bundle that way.
 */
export function startStaticServer({ aliases = {} } = {}) {
  const served = [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://127.0.0.1');
    const file = fileFor(aliases[pathname] ?? pathname);
    let size = -1;
    try {
      size = file ? statSync(file).size : -1;
    } catch {
      size = -1;
    }
    if (!file || size < 0) {
      response.writeHead(404, { 'Cache-Control': 'no-store' }).end();
      return;
    }
    served.push(file);
    // no-store: every load parses and compiles the scripts afresh, as on a first visit.
    response.writeHead(200, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      'Cache-Control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${port}`,
        served,
        stop: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
