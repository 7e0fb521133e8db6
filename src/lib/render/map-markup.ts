/**
 * The classes, keys and shapes a map's elements carry, set alike by the one serialiser
 * (map-svg.ts) and the live renderer (client/render-map.ts, draw-map-marks.ts), so the two cannot
 * drift apart. Apart from the serialiser so the story's script loads these, not the whole
 * document writer it never calls (only embeds and the build write whole maps).
 */
import type { EventMark, Label, LinePiece, MapFrame, MapOverlay, PlaceMark } from '../map/frame.ts';
import type { Formats } from '../i18n/format.ts';

/** A label as drawn, with its key and class. */
export type DrawnLabel = Label & { cls: string };

/** Every label a frame prints, in drawing order, keyed so the live graphic can join them. */
export function mapLabels(o: MapOverlay): DrawnLabel[] {
  return [
    ...o.events.flatMap((e) => (e.label ? [{ ...e.label, id: `event-${e.label.id}`, cls: 'map__label map__label--event' }] : [])),
    ...o.places.flatMap((p) =>
      p.label ? [{ ...p.label, id: `place-${p.label.id}`, cls: `map__label ${p.district ? 'map__label--district' : `map__label--place${p.capital ? ' map__label--capital' : ''}`}` }] : [],
    ),
    ...o.sectors.flatMap((c) => (c.label ? [{ ...c.label, cls: 'map__label map__label--sector' }] : [])),
    ...o.enclaveLabels.map((l) => ({ ...l, cls: 'map__label map__label--enclave' })),
    ...o.regionLabels.map((l) => ({ ...l, cls: 'map__label map__label--region' })),
    ...o.countryLabels.map((l) => ({ ...l, cls: `map__label map__label--country map__label--${l.id}` })),
  ];
}

export const countryClass = (id: string, focus: boolean) => `map__country map__country--${id}${focus ? ' is-focus' : ''}`;
export const eventClass = (e: Pick<EventMark, 'approximate' | 'highlight'>) =>
  `map__event${e.approximate ? ' is-approximate' : ''}${e.highlight ? ' is-highlight' : ''}`;
export const placeClass = (p: Pick<PlaceMark, 'approximate'>) => (p.approximate ? 'map__place is-approximate' : 'map__place');
/** Markers drawn as dots: districts are names only. */
export const placeDots = (o: MapOverlay) => o.places.filter((p) => !p.district);
/** The dash pattern a piece of the line is drawn with ('none': in full). */
export const lineDashOf = (o: MapOverlay, piece: Pick<LinePiece, 'id'>) => o.line.dashes[piece.id] ?? 'none';
export const shownRegions = (f: MapFrame) => f.regions.filter((c) => f.overlay.regions.includes(c.id));
export const shownEnclaves = (f: MapFrame) => f.enclaves.filter((c) => f.overlay.enclaves.includes(c.id));
export const scaleBarPath = (width: number) => `M0,-4V0H${width}V-4`;
export const insetTransform = (frame: Pick<MapFrame, 'width'>, inset: { width: number }) => `translate(${frame.width - inset.width - 8},8)`;

/** The running km figure as the graphic prints it. */
export const counterText = (km: number, fmt: Pick<Formats, 't'>): string => fmt.t('map.counter', { km });

