#!/usr/bin/env node
// Runs before the tests: makes sure the browsers they need exist.
//
//   node scripts/find-browser.mjs [chromium|firefox|webkit|all]...   (chromium when none is named)
//
// As root on Debian/Ubuntu it installs the missing Debian packages; elsewhere it says in one sentence
// what to install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, findFirefox, findMiniBrowser, findWebKitWebDriver, findXvfbRun } from './browsers.mjs';

/** What each engine needs: how to find it, what to call it, and the Debian package with it. */
const requirements = {
  chromium: [{ name: 'Chrome or Chromium', find: findChromium, env: 'CHROME_PATH', debian: 'chromium' }],
  firefox: [{ name: 'Firefox ESR', find: findFirefox, env: 'FIREFOX_PATH', debian: 'firefox-esr' }],
  webkit: [
    { name: 'WebKitWebDriver', find: () => findWebKitWebDriver() && findMiniBrowser(), debian: 'webkit2gtk-driver' },
    { name: 'Xvfb', find: findXvfbRun, debian: 'xvfb' },
  ],
};

const args = process.argv.slice(2);
const engines = args.length === 0 ? ['chromium'] : args.flatMap((a) => (a === 'all' ? Object.keys(requirements) : [a]));
const unknown = engines.filter((e) => !(e in requirements));
if (unknown.length > 0) {
  console.error(`Unknown browser ${unknown.join(', ')}: name chromium, firefox, webkit or all.`);
  process.exit(2);
}

const needed = [...new Set(engines.flatMap((e) => requirements[e]))];
const missing = () => needed.filter((r) => !r.find());
const list = (words) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

if (missing().length === 0) process.exit(0);

// A path the user set on purpose that points nowhere is their mistake to fix, not ours to install over.
const wrongEnv = missing().find((r) => r.env && process.env[r.env]);
if (wrongEnv) {
  console.error(`${wrongEnv.env} is set to ${process.env[wrongEnv.env]}, but no browser is there: point it at a ${wrongEnv.name} executable.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  const packages = missing().map((r) => r.debian);
  const time = packages.length === 1 && packages[0] === 'chromium' ? 'about a minute' : 'a few minutes';
  console.error(`No ${list(missing().map((r) => r.name))} found: installing Debian's ${list(packages)} package${packages.length > 1 ? 's' : ''} (${time})…`);
  try {
    execFileSync(
      'sh',
      ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')} >/dev/null`],
      { stdio: 'inherit' },
    );
  } catch {
    // apt-get has said why; the sentence below says what is still missing.
  }
  if (missing().length === 0) process.exit(0);
}

const absent = missing();
if (absent.length === 1 && absent[0].env === 'CHROME_PATH') {
  console.error('No Chrome or Chromium found: install Google Chrome or Chromium, or set CHROME_PATH to its executable, then run the tests again.');
} else {
  const envs = absent.filter((r) => r.env).map((r) => r.env);
  const orEnv = envs.length === 0 ? '' : `, or set ${list(envs)} to ${envs.length === 1 ? 'its executable' : 'their executables'}`;
  console.error(
    `No ${list(absent.map((r) => r.name))} found: install ${absent.length === 1 ? 'it' : 'them'} ` +
      `(on Debian or Ubuntu: apt-get install ${absent.map((r) => r.debian).join(' ')})${orEnv}, then run the tests again.`,
  );
}
process.exit(1);
