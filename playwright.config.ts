import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/browser/chromium.ts';
import { loadLocales } from './src/lib/i18n/locales.ts';

/**
 * End-to-end tests against the built site (dist/, served by `astro preview`), in Chromium on a
 * phone and a desktop viewport. The browser is Debian's chromium or $CHROMIUM_PATH (see
 * scripts/browser/); `npm run test:e2e` installs one first when none is there.
 */
const PORT = Number(process.env.E2E_PORT ?? 4322);
const launchOptions = chromiumLaunchOptions();

export default defineConfig<{ editionTag: string }>({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  // two browsers at once: the machine has two cores, and the tests mostly wait on scrolling
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions,
    trace: 'off',
    // the offline worker would precache each edition in every test's fresh browser: only
    // e2e/offline.spec.ts, which is about it, lets it run
    serviceWorkers: 'block',
  },
  // every spec on a phone and a desktop, in every edition (src/content/locales.yaml)
  projects: loadLocales().flatMap(({ tag }) => {
    const suffix = tag === 'en' ? '' : `-${tag}`;
    return [
      { name: `phone${suffix}`, use: { ...devices['Pixel 7'], browserName: 'chromium' as const, launchOptions, editionTag: tag } },
      { name: `desktop${suffix}`, use: { viewport: { width: 1440, height: 900 }, browserName: 'chromium' as const, launchOptions, editionTag: tag } },
    ];
  }),
  webServer: {
    command: `npx astro preview --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
