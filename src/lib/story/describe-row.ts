/**
 * One line of plain text for a data row, as a step's "How we know" lists it: what the row says,
 * before its sources, in the reader's locale (the row's text fields are translated already).
 */
import type { Dataset, TableName } from '../data/tables.ts';
import type { Formats } from '../i18n/format.ts';
import type { Names } from '../i18n/names.ts';

const date = (fmt: Formats, text: string | undefined) => (text ? fmt.date(text) : '');

export function describeRow(table: TableName, row: Dataset[TableName][number], fmt: Formats, names: Names): string {
  const { t } = fmt;
  switch (table) {
    case 'timeline': {
      const r = row as Dataset['timeline'][number];
      return t('row.timeline', { date: r.date_label ?? date(fmt, r.date), title: r.title });
    }
    case 'casualties':
    case 'impact': {
      const r = row as Dataset['casualties'][number];
      const figure = fmt.figure({ value: r.value, ...(r.value_max !== undefined ? { max: r.value_max } : {}), qualifier: r.qualifier });
      const what = r.scope ? t('row.figure.scoped', { metric: t(`metric.${r.metric}`), scope: r.scope }) : t(`metric.${r.metric}`);
      const asOf = r.as_of ? (r.as_of_label ?? date(fmt, r.as_of)) : null;
      return t(asOf ? 'row.figure.dated' : 'row.figure.undated', { side: t(`side.${r.side}`), what, figure, by: r.reported_by, ...(asOf ? { date: asOf } : {}) });
    }
    case 'delimitation': {
      const r = row as Dataset['delimitation'][number];
      return t('row.delimitation', { date: date(fmt, r.claimed), claimant: r.claimant, summary: r.summary });
    }
    case 'places': {
      const r = row as Dataset['places'][number];
      return t('row.place', { name: names.place(r.id), role: r.role });
    }
    case 'claims':
      return (row as Dataset['claims'][number]).question;
    case 'documents': {
      const r = row as Dataset['documents'][number];
      return t('row.document', { title: r.title, detail: r.detail });
    }
    case 'context':
      return (row as Dataset['context'][number]).statement;
    case 'glossary': {
      const r = row as Dataset['glossary'][number];
      return t('row.glossary', { term: r.term, definition: r.definition });
    }
    case 'settlement': {
      const r = row as Dataset['settlement'][number];
      return t('row.settlement', { item: r.item, according_to: r.according_to, detail: r.detail });
    }
  }
}
