/**
 * A strict RFC 4180 CSV reader, for the tests of the kit's CSV files: fields split on commas,
 * quoted fields may hold commas, CR, LF and doubled quotes, and every line ends with CRLF (the
 * last one too). Anything else (a bare quote inside an unquoted field, text after a closing
 * quote, a line ending in a bare LF, no final CRLF) throws, so a test sees a malformed file.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  if (text === '') return rows;
  if (!text.endsWith('\r\n')) throw new Error('CSV: the text does not end with CRLF');
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('CSV: a quoted field is not closed');
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          value += c;
          i++;
        }
      }
      if (i < n && text[i] !== ',' && text[i] !== '\r') throw new Error(`CSV: text after a closing quote at ${i}`);
    } else {
      while (i < n && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`CSV: a quote inside an unquoted field at ${i}`);
        value += text[i];
        i++;
      }
      if (text[i] === '\n') throw new Error(`CSV: a bare LF at ${i}`);
    }
    row.push(value);
    if (text[i] === ',') {
      i++;
      continue;
    }
    // end of a line: CRLF
    if (text[i] !== '\r' || text[i + 1] !== '\n') throw new Error(`CSV: a line does not end with CRLF at ${i}`);
    i += 2;
    rows.push(row);
    row = [];
  }
  return rows;
}

/** The rows of a CSV as objects by its header's names; a row of another length throws. */
export function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('CSV: no header');
  const records = rows.map((r, k) => {
    if (r.length !== header.length) throw new Error(`CSV: row ${k + 1} has ${r.length} fields, the header ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h, r[j]!]));
  });
  return { header, records };
}
