import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** The opening map visible at this viewport (the page carries a wide and a tall version). */
async function visibleMap(page: Page): Promise<Locator> {
  const maps = page.locator('figure.opening-map svg.map');
  await expect(maps).toHaveCount(2);
  const visible = maps.locator('visible=true');
  await expect(visible).toHaveCount(1);
  return visible.first();
}

test('the page opens with the title, the dek and its sourced figures', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Border Lines' })).toBeVisible();
  const dek = page.locator('.dek');
  await expect(dek).toContainText('roughly 970–980 km');
  await expect(dek).toContainText('1,006.84 km');
  await expect(dek).toContainText('13 March 2025');
  // every figure is backed by a listed source
  await expect(page.getByRole('heading', { name: 'How we know' })).toBeVisible();
  await expect(page.locator('.source-list li')).not.toHaveCount(0);
  await expect(page.locator('.source-list')).toContainText('delimitation/length-final');
});

test('the opening map shows the region, the two countries and the line between them', async ({ page }) => {
  await page.goto('/');
  const map = await visibleMap(page);
  await expect(map).toHaveAttribute('role', 'img');
  await expect(map).toHaveAccessibleName('Kyrgyzstan, Tajikistan and their neighbours in Central Asia');
  await expect(map.locator('.map__country')).not.toHaveCount(0);
  await expect(map.locator('.map__country--KGZ.is-focus')).toHaveCount(1);
  await expect(map.locator('.map__country--TJK.is-focus')).toHaveCount(1);
  await expect(map.locator('.map__country--UZB')).toHaveCount(1);
  const line = map.locator('.map__line');
  await expect(line).toBeVisible();
  expect((await line.getAttribute('d'))!.length).toBeGreaterThan(500);
  for (const label of ['Kyrgyzstan', 'Tajikistan', 'Uzbekistan']) {
    await expect(map.locator('.map__label--country', { hasText: label })).toBeVisible();
  }
  await expect(map.locator('.map__attribution')).toHaveText('© OpenStreetMap contributors (ODbL); Natural Earth; GeoNames');
  await expect(page.locator('figure.opening-map figcaption')).toContainText('OpenStreetMap contributors');
});

test('the enclaves are carved: inside Vorukh the map is Tajikistan, not Kyrgyzstan', async ({ page }) => {
  await page.goto('/');
  const map = await visibleMap(page);
  for (const [enclave, owner, host] of [
    ['vorukh', 'TJK', 'KGZ'],
    ['sokh', 'UZB', 'KGZ'],
    ['shakhimardan', 'UZB', 'KGZ'],
  ] as const) {
    const result = await map.evaluate(
      (svg, { enclave, owner, host }) => {
        const shape = svg.querySelector<SVGPathElement>(`[data-enclave="${enclave}"]`)!;
        const ownerPath = svg.querySelector<SVGPathElement>(`.map__country--${owner}`)!;
        const hostPath = svg.querySelector<SVGPathElement>(`.map__country--${host}`)!;
        const box = shape.getBBox();
        // sample points inside the enclave outline, off the half-pixel grid the paths are drawn on
        // and clear of the outline itself, and ask which country fills them
        shape.style.strokeWidth = '1px';
        const hits: { owner: boolean; host: boolean }[] = [];
        for (let i = 1; i < 12; i++) {
          for (let j = 1; j < 12; j++) {
            const p = new DOMPoint(box.x + (box.width * i) / 12 + 0.137, box.y + (box.height * j) / 12 + 0.071);
            if (shape.isPointInFill(p) && !shape.isPointInStroke(p)) {
              hits.push({ owner: ownerPath.isPointInFill(p), host: hostPath.isPointInFill(p) });
            }
          }
        }
        return hits;
      },
      { enclave, owner, host },
    );
    expect(result.length, `points inside ${enclave}`).toBeGreaterThan(0);
    expect(result.filter((h) => !(h.owner && !h.host)), `${enclave} belongs to ${owner}, carved out of ${host}`).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page and its map read in full', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Border Lines' })).toBeVisible();
    const map = await visibleMap(page);
    await expect(map.locator('.map__line')).toBeVisible();
    await expect(map.locator('.map__label--country', { hasText: 'Tajikistan' })).toBeVisible();
  });
});
