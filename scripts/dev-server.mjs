// Starts the dev server on a free port for scripts that drive a browser (screenshots, benchmarks).
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

/** Starts wds with the project's config on `port` (0 picks a free one); resolves to { url, stop }. */
export async function startServer(port = 0) {
  const server = await startDevServer({
    config: { ...config, port: port || 8100 + Math.floor(Math.random() * 800) },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const address = server.server.address();
  return { url: `http://localhost:${address.port}`, stop: () => server.stop() };
}
