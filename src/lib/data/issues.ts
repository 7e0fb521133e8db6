/**
 * A problem found in the data, located precisely enough to fix: file, row, id, line, field.
 * Problems are collected, never thrown one at a time, so one run lists everything wrong.
 */
export interface DataIssue {
  /** path relative to the project root, e.g. data/tables/places.yaml */
  file: string;
  /** 1-based position of the row in its table */
  row?: number;
  id?: string;
  /** 1-based line where the row starts */
  line?: number;
  /** dotted path of the field inside the row, e.g. sources.0.url */
  field?: string;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  const where: string[] = [];
  if (issue.row !== undefined) where.push(`row ${issue.row}`);
  if (issue.id !== undefined) where.push(`id "${issue.id}"`);
  if (issue.line !== undefined) where.push(`line ${issue.line}`);
  const location = where.length > 0 ? `${issue.file} (${where.join(', ')})` : issue.file;
  return `${location}: ${issue.field ? `${issue.field}: ` : ''}${issue.message}`;
}

export class DataError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    const lines = issues.map((i) => `  - ${formatIssue(i)}`);
    super(`The data in data/ is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.name = 'DataError';
    this.issues = issues;
  }
}
