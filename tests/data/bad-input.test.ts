/**
 * Bad input stops the build with the file, the row and the reason. Each case copies the real
 * tables, breaks one row in one way, and checks the error names exactly that.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadDataset } from '../../src/lib/data/load.ts';
import { DataError, type DataIssue } from '../../src/lib/data/issues.ts';

type Row = Record<string, unknown>;
type Tables = Record<string, Row[]>;

const scratch: string[] = [];
afterAll(() => scratch.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyTables(): string {
  const dir = mkdtempSync(join(tmpdir(), 'border-lines-tables-'));
  scratch.push(dir);
  cpSync('data/tables', dir, { recursive: true });
  return dir;
}

/** Loads the data after `mutate` has edited the parsed tables; returns the problems found. */
function issuesAfter(mutate: (tables: Tables) => void): DataIssue[] {
  const dir = copyTables();
  const tables: Tables = {};
  for (const name of ['timeline', 'casualties', 'impact', 'delimitation', 'places', 'claims', 'documents', 'context', 'glossary', 'settlement']) {
    tables[name] = parse(readFileSync(join(dir, `${name}.yaml`), 'utf8')) as Row[];
  }
  mutate(tables);
  for (const [name, rows] of Object.entries(tables)) writeFileSync(join(dir, `${name}.yaml`), stringify(rows));
  return issuesOf(() => loadDataset({ tablesDir: dir }));
}

function issuesOf(load: () => unknown): DataIssue[] {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).issues;
  }
  throw new Error('the bad input was accepted');
}

const row = (tables: Tables, table: string, id: string): Row => {
  const found = tables[table]!.find((r) => r.id === id);
  if (!found) throw new Error(`no ${table}/${id}`);
  return found;
};

/** Exactly one problem, in this file and row, for this reason. */
function expectOne(issues: DataIssue[], file: string, id: string, reason: RegExp, field?: string) {
  expect(issues, JSON.stringify(issues, null, 1)).toHaveLength(1);
  const [issue] = issues;
  expect(issue!.file).toBe(`data/tables/${file}`);
  expect(issue!.id).toBe(id);
  expect(issue!.row).toBeGreaterThan(0);
  expect(issue!.line).toBeGreaterThan(0);
  expect(issue!.message).toMatch(reason);
  if (field) expect(issue!.field).toBe(field);
  // the message a person sees names all of it
  const text = new DataError(issues).message;
  expect(text).toContain(`data/tables/${file} (row ${issue!.row}, id "${id}", line ${issue!.line})`);
}

