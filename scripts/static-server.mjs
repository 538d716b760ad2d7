// A tiny static file server for tests that load built files in a browser, with per-path headers.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.html': 'text/html; charset=utf-8', '.css': 'text/css' };

/**
 * Serves `routes` (URL prefix → folder) on a free port. `headers(pathname)` adds response headers.
 * Resolves to { url, stop }.
 */
export async function startStaticServer(routes, headers = () => ({})) {
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const prefix = Object.keys(routes).sort((a, b) => b.length - a.length).find((p) => pathname.startsWith(p));
    const file = prefix && normalize(join(routes[prefix], decodeURIComponent(pathname.slice(prefix.length))));
    if (!file || !file.startsWith(normalize(routes[prefix]))) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...headers(pathname) }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}`, stop: () => new Promise((resolve) => server.close(resolve)) };
}
