#!/usr/bin/env node
/**
 * Makes sure the end-to-end tests have a Chromium to drive, installing one if needed:
 *   1. $CHROMIUM_PATH, if set (it must exist);
 *   2. Debian's /usr/bin/chromium;
 *   3. Playwright's own Chromium, if it was downloaded before;
 *   4. otherwise install: as root on Debian, `apt-get update && apt-get install -y chromium`;
 *      elsewhere `npx playwright install chromium`.
 * Exits non-zero with a clear message only when none of that works. Plain JS so it runs before
 * anything else is set up.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function find() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return playwrightChromium();
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  try {
    execFileSync(command, args, { stdio: 'inherit' });
    return true;
  } catch {
    return false;
  }
}

function install() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found; installing Debian’s chromium package…');
    if (run('apt-get', ['update']) && run('apt-get', ['install', '-y', 'chromium'])) return;
  }
  console.log('No Chromium found; asking Playwright to download its own…');
  run('npx', ['playwright', 'install', 'chromium']);
}

if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
  console.error(`✗ CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`);
  process.exit(1);
}

let found = find();
if (!found) {
  install();
  found = find();
}
if (!found) {
  console.error(
    '✗ No Chromium for the end-to-end tests, and installing one failed.\n' +
      '  Install Chromium (Debian: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  process.exit(1);
}
console.log(`✓ Chromium for the tests: ${found}`);
