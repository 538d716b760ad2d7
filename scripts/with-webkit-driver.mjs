#!/usr/bin/env node
// Runs a command with WebKitGTK's WebDriver listening on a free loopback port, then stops the driver.
//
//   xvfb-run -a node scripts/with-webkit-driver.mjs wtr --config web-test-runner.browsers.config.mjs
//
// The command finds the port in WEBKIT_WEBDRIVER_PORT. The driver opens MiniBrowser windows, so it
// needs an X display: xvfb-run gives it a virtual one. The driver and every browser it started are
// killed however the command ends, and the command's exit code is passed on.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { constants } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { findWebKitWebDriver, testTimeZone } from './browsers.mjs';

const host = '127.0.0.1';
const statusTries = 100; // x 100 ms: the driver answers in well under a second
const command = process.argv.slice(2);

if (command.length === 0) {
  console.error('Usage: node scripts/with-webkit-driver.mjs <command> [args…]');
  process.exit(2);
}
const driverPath = findWebKitWebDriver();
if (!driverPath) {
  console.error('No WebKitWebDriver found: run `node scripts/find-browser.mjs webkit` to install or locate it.');
  process.exit(1);
}

/** A port nothing listens on right now, chosen by the system. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, host, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const port = await freePort();

// Its own process group, so that stopping it also stops the MiniBrowser and WebKit processes it spawned.
const driver = spawn(driverPath, [`--host=${host}`, `--port=${port}`], {
  detached: true,
  // The browsers the driver opens inherit its environment, and so its time zone.
  env: { ...process.env, TZ: testTimeZone },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let driverLog = '';
const keepLog = (chunk) => {
  driverLog = (driverLog + chunk).slice(-4000);
};
driver.stdout.on('data', keepLog);
driver.stderr.on('data', keepLog);
let driverExited = false;
driver.on('exit', () => {
  driverExited = true;
});

/** Stops the driver and everything it started. Safe to call more than once and from an exit handler. */
function stopDriver() {
  if (driverExited || driver.pid === undefined) return;
  try {
    process.kill(-driver.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
process.on('exit', stopDriver);

/** Waits until the driver answers /status with ready: true, or gives up. */
async function waitForDriver() {
  for (let i = 0; i < statusTries && !driverExited; i++) {
    try {
      const response = await fetch(`http://${host}:${port}/status`);
      if (response.ok && (await response.json()).value?.ready) return true;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  return false;
}

if (!(await waitForDriver())) {
  console.error(`WebKitWebDriver did not become ready on ${host}:${port}.${driverLog ? `\n${driverLog.trim()}` : ''}`);
  stopDriver();
  process.exit(1);
}

const child = spawn(command[0], command.slice(1), {
  stdio: 'inherit',
  env: { ...process.env, WEBKIT_WEBDRIVER_PORT: String(port) },
});

// Ctrl-C or a CI timeout: let the command shut down, and stop the driver whatever it does.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    child.kill(signal);
    stopDriver();
  });
}

const code = await new Promise((resolve) => {
  child.on('error', (error) => {
    console.error(`Could not run ${command[0]}: ${error.message}`);
    resolve(1);
  });
  child.on('exit', (exitCode, signal) => resolve(exitCode ?? 128 + (constants.signals[signal] ?? 1)));
});

/** True while any process of the driver's group is still there. */
function groupAlive() {
  try {
    process.kill(-driver.pid, 0);
    return true;
  } catch {
    return false;
  }
}

stopDriver();
// Give the driver a moment to close its browsers, then make sure nothing it started is left.
for (let i = 0; i < 30 && groupAlive(); i++) await sleep(100);
if (groupAlive()) process.kill(-driver.pid, 'SIGKILL');
process.exit(code);
