/** The countries on the maps: ISO 3166-1 alpha-3 ids, as in the TopoJSON and the places table. */
export const COUNTRIES = ['KGZ', 'TJK', 'UZB', 'KAZ', 'CHN', 'AFG', 'TKM', 'PAK'] as const;
export type CountryCode = (typeof COUNTRIES)[number];
