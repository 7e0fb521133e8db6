import type { CountryCode } from './country-codes.ts';

/** English short names of the countries on the maps (ISO 3166-1 alpha-3 ids, as in the TopoJSON). */
export const COUNTRY_NAMES: Record<CountryCode, string> = {
  KGZ: 'Kyrgyzstan',
  TJK: 'Tajikistan',
  UZB: 'Uzbekistan',
  KAZ: 'Kazakhstan',
  CHN: 'China',
  AFG: 'Afghanistan',
  TKM: 'Turkmenistan',
  PAK: 'Pakistan',
};
