/**
 * The table behind a chart as HTML: its caption, column heads and rows (the first cell of each a
 * row head). A wide table scrolls inside its own keyboard-reachable box, never the page. Written
 * for the sources page and for the per-chapter files a step's "Data behind this chart" loads.
 */
import type { ChartTable } from '../chart/marks.ts';
import { escapeXml as e } from './xml.ts';

export function chartTableHtml(id: string, table: ChartTable): string {
  const caption = `${id}-table-caption`;
  const head = table.head.map((h) => `<th scope="col">${e(h)}</th>`).join('');
  const rows = table.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${e(cell)}</th>` : `<td>${e(cell)}</td>`)).join('')}</tr>`).join('');
  return (
    `<div class="table-scroll" role="region" aria-labelledby="${e(caption)}" tabindex="0">` +
    `<table><caption id="${e(caption)}">${e(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`
  );
}
