/**
 * The live map's layers: the groups and elements the build wrote (render/map-svg.ts), taken over,
 * or made, in the same order, where the svg has none. `byId` is the data joins' key.
 */
import { select, type Selection } from 'd3-selection';

/**
 * A data join's key: the datum's id, or, for an element the build wrote (no datum bound yet), its
 * data-key attribute, so a join matches the server's elements instead of replacing them.
 */
export function byId(this: unknown, d: { id: string }): string {
  const datum = d as { id: string } | undefined;
  return datum === undefined ? ((this as Element).getAttribute('data-key') ?? '') : datum.id;
}

export type G = Selection<SVGGElement, unknown, null, undefined> | Selection<SVGSVGElement, unknown, null, undefined>;

export type MapLayers = ReturnType<typeof mapLayers>;

export function mapLayers(svg: SVGSVGElement) {
  const root = select(svg);
  /** the group or element of this class the build wrote, or a new one where it did not */
  const part = <E extends Element>(parent: G, tag: string, cls: string): Selection<E, unknown, null, undefined> => {
    const p = parent as Selection<SVGGElement, unknown, null, undefined>;
    const found = p.select<E>(`:scope > .${cls.split(' ')[0]}`);
    return (found.empty() ? p.append(tag).attr('class', cls) : found) as unknown as Selection<E, unknown, null, undefined>;
  };
  const layer = (parent: G, cls: string) => part<SVGGElement>(parent, 'g', cls);
  const camera = layer(root, 'map__camera');
  const water = part<SVGRectElement>(camera, 'rect', 'map__water');
  const countries = layer(camera, 'map__countries');
  const regions = layer(camera, 'map__regions');
  const lakes = part<SVGPathElement>(camera, 'path', 'map__lakes');
  const borders = part<SVGPathElement>(camera, 'path', 'map__borders');
  const enclaves = layer(camera, 'map__enclaves');
  const band = layer(camera, 'map__band-layer');
  const line = layer(camera, 'map__line-layer');
  const closure = layer(camera, 'map__closed-layer');
  const marks = layer(root, 'map__marks');
  const sectors = layer(marks, 'map__sectors');
  const leaders = layer(marks, 'map__leaders');
  const events = layer(marks, 'map__events');
  const places = layer(marks, 'map__places');
  const areaLabels = layer(marks, 'map__area-labels');
  const inset = layer(root, 'map__inset');
  const scale = layer(root, 'map__scale');

  return { root, camera, water, countries, regions, lakes, borders, enclaves, band, line, closure, marks, sectors, leaders, events, places, areaLabels, inset, scale };
}
