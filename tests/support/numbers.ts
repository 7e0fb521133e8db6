/**
 * Numbers in written text, read the way each edition writes them, and the numbers a data row
 * holds: the content tests check that every number a text gives appears in a row it cites.
 */
import type { Dataset, TableName } from '../../src/lib/data/tables.ts';

/**
 * Every number written in a text, read in the locale's format: English "1,006.84" → 1006.84;
 * Russian «1 006,84» (no-break spaces group the thousands, a comma marks the decimals) → 1006.84;
 * "13:00" → 13 and 0, "1924–27" → 1924 and 27.
 */
export function numbers(text: string, tag = 'en'): number[] {
  if (tag === 'en') return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
  return [...text.matchAll(/\d+(?:[\u00A0\u202F]\d{3})*(?:,\d+)?/g)].map((m) => Number(m[0].replace(/[\u00A0\u202F]/g, '').replace(',', '.')));
}

/** The years a row's abbreviated spans stand for ("1924–27" is 1924 to 1927: the Russian text writes them in full). */
export const spanEnds = (text: string) => [...text.matchAll(/\b(\d{2})(\d{2})–(\d{2})\b/g)].map((m) => Number(`${m[1]}${m[3]}`));

/** The row a "<table>/<row id>" reference names, if there is one. */
export function rowOf(dataset: Dataset, ref: string) {
  const [table, id] = ref.split('/') as [TableName, string];
  return (dataset[table] as { id: string }[] | undefined)?.find((r) => r.id === id);
}

/** Every number the cited rows hold (the rows as the tables have them: numbers never change by locale). */
export function numbersInRows(dataset: Dataset, refs: readonly string[]): Set<number> {
  const rows = refs.map((ref) => JSON.stringify(rowOf(dataset, ref) ?? null));
  return new Set([...rows.flatMap((r) => numbers(r)), ...rows.flatMap(spanEnds)]);
}
