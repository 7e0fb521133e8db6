/**
 * The test fixture every spec uses: it records console errors, page errors and requests to any
 * host other than the local server, and fails the test if there were any. So "no console
 * errors" and "no request to another host" are checked on every page every test visits.
 */
import { test as base, expect } from '@playwright/test';

export interface Watch {
  consoleErrors: string[];
  foreignRequests: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const local = new URL(baseURL!).host;
      const watch: Watch = { consoleErrors: [], foreignRequests: [] };
      page.on('console', (message) => {
        if (message.type() === 'error') watch.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
      page.on('request', (request) => {
        const url = new URL(request.url());
        if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== local) {
          watch.foreignRequests.push(request.url());
        }
      });
      await use(watch);
      expect(watch.consoleErrors, 'console errors').toEqual([]);
      expect(watch.foreignRequests, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
