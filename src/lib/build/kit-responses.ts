/** The kit's endpoints' responses: oEmbed records, the catalogue, the ZIPs, the text to republish. */
import { dataZipPath, kitZipPath } from '../graphics/paths.ts';
import { catalogue, dataZip, editionKit, kitZip, oembedRecord } from './kit.ts';
import { editionsAt, fileResponse } from './kit-routes.ts';
import { republishDocument } from './republish-text.ts';

const json = (value: unknown) => fileResponse(`${JSON.stringify(value, null, 2)}\n`, 'x.json');

export async function oembedResponse(tag: string, id: string): Promise<Response> {
  const kit = await editionKit(tag);
  return json(oembedRecord(kit, kit.files.find((f) => f.graphic.id === id)!));
}

export const catalogueResponse = async (tag: string): Promise<Response> => json(catalogue(await editionKit(tag)));

/** downloads/<name>.zip for each edition: its graphics, and its data set. */
export const zipRoutes = (folded: boolean) =>
  editionsAt(folded).flatMap((e) =>
    (['graphics', 'data'] as const).map((kind) => ({
      params: { ...e.params, zip: (kind === 'graphics' ? kitZipPath(e.props.tag) : dataZipPath(e.props.tag)).replace(/^downloads\//, '') },
      props: { tag: e.props.tag, kind },
    })),
  );

export async function zipResponse(tag: string, kind: 'graphics' | 'data'): Promise<Response> {
  const kit = await editionKit(tag);
  return fileResponse(kind === 'graphics' ? kitZip(kit) : dataZip(kit), 'x.zip');
}

export const republishResponse = async (tag: string): Promise<Response> => fileResponse(republishDocument(await editionKit(tag)), 'x.html');
