/** The credit line every map carries (OSM data is ODbL; Natural Earth public domain; GeoNames CC BY 4.0). */
export const MAP_ATTRIBUTION = '© OpenStreetMap contributors (ODbL); Natural Earth; GeoNames';
