/**
 * A small CSV writer (RFC 4180): the newsroom kit's data files. A field is quoted when it holds
 * a comma, a double quote, a CR or an LF, with its quotes doubled; null and undefined are empty
 * fields; numbers are written as JavaScript writes them (no locale: "141.9", never "141,9"). Lines
 * end with CRLF, the last one too, and there is no byte-order mark. Pure and browser-safe.
 */
export type CsvCell = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]/;

function field(value: CsvCell, where: () => string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`CSV: ${where()} is ${value}, which is not a number a CSV can hold`);
    return String(value);
  }
  if (typeof value !== 'string') throw new Error(`CSV: ${where()} is a ${typeof value}, not text or a number`);
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The CSV text of a header and its rows; a row with more or fewer fields than the header throws. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  if (header.length === 0) throw new Error('CSV: the header has no columns');
  const lines = [header.map((h, i) => field(h, () => `header column ${i + 1}`))];
  rows.forEach((row, r) => {
    if (row.length !== header.length) throw new Error(`CSV: row ${r + 1} has ${row.length} fields, the header ${header.length}`);
    lines.push(row.map((v, i) => field(v, () => `row ${r + 1}, column "${header[i]}"`)));
  });
  return lines.map((l) => `${l.join(',')}\r\n`).join('');
}

/** A date as ISO text ("2022-09-16", "2022-09", "undated"): the data keeps partial dates as text,
 * but YAML can give a Date (a day, at midnight UTC). */
export const isoDate = (d: unknown): string | undefined => {
  if (d === undefined || d === null) return undefined;
  if (d instanceof Date) return d.toISOString().slice(0, 10);
  return String(d);
};
