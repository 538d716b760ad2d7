// Starts the dev server on a free port for scripts that drive a browser (screenshots, benchmarks, tests).
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

/**
 * Starts wds with the project's config on `port` (0 picks a free one); resolves to { url, stop }.
 * `typescript: false` leaves out the esbuild plugin, for tests that serve no TypeScript: its background
 * service can keep the Node process alive after `stop()` (seen with CI=true).
 */
export async function startServer(port = 0, { typescript = true } = {}) {
  const server = await startDevServer({
    config: { ...config, ...(typescript ? {} : { plugins: [] }), port: port || 8100 + Math.floor(Math.random() * 800) },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const address = server.server.address();
  return { url: `http://localhost:${address.port}`, stop: () => server.stop() };
}
