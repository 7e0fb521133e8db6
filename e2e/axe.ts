/**
 * axe-core in the page under test. The engine is put into the page once (with page.evaluate, so
 * the site's Content-Security-Policy does not get in its way) and run as often as a test needs:
 * several times faster than loading it afresh for every check, which matters at every step of
 * the story on two viewports.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** WCAG 2.0, 2.1 and 2.2, levels A and AA */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The violations in the page, or in the parts named by `include` (CSS selectors), each as
 * "rule: the elements it found".
 */
export async function axeViolations(page: Page, include?: string[], skipRules: string[] = []): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([include, tags, skip]) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const context = include ? { include: include.map((s) => [s]) } : document;
      const rules = Object.fromEntries(skip.map((id) => [id, { enabled: false }]));
      const results = await axe.run(context, { runOnly: { type: 'tag', values: tags }, rules });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    },
    [include ?? null, WCAG_TAGS, skipRules] as const,
  );
}
