// The demo server's home, echo page and strict-policy header, through the real dev server.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, test } from 'node:test';
import { strictPolicy } from './demo-middleware.mjs';
import { startServer } from './dev-server.mjs';

let server;

before(async () => {
  server = await startServer(0, { typescript: false });
});

after(async () => {
  await server?.stop();
});

// One connection per request (no keep-alive), so the server can stop at the end.
function request(path, { method = 'GET', type, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, { method, agent: false, headers: type ? { 'Content-Type': type } : {} }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function post(body, type = 'application/x-www-form-urlencoded') {
  return request('/demo/echo', { method: 'POST', type, body });
}

test('the echo page lists every posted field, escaped, with the agreed record indented', async () => {
  const record = JSON.stringify({ outcome: 'completed', note: '</pre><img src=x onerror=alert(1)>' });
  const response = await post(new URLSearchParams({ staffName: '<script>alert("x")</script>', wellbeing: record, "a'b": '"quoted" & more' }).toString());
  assert.equal(response.status, 200);
  assert.match(response.headers['content-type'], /^text\/html/);
  assert.equal(response.headers['content-security-policy'], strictPolicy);
  const page = response.text;
  assert.ok(!page.includes('<script>alert'), 'a posted script tag must be escaped');
  assert.ok(!page.includes('<img src=x'), 'posted markup inside JSON must be escaped');
  assert.ok(page.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'));
  assert.ok(page.includes('<code>a&#39;b</code>'));
  assert.ok(page.includes('&quot;quoted&quot; &amp; more'));
  assert.ok(page.includes('  &quot;outcome&quot;: &quot;completed&quot;,\n'), 'JSON is shown indented');
  assert.match(page, /received 3 fields/);
});

test('the echo page takes url-encoded forms posted to it, and nothing else', async () => {
  assert.equal((await request('/demo/echo')).status, 405);
  assert.equal((await post('{"a":1}', 'application/json')).status, 415);
});

test('only demo/csp.html gets the strict policy', async () => {
  const strict = await request('/demo/csp.html');
  assert.equal(strict.headers['content-security-policy'], strictPolicy);
  const ordinary = await request('/demo/intranet.html');
  assert.equal(ordinary.status, 200);
  assert.equal(ordinary.headers['content-security-policy'], undefined);
});

test('the server\'s own address opens the demos', async () => {
  const home = await request('/');
  assert.equal(home.status, 302);
  assert.equal(home.headers.location, '/demo/');
  assert.equal((await request('/demo/')).status, 200);
});