describe('bad input stops the build, naming the file, the row and the reason', () => {
  it('the untouched tables load (the cases below each break exactly one thing)', () => {
    expect(() => loadDataset({ tablesDir: copyTables() })).not.toThrow();
  });

  it('a row without sources', () => {
    const issues = issuesAfter((t) => {
      row(t, 'timeline', 'treaty-signed').sources = [];
    });
    expectOne(issues, 'timeline.yaml', 'treaty-signed', /must cite at least one source/, 'sources');
  });

  it('a source without a URL, and one with a malformed URL', () => {
    expectOne(
      issuesAfter((t) => {
        delete (row(t, 'casualties', 'april-2021-kg-killed-final').sources as Row[])[0]!.url;
      }),
      'casualties.yaml',
      'april-2021-kg-killed-final',
      /Required/,
      'sources.0.url',
    );
    expectOne(
      issuesAfter((t) => {
        (row(t, 'places', 'batken').sources as Row[])[0]!.url = 'www.example.org/no-scheme';
      }),
      'places.yaml',
      'batken',
      /not a well-formed URL/,
      'sources.0.url',
    );
  });

  it('a row that names no FACTS ID, or one FACTS.md does not have', () => {
    expectOne(
      issuesAfter((t) => {
        row(t, 'delimitation', 'length-final').facts = [];
      }),
      'delimitation.yaml',
      'length-final',
      /at least one FACTS\.md ID/,
    );
    expectOne(
      issuesAfter((t) => {
        row(t, 'delimitation', 'length-final').facts = ['B99'];
      }),
      'delimitation.yaml',
      'length-final',
      /FACTS\.md has no B99/,
    );
  });

  it('a standards-check row the check does not have', () => {
    expectOne(
      issuesAfter((t) => {
        row(t, 'delimitation', 'length-final').facts = ['FC136'];
      }),
      'delimitation.yaml',
      'length-final',
      /the standards check has no FC136 \(its rows run to FC135\)/,
    );
    expectOne(
      issuesAfter((t) => {
        row(t, 'timeline', 'tashiev-dismissed').facts = ['FCO13'];
      }),
      'timeline.yaml',
      'tashiev-dismissed',
      /has no FCO13 \(its omissions run to FCO12\)/,
    );
  });

  it('a junction that does not match the end of the line in the built geometry', () => {
    expectOne(
      issuesAfter((t) => {
        (row(t, 'places', 'junction-china').location as Row).lon = 73.1;
      }),
      'places.yaml',
      'junction-china',
      /the KG–TJ line meets CHN at 73\.5999, 39\.45999 in the built geometry, not at 73\.1, 39\.45999/,
      'location',
    );
  });

  it('a confidence that is not one of the four', () => {
    expectOne(
      issuesAfter((t) => {
        row(t, 'claims', 'which-maps').confidence = 'probable';
      }),
      'claims.yaml',
      'which-maps',
      /solid.*single.*disputed.*unconfirmed/,
      'confidence',
    );
  });

  it('an impossible date, and an end before the start', () => {
    expectOne(
      issuesAfter((t) => {
        row(t, 'timeline', 'samarkand-ceasefire').date = '2022-09-31';
      }),
      'timeline.yaml',
      'samarkand-ceasefire',
      /not a real day/,
      'date',
    );
    expectOne(
      issuesAfter((t) => {
        row(t, 'timeline', 'april-2021-clashes').end = '2021-04-01';
      }),
      'timeline.yaml',
      'april-2021-clashes',
      /end 2021-04-01 is before date 2021-04-28/,
      'end',
    );
  });

  it('a duplicate id', () => {
    const issues = issuesAfter((t) => {
      t.glossary!.push({ ...row(t, 'glossary', 'demarcation') });
    });
    expectOne(issues, 'glossary.yaml', 'demarcation', /duplicate id "demarcation" \(first used in row 2/, 'id');
  });

  it('a cross-reference that does not resolve', () => {
    expectOne(
      issuesAfter((t) => {
        row(t, 'casualties', 'sept-2022-kg-killed-16').episode = 'september-2022-war';
      }),
      'casualties.yaml',
      'sept-2022-kg-killed-16',
      /"september-2022-war" is not an id in data\/tables\/timeline\.yaml/,
      'episode',
    );
    expectOne(
      issuesAfter((t) => {
        (row(t, 'timeline', 'golovnoi-cameras').places as string[]).push('golovnoy');
      }),
      'timeline.yaml',
      'golovnoi-cameras',
      /"golovnoy" is not an id in data\/tables\/places\.yaml/,
      'places.2',
    );
  });

  it('a place outside the mapped region', () => {
    expectOne(
      issuesAfter((t) => {
        row(t, 'places', 'isfara').location = { lon: 10.5, lat: 40.1, source: 'page', outlet: 'x', url: 'https://example.org/' };
      }),
      'places.yaml',
      'isfara',
      /outside the mapped region/,
      'location',
    );
  });

  it('a place that does not lie in the country it names (point in polygon, built geometry)', () => {
    // Vorukh's real coordinates, but said to be Kyrgyz: the enclave is carved out of Kyrgyzstan.
    expectOne(
      issuesAfter((t) => {
        row(t, 'places', 'vorukh').country = 'KGZ';
      }),
      'places.yaml',
      'vorukh',
      /lies in TJK in the built geometry, not in KGZ/,
      'location',
    );
    // Ak-Sai given the coordinates of Isfara, across the border
    const isfara = { lon: 70.62526, lat: 40.12649, source: 'page', outlet: 'x', url: 'https://example.org/' };
    expectOne(
      issuesAfter((t) => {
        row(t, 'places', 'ak-sai').location = isfara;
      }),
      'places.yaml',
      'ak-sai',
      /lies in TJK in the built geometry, not in KGZ/,
    );
  });

  it('GeoNames coordinates that differ from the package they cite', () => {
    expectOne(
      issuesAfter((t) => {
        (row(t, 'places', 'khujand').location as Row).lat = 40.3;
      }),
      'places.yaml',
      'khujand',
      /GeoNames 1514879 \(Khujand\) is at 69\.62216, 40\.28256/,
    );
  });

  it('a proxy location not flagged approximate', () => {
    expectOne(
      issuesAfter((t) => {
        row(t, 'places', 'golovnoi').approximate = false;
      }),
      'places.yaml',
      'golovnoi',
      /approximate must be true exactly when the location is a proxy/,
      'approximate',
    );
  });

  it('one URL cited as two different outlets', () => {
    expectOne(
      issuesAfter((t) => {
        (row(t, 'impact', 'sept-2022-area-affected').sources as Row[])[0]!.outlet = 'Economist';
      }),
      'impact.yaml',
      'sept-2022-area-affected',
      /is cited as Economist, 2022-09-22 here but as The Economist/,
    );
  });

  it('a figure marked unpublished without saying so', () => {
    expectOne(
      issuesAfter((t) => {
        delete row(t, 'impact', 'sept-2022-tj-evacuated').note;
      }),
      'impact.yaml',
      'sept-2022-tj-evacuated',
      /never published \(value: null\) needs a note/,
      'note',
    );
  });

  it('a YAML syntax error, with its line', () => {
    const dir = copyTables();
    const path = join(dir, 'glossary.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('- id: demarcation\n  term: Demarcation', '- id: demarcation\n  term: [Demarcation'));
    const issues = issuesOf(() => loadDataset({ tablesDir: dir }));
    expect(issues[0]!.file).toBe('data/tables/glossary.yaml');
    expect(issues[0]!.line).toBeGreaterThan(1);
    expect(issues[0]!.message).toMatch(/^YAML:/);
  });

  it('a missing table', () => {
    const dir = copyTables();
    rmSync(join(dir, 'claims.yaml'));
    const issues = issuesOf(() => loadDataset({ tablesDir: dir }));
    expect(issues).toEqual([{ file: 'data/tables/claims.yaml', message: 'file is missing' }]);
  });

  it('several problems are reported together, not one per run', () => {
    const issues = issuesAfter((t) => {
      row(t, 'timeline', 'treaty-signed').sources = [];
      row(t, 'places', 'golovnoi').approximate = false;
    });
    expect(issues.map((i) => i.id).sort()).toEqual(['golovnoi', 'treaty-signed']);
  });
});
