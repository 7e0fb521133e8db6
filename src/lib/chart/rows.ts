/**
 * How a chart kind takes its data from the tables: a row by id (failing loudly when the chart
 * needs one that does not exist), a casualty or impact row as a Figure, and the refs a list of
 * sourced values rests on.
 */
import type { CasualtyRow, ImpactRow } from '../data/schema.ts';
import type { Dataset, TableName } from '../data/tables.ts';
import type { Figure } from './types.ts';

function rowFinder(dataset: Dataset) {
  return <T extends TableName>(table: T, id: string): Dataset[T][number] => {
    const row = (dataset[table] as { id: string }[]).find((r) => r.id === id);
    if (!row) throw new Error(`chart data needs ${table}/${id}, which does not exist`);
    return row as Dataset[T][number];
  };
}

const figure = (table: 'casualties' | 'impact', row: CasualtyRow | ImpactRow): Figure => ({
  ref: `${table}/${row.id}`,
  value: row.value,
  ...(row.value_max !== undefined ? { max: row.value_max } : {}),
  qualifier: row.qualifier,
});

/** The rows of a dataset by table and id, and the casualty and impact rows as figures. */
export function chartRows(dataset: Dataset) {
  const row = rowFinder(dataset);
  return {
    row,
    cas: (id: string) => figure('casualties', row('casualties', id)),
    imp: (id: string) => figure('impact', row('impact', id)),
  };
}

/** The rows a list of values (or figures) rests on; a value summed from rows names each ("a+b"). */
export const refsOf = (xs: { ref: string }[]) => xs.flatMap((x) => x.ref.split('+'));
