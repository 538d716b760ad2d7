import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { demoHome, echoForm, strictPolicyHeader } from './scripts/demo-middleware.mjs';

// The wds CLI has no TypeScript flag: esbuild compiles .ts on the fly so the demo needs no build step.
export default {
  nodeResolve: true,
  open: false,
  port: Number(process.env.PORT ?? 8000),
  rootDir: '.',
  // / opens the demos; demo/csp.html under a strict policy; demo/intranet.html's form posts to /demo/echo.
  middleware: [demoHome, strictPolicyHeader, echoForm],
  plugins: [
    esbuildPlugin({ ts: true, target: 'auto', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
};
