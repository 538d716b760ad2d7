#!/usr/bin/env node
// Runs before the tests: makes sure a Chrome or Chromium exists. As root on Debian/Ubuntu it installs
// Debian's chromium; elsewhere it says in one sentence how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browsers.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');

if (findChromium()) process.exit(0);

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no browser is there: point it at a Chrome or Chromium executable.`);
  process.exit(1);
}
if (isRoot && hasApt) {
  console.error("No Chrome or Chromium found: installing Debian's chromium package (about a minute)…");
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], { stdio: 'inherit' });
  if (findChromium()) process.exit(0);
}
console.error('No Chrome or Chromium found: install Google Chrome or Chromium, or set CHROME_PATH to its executable, then run the tests again.');
process.exit(1);
