/** The licence of the text and the graphics. */
export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** The credit every graphic carries: the site's name in the edition, and the licence. */
export const kitCredit = (fmt: Pick<Formats, 't'>): string => `${fmt.t('page.site_name')} · ${LICENCE.name}`;

/** A graphic's one-line source: the outlets its rows rest on, and for a map, the map data's credit. */
import type { Formats } from '../i18n/format.ts';
import { graphicOutlets, type StoryGraphic } from './registry.ts';

export function graphicSourceLine(g: Pick<StoryGraphic, 'cited'>, fmt: Pick<Formats, 't' | 'list'>): string {
  const outlets = graphicOutlets(g);
  if (outlets.length === 0) return fmt.t('kit.map_data');
  // a map's own credit (the map data's) is drawn on it
  return fmt.t('kit.sources', { outlets: fmt.list(outlets) });
}
