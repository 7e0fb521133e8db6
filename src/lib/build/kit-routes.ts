/**
 * The static paths of the kit's pages and files, for the routes at the root (the source locale)
 * and under src/pages/[lang]/ (every other edition): one list, so both sets of routes publish
 * the same things. Build time only.
 */
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { foldedEditions } from '../site/editions.ts';
import { editionKit } from './kit.ts';

type Edition = { params: { lang?: string }; props: { tag: string } };

/** The source locale's edition (at the root) or every other (in its folder). */
export const editionsAt = (folded: boolean): Edition[] => (folded ? foldedEditions() : [{ params: {}, props: { tag: SOURCE_LOCALE } }]);

/** One path per graphic of each edition: `graphic` is its id. */
export async function graphicRoutes(folded: boolean) {
  const routes = await Promise.all(
    editionsAt(folded).map(async (e) => (await editionKit(e.props.tag)).files.map((f) => ({ params: { ...e.params, graphic: f.graphic.id }, props: { tag: e.props.tag, id: f.graphic.id } }))),
  );
  return routes.flat();
}

/** One path per file of each graphic (graphics/<id>.png, .svg, .csv or .geojson): `file` is its name. */
export async function graphicFileRoutes(folded: boolean) {
  const routes = await Promise.all(
    editionsAt(folded).map(async (e) =>
      (await editionKit(e.props.tag)).files.flatMap((f) =>
        [`${f.graphic.id}.png`, `${f.graphic.id}.svg`, f.data.path.replace(/^graphics\//, '')].map((file) => ({ params: { ...e.params, file }, props: { tag: e.props.tag, file } })),
      ),
    ),
  );
  return routes.flat();
}

const TYPES: Record<string, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json',
  json: 'application/json',
  zip: 'application/zip',
  html: 'text/html; charset=utf-8',
};

export const fileResponse = (body: string | Uint8Array, name: string): Response => new Response(body as BodyInit, { headers: { 'Content-Type': TYPES[name.split('.').pop()!] ?? 'application/octet-stream' } });

/** A graphic's file by its name. */
export async function graphicFile(tag: string, file: string): Promise<Response> {
  const kit = await editionKit(tag);
  const id = file.replace(/\.[a-z]+$/, '');
  const f = kit.files.find((x) => x.graphic.id === id)!;
  const body = file.endsWith('.png') ? f.png : file.endsWith('.svg') ? f.svg : f.data.body;
  return fileResponse(body, file);
}
