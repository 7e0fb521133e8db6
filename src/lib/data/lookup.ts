/**
 * Looking rows up by id, for pages that quote a figure. Every quoted row is recorded, so a page
 * can list exactly the sources behind the numbers it shows.
 */
import type { Dataset, TableName } from './tables.ts';

export type RowOf<T extends TableName> = Dataset[T][number];

export interface Citer {
  <T extends TableName>(table: T, id: string): RowOf<T>;
  /** the rows quoted so far, in order of first use */
  used(): { table: TableName; row: RowOf<TableName> }[];
}

export function makeCiter(dataset: Dataset): Citer {
  const used: { table: TableName; row: RowOf<TableName> }[] = [];
  const cite = <T extends TableName>(table: T, id: string): RowOf<T> => {
    const row = (dataset[table] as RowOf<T>[]).find((r) => r.id === id);
    if (!row) throw new Error(`page quotes ${table} row "${id}", which does not exist in data/tables/`);
    if (!used.some((u) => u.table === table && u.row.id === id)) used.push({ table, row });
    return row;
  };
  return Object.assign(cite, { used: () => [...used] });
}
