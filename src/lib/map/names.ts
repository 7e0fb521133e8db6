/**
 * How a place is named on a map: without the brackets that tell namesakes apart in the text (the
 * map shows where it is), and with where a stand-in marker is drawn.
 */
import type { Formats } from '../i18n/format.ts';
import type { MapPlace } from './frame.ts';

/** A name without the brackets that tell namesakes apart in the text ("Dostuk (Batken district)"). */
export const bareName = (name: string) => name.replace(/\s*\([^)]*\)$/, '');

/** How a place is named on a map: no disambiguating brackets (the map shows where it is), and,
 * when the marker stands in for an unknown exact position, where it is drawn or that it is approximate. */
export function mapName(place: Pick<MapPlace, 'name' | 'approximate' | 'at'>, fmt: Formats): string {
  const { text, sub } = mapLabelLines(place, fmt);
  return sub ? `${text}, ${sub}` : text;
}

/** The same, as a label's two lines: where the marker is drawn goes on the second, smaller one
 * ("Golovnoi intake" over "at Kok-Tash"), so the label is half as wide. */
export function mapLabelLines(place: Pick<MapPlace, 'name' | 'approximate' | 'at'>, fmt: Formats): { text: string; sub?: string } {
  const name = bareName(place.name);
  if (place.at) return { text: name, sub: place.at };
  return { text: place.approximate ? fmt.t('map.approximate', { name }) : name };
}