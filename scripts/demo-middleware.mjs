// Dev-server middleware for the demo pages: a strict Content-Security-Policy on the CSP demo, and an
// echo of what the intranet demo's form posts, so a person can see the agreed record arrive with the
// rest of the appraisal. Demo only: nothing here is part of the package.

/** The policy demo/csp.html is served with: no inline script or style, no eval, Trusted Types enforced. */
export const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** The pages served with `strictPolicy`. */
export const strictPages = ['/demo/csp.html'];

/** The form action the echo page answers. */
export const echoPath = '/demo/echo';

const maxBody = 1024 * 1024;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

// A submitted value that is JSON (the agreed record) is shown indented, so a person can read it.
function readable(value) {
  try {
    const parsed = JSON.parse(value);
    if (parsed && typeof parsed === 'object') return JSON.stringify(parsed, null, 2);
  } catch {
    // Not JSON: shown as it was sent.
  }
  return value;
}

/** The echo page for a url-encoded form body: every field, escaped, in the order sent. */
export function echoPage(body) {
  const fields = [...new URLSearchParams(body)];
  const rows = fields.map(([name, value]) => `      <dt><code>${escapeHtml(name)}</code></dt>\n      <dd><pre>${escapeHtml(readable(value)) || '(empty)'}</pre></dd>`);
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="/demo/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/demo/intranet.css" />
    <title>What the form sent — Anytown Hospitals intranet (fictional)</title>
  </head>
  <body>
    <header class="intranet-header">
      <p class="intranet-brand">Anytown Hospitals <span>NHS Foundation Trust</span></p>
      <nav aria-label="Intranet"><ul><li><a href="/demo/index.html">Demos</a></li></ul></nav>
    </header>
    <main>
      <h1>What the form sent</h1>
      <p>The demo server received ${fields.length === 1 ? '1 field' : `${fields.length} fields`}. A real portal would save them with the appraisal.</p>
      <dl class="echo">
${rows.join('\n')}
      </dl>
      <p><a href="/demo/intranet.html">Back to the appraisal form</a></p>
    </main>
  </body>
</html>
`;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > maxBody) {
        reject(Object.assign(new Error('too large'), { status: 413 }));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The server's own address opens the demos: `npm start` prints it, and a newcomer opens it first. */
export async function demoHome(ctx, next) {
  if (ctx.method === 'GET' && ctx.path === '/') {
    ctx.status = 302;
    ctx.redirect('/demo/');
    return;
  }
  await next();
}

/** Koa middleware for wds: the strict policy header on `strictPages`. */
export async function strictPolicyHeader(ctx, next) {
  await next();
  if (strictPages.includes(ctx.path)) ctx.set('Content-Security-Policy', strictPolicy);
}

/** Koa middleware for wds: answers a url-encoded POST to `echoPath` with `echoPage`. */
export async function echoForm(ctx, next) {
  if (ctx.path !== echoPath) return next();
  if (ctx.method !== 'POST') {
    ctx.status = 405;
    ctx.set('Allow', 'POST');
    return undefined;
  }
  if (!ctx.is('application/x-www-form-urlencoded')) {
    ctx.status = 415;
    ctx.body = 'The demo echo reads application/x-www-form-urlencoded forms only.';
    return undefined;
  }
  try {
    const body = await readBody(ctx.req);
    ctx.type = 'html';
    ctx.set('Content-Security-Policy', strictPolicy);
    ctx.body = echoPage(body);
  } catch (error) {
    ctx.status = error.status ?? 400;
  }
  return undefined;
}
