/**
 * One line of plain text for a data row, as a step's "How we know" lists it: what the row says,
 * before its sources.
 */
import { formatDate, parsePartialDate } from '../data/dates.ts';
import type { Dataset, TableName } from '../data/tables.ts';
import { formatFigure } from '../chart/format-figure.ts';

const date = (text: string | undefined) => {
  if (!text) return '';
  const d = parsePartialDate(text);
  return typeof d === 'string' ? text : formatDate(d);
};
const SIDE = { KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', both: 'both sides' } as const;

export function describeRow(table: TableName, row: Dataset[TableName][number]): string {
  switch (table) {
    case 'timeline': {
      const r = row as Dataset['timeline'][number];
      return `${r.date_label ?? date(r.date)}: ${r.title}.`;
    }
    case 'casualties':
    case 'impact': {
      const r = row as Dataset['casualties'][number];
      const what = r.metric.replace(/-/g, ' ').replace('km2', 'km²');
      const f = formatFigure({ ref: r.id, value: r.value, ...(r.value_max !== undefined ? { max: r.value_max } : {}), qualifier: r.qualifier });
      const scope = r.scope ? ` (${r.scope})` : '';
      return `${SIDE[r.side]}, ${what}${scope}: ${f}, reported by ${r.reported_by}${r.as_of ? `, ${r.as_of_label ?? date(r.as_of)}` : ''}.`;
    }
    case 'delimitation': {
      const r = row as Dataset['delimitation'][number];
      return `${date(r.claimed)}, ${r.claimant}: ${r.summary}`;
    }
    case 'places': {
      const r = row as Dataset['places'][number];
      return `${r.name}: ${r.role}`;
    }
    case 'claims':
      return (row as Dataset['claims'][number]).question;
    case 'documents': {
      const r = row as Dataset['documents'][number];
      return `${r.title}: ${r.detail}`;
    }
    case 'context':
      return (row as Dataset['context'][number]).statement;
    case 'glossary': {
      const r = row as Dataset['glossary'][number];
      return `${r.term}: ${r.definition}`;
    }
    case 'settlement': {
      const r = row as Dataset['settlement'][number];
      return `${r.item} (according to ${r.according_to}): ${r.detail}`;
    }
  }
}
