/** The credit line every map carries (OSM data is ODbL; Natural Earth public domain; GeoNames CC BY 4.0). */
export const MAP_ATTRIBUTION = '© OpenStreetMap contributors, Natural Earth, GeoNames';

/** The credit line under a chart. */
export const CHART_CREDIT = 'Sources: official figures and reports, listed under “How we know”.';
