/**
 * Names by id, in each locale, from the gazetteer (data/gazetteer.yaml): countries, regions,
 * enclaves and places. Every name a map, chart or table shows comes from here. The gazetteer is
 * checked against what the story can show: a row for every country, region, enclave and place,
 * a name in every locale, and an "at" form for every place a stand-in marker is drawn at.
 * Build time only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { DataError, type DataIssue } from '../data/issues.ts';
import { readYamlTable } from '../data/read.ts';
import type { Dataset } from '../data/tables.ts';
import { COUNTRIES } from '../geo/country-codes.ts';
import { REGION_IDS } from '../geo/regions.ts';
import { SOURCE_LOCALE, loadLocales } from './locales.ts';

export const GAZETTEER_FILE = 'data/gazetteer.yaml';

const perLocale = z.record(z.string().min(1));
const rowSchema = z
  .object({
    id: z.string().regex(/^(country|region|enclave|place)\/[A-Za-z0-9-]+$/, 'must be country/…, region/…, enclave/… or place/…'),
    name: perLocale,
    map: perLocale.optional(),
    at: perLocale.optional(),
  })
  .strict();
type GazetteerRow = z.infer<typeof rowSchema>;

/** The names a map needs that are not places': they travel to the browser with the states. */
export interface MapNames {
  countries: Record<string, string>;
  regions: Record<string, string>;
  enclaves: Record<string, string>;
}

export interface Names extends MapNames {
  /** a place's name, in full ("Dostuk (Batken district)") */
  place(id: string): string;
  /** its name on a map label, where a shorter form exists */
  placeOnMap(id: string): string;
  /** "at Kok-Tash": where a stand-in marker is drawn */
  placeAt(id: string): string;
}

const cache = new Map<string, GazetteerRow[]>();

/** The gazetteer, checked against the data set, the geometry's enclaves and the locales. */
export function readGazetteer(dataset: Pick<Dataset, 'places'>, root = process.cwd()): GazetteerRow[] {
  const hit = cache.get(root);
  if (hit) return hit;
  const file = GAZETTEER_FILE;
  const { rows, issues } = readYamlTable(file, readFileSync(join(root, file), 'utf8'));
  const out: GazetteerRow[] = [];
  const problems: DataIssue[] = [...issues];
  const tags = loadLocales(root).map((l) => l.tag);
  for (const r of rows) {
    const parsed = rowSchema.safeParse(r.value);
    if (!parsed.success) {
      for (const i of parsed.error.issues) problems.push({ file, row: r.row, id: r.id, line: r.line, field: i.path.join('.'), message: i.message });
      continue;
    }
    for (const tag of tags) {
      for (const col of ['name', 'map', 'at'] as const) {
        if (parsed.data[col] && !parsed.data[col]![tag]) problems.push({ file, row: r.row, id: r.id, line: r.line, field: `${col}.${tag}`, message: `locale "${tag}": no ${col === 'name' ? 'name' : `${col} form`}` });
      }
    }
    out.push(parsed.data);
  }
  const have = new Set(out.map((r) => r.id));
  const enclaves = (parse(readFileSync(join(root, 'data/geo/enclaves.yaml'), 'utf8')) as { id: string }[]).map((e) => e.id);
  const wanted = [
    ...COUNTRIES.map((c) => `country/${c}`),
    ...REGION_IDS.map((r) => `region/${r}`),
    ...enclaves.map((e) => `enclave/${e}`),
    ...dataset.places.map((p) => `place/${p.id}`),
  ];
  for (const id of wanted) if (!have.has(id)) problems.push({ file, id, message: 'no row: every country, region, enclave and place the story can show needs its names here' });
  for (const id of have) if (!wanted.includes(id)) problems.push({ file, id, message: 'names nothing the story has (no such country, region, enclave or place)' });
  for (const p of dataset.places) {
    const en = out.find((r) => r.id === `place/${p.id}`)?.name[SOURCE_LOCALE];
    if (en !== undefined && en !== p.name) problems.push({ file, id: `place/${p.id}`, field: `name.${SOURCE_LOCALE}`, message: `"${en}" is not the name data/tables/places.yaml gives ("${p.name}")` });
    const proxy = 'proxy' in p.location ? p.location.proxy : null;
    if (proxy && needsAt(p, dataset.places) && !out.find((r) => r.id === `place/${proxy}`)?.at) {
      problems.push({ file, id: `place/${proxy}`, message: `needs an "at" form: ${p.id} is drawn at it` });
    }
  }
  if (problems.length) throw new DataError(problems);
  cache.set(root, out);
  return out;
}

type PlaceLike = Dataset['places'][number];
// as map/names.ts bareName (i18n cannot import map/, which imports i18n/)
const bare = (n: string) => n.replace(/\s*\([^)]*\)$/, '');

/** Whether a place drawn at another's position says where ("Golovnoi intake, at Kok-Tash"): not
 * a district (named at its centre), nor a place whose name holds the other's already. Decided on
 * the source names, so every edition says it at the same places. */
export function needsAt(p: PlaceLike, all: PlaceLike[]): boolean {
  if (!('proxy' in p.location) || p.kind === 'district') return false;
  const proxy = all.find((q) => q.id === (p.location as { proxy: string }).proxy);
  return !!proxy && !bare(p.name).includes(bare(proxy.name));
}

export function namesFor(tag: string, dataset: Pick<Dataset, 'places'>, root = process.cwd()): Names {
  const rows = readGazetteer(dataset, root);
  const by = new Map(rows.map((r) => [r.id, r]));
  const pick = (prefix: string) => Object.fromEntries(rows.filter((r) => r.id.startsWith(`${prefix}/`)).map((r) => [r.id.slice(prefix.length + 1), r.name[tag]!]));
  const row = (id: string) => {
    const r = by.get(`place/${id}`);
    if (!r) throw new Error(`${GAZETTEER_FILE}: no place/${id}`);
    return r;
  };
  return {
    countries: pick('country'),
    regions: pick('region'),
    enclaves: pick('enclave'),
    place: (id) => row(id).name[tag]!,
    placeOnMap: (id) => row(id).map?.[tag] ?? row(id).name[tag]!,
    placeAt: (id) => row(id).at?.[tag] ?? row(id).name[tag]!,
  };
}
