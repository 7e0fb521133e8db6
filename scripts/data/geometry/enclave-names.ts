/**
 * Names the enclave parts the pipeline found, from data/geo/enclaves.yaml. Each listed enclave
 * must match exactly one found part (same owner and host, reference point inside), and every
 * found part must be listed: the build stops otherwise.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import { z } from 'zod';
import { readYamlTable } from '../../../src/lib/data/read.ts';
import { placeRow } from '../../../src/lib/data/schema.ts';
import { COUNTRIES } from '../../../src/lib/data/schema.ts';
import { DataError, type DataIssue } from '../../../src/lib/data/issues.ts';
import type { EnclavePart } from './carve.ts';

const FILE = 'data/geo/enclaves.yaml';

const enclaveRow = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    owner: z.enum(COUNTRIES),
    host: z.enum(COUNTRIES),
    inside: z.union([z.object({ place: z.string() }).strict(), z.object({ lon: z.number(), lat: z.number() }).strict()]),
    in_story: z.boolean(),
  })
  .strict();

export interface EnclaveName {
  id: string;
  name: string;
  owner: string;
  host: string;
  inStory: boolean;
}

export function nameEnclaves(found: EnclavePart[], root = process.cwd()): (EnclaveName & EnclavePart)[] {
  const issues: DataIssue[] = [];
  const places = new Map<string, [number, number]>();
  const placesTable = readYamlTable('data/tables/places.yaml', readFileSync(join(root, 'data/tables/places.yaml'), 'utf8'));
  for (const row of placesTable.rows) {
    const parsed = placeRow.safeParse(row.value);
    if (parsed.success && 'lon' in parsed.data.location) places.set(parsed.data.id, [parsed.data.location.lon, parsed.data.location.lat]);
  }

  const table = readYamlTable(FILE, readFileSync(join(root, FILE), 'utf8'));
  issues.push(...table.issues);
  const named: (EnclaveName & EnclavePart)[] = [];
  const claimed = new Set<EnclavePart>();
  for (const row of table.rows) {
    const at = (message: string): DataIssue => ({ file: FILE, row: row.row, id: row.id, line: row.line, message });
    const parsed = enclaveRow.safeParse(row.value);
    if (!parsed.success) {
      issues.push(...parsed.error.issues.map((i) => at(`${i.path.join('.')}: ${i.message}`)));
      continue;
    }
    const e = parsed.data;
    const point = 'place' in e.inside ? places.get(e.inside.place) : ([e.inside.lon, e.inside.lat] as [number, number]);
    if (!point) {
      issues.push(at(`inside.place "${'place' in e.inside ? e.inside.place : ''}" is not a located place in data/tables/places.yaml`));
      continue;
    }
    const matches = found.filter((f) => f.owner === e.owner && f.host === e.host && turf.booleanPointInPolygon(point, f.part));
    if (matches.length !== 1) {
      issues.push(at(`expected one ${e.owner} enclave in ${e.host} containing ${point.join(', ')}; found ${matches.length}`));
      continue;
    }
    claimed.add(matches[0]!);
    named.push({ ...matches[0]!, id: e.id, name: e.name, inStory: e.in_story });
  }
  for (const f of found) {
    if (!claimed.has(f)) {
      issues.push({
        file: FILE,
        message: `the OSM data has a ${f.owner} enclave in ${f.host} (${f.areaKm2} km² around ${f.centroid.join(', ')}) that is not listed`,
      });
    }
  }
  if (issues.length > 0) throw new DataError(issues);
  return named;
}
