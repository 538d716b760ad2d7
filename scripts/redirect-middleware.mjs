// Test-server routes that redirect, so tests can prove a redirect to another website is refused in every
// engine without any request leaving this machine. The other website is this same server reached by
// another loopback address (127.0.0.2): another origin to the browser, and still only the test server.
//
//   /__redirect/other-origin/<path>  →  302 to http://127.0.0.2:<port>/<path>
//   /__redirect/same-origin/<path>   →  302 to /<path>
//   /__not-json/<path>               →  200 with a body that is not JSON (a folder that serves the wrong files)
//
// Answers from 127.0.0.2 allow any origin to read them (as a hostile site would), so the browser hands the
// redirected file to the page and only the guide's own check stands in the way.

/** The other origin's host, on the same port as the test server. */
export const otherOriginHost = '127.0.0.2';

/** Koa middleware for the test runner's server (`middleware` in web-test-runner.config.mjs). */
export function redirectMiddleware() {
  return async function redirect(ctx, next) {
    if (ctx.path.startsWith('/__not-json/')) {
      ctx.status = 200;
      ctx.type = 'text/plain';
      ctx.body = 'not JSON';
      return;
    }
    const match = /^\/__redirect\/(other-origin|same-origin)(\/.*)$/.exec(ctx.path);
    if (match) {
      const [, kind, rest] = match;
      const port = ctx.request.host.split(':').pop();
      ctx.status = 302;
      ctx.set('Location', kind === 'same-origin' ? `${rest}${ctx.search}` : `http://${otherOriginHost}:${port}${rest}${ctx.search}`);
      ctx.body = '';
      return;
    }
    await next();
    if (ctx.request.hostname === otherOriginHost) ctx.set('Access-Control-Allow-Origin', '*');
  };
}
