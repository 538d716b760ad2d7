import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { echoForm, strictPolicyHeader } from './scripts/demo-middleware.mjs';

// The wds CLI has no TypeScript flag: esbuild compiles .ts on the fly so the demo needs no build step.
export default {
  nodeResolve: true,
  open: false,
  port: Number(process.env.PORT ?? 8000),
  rootDir: '.',
  // demo/csp.html under a strict policy; demo/intranet.html's form posts to /demo/echo.
  middleware: [strictPolicyHeader, echoForm],
  plugins: [
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
};
