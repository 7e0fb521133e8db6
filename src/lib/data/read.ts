/**
 * Reads a YAML table (a sequence of mappings) and remembers the line each row starts on, so a
 * bad row can be reported as "row 12, line 140" rather than "somewhere in the file".
 */
import { LineCounter, isMap, isSeq, parseDocument } from 'yaml';
import type { DataIssue } from './issues.ts';

export interface RawRow {
  /** 1-based position in the table */
  row: number;
  line: number;
  id?: string;
  value: unknown;
}

export function readYamlTable(file: string, source: string): { rows: RawRow[]; issues: DataIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const issues: DataIssue[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    const line = error.pos ? lineCounter.linePos(error.pos[0]).line : undefined;
    issues.push({ file, line, message: `YAML: ${error.message.split('\n')[0]}` });
  }
  if (doc.errors.length > 0) return { rows: [], issues };
  if (doc.contents === null) return { rows: [], issues };
  if (!isSeq(doc.contents)) {
    issues.push({ file, message: 'a table must be a YAML list of rows (each starting with "- ")' });
    return { rows: [], issues };
  }
  const values = doc.toJS() as unknown[];
  const rows: RawRow[] = doc.contents.items.map((item, i) => {
    const range = isMap(item) || isSeq(item) ? item.range : undefined;
    const line = range ? lineCounter.linePos(range[0]).line : 0;
    const rawId: unknown = isMap(item) ? item.get('id') : undefined;
    const id = typeof rawId === 'string' ? rawId : undefined;
    return { row: i + 1, line, id, value: values[i] };
  });
  return { rows, issues };
}
