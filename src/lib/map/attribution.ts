/** The credit lines maps and charts carry, in the reader's locale (OSM data is ODbL; Natural Earth
 * public domain; GeoNames CC BY 4.0). */
import type { Formats } from '../i18n/format.ts';

export const mapAttribution = (fmt: Pick<Formats, 't'>): string => fmt.t('credit.map');
export const chartCredit = (fmt: Pick<Formats, 't'>): string => fmt.t('credit.chart');
