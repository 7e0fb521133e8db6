/**
 * Where the classroom kit is published, within each edition (/classroom/, /ru/classroom/), and the
 * outline map files as the page and the tests name them.
 */
import { translatorFor } from '../i18n/load-messages.ts';
import { OUTLINE_KINDS, outlineMapSvg, type OutlineKind } from './outline-maps.ts';

export const CLASSROOM = 'classroom/';
export const OUTLINE_MAPS = OUTLINE_KINDS;
export const outlineMapPath = (kind: OutlineKind): string => `${CLASSROOM}outline-${kind}.svg`;

/** A blank map's title in an edition's words (ui.yaml, classroom.map_region / map_isfara). */
export const outlineMapTitle = (kind: OutlineKind, tag: string): string => translatorFor(tag).t(kind === 'region' ? 'classroom.map_region' : 'classroom.map_isfara');

/** A blank map as the edition publishes it. */
export const outlineMapFile = (kind: OutlineKind, tag: string): Promise<string> => outlineMapSvg(kind, tag, { title: outlineMapTitle(kind, tag) });
