/**
 * Reads a YAML table (a sequence of mappings) and remembers the line each row starts on, so a
 * bad row can be reported as "row 12, line 140" rather than "somewhere in the file".
 */
import { LineCounter, isMap, isSeq, parseDocument, type Document } from 'yaml';
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
  const issues = yamlIssues(file, doc, lineCounter);
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

/** A broken file's first error, with its line, and nothing after it: one stray character can
 * make the parser report thousands of follow-on errors, none of them useful. Warnings are kept. */
export function yamlIssues(file: string, doc: Document, lineCounter: LineCounter): DataIssue[] {
  const at = (pos?: [number, number]) => (pos ? lineCounter.linePos(pos[0]).line : undefined);
  const first = doc.errors[0];
  const problems = first ? [first] : doc.warnings;
  return problems.map((e) => ({ file, line: at(e.pos), message: `YAML: ${e.message.split('\n')[0]}` }));
}

/** A YAML file as a value, with the line of any key path in it, for messages that point there. */
export function readYamlFile(file: string, source: string): { value: unknown; lineOf: (path: (string | number)[]) => number | undefined; issues: DataIssue[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const issues = yamlIssues(file, doc, lineCounter);
  const lineOf = (path: (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const pair = path.length ? (doc.getIn(path.slice(0, -1), true) as { items?: { key: { value?: unknown; range?: [number, number, number] } }[] } | undefined) : undefined;
    const key = pair?.items?.find((i) => i.key?.value === path.at(-1))?.key;
    const range = key?.range ?? node?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  return { value: doc.errors.length ? undefined : doc.toJS(), lineOf, issues };
}
