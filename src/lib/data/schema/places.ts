/** 5. The places gazetteer, and where each place is drawn (data/tables/places.yaml). */
import { z } from 'zod';
import { COUNTRIES } from '../../geo/country-codes.ts';
import { httpUrl, slug, text } from './fields.ts';
import { sourced } from './provenance.ts';

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);

export const locationSchema = z.union([
  z.object({ lon, lat, source: z.literal('geonames'), geonames_id: z.number().int().positive() }).strict(),
  z.object({ lon, lat, source: z.literal('page'), outlet: text, url: httpUrl }).strict(),
  /** an end of the Kyrgyzstan–Tajikistan line in the map data, where a third country's border meets it */
  z.object({ lon, lat, source: z.literal('line-end'), meets: z.enum(['UZB', 'CHN']) }).strict(),
  z.object({ proxy: slug }).strict(),
  z.object({ unlocated: text }).strict(),
]);
export type Location = z.infer<typeof locationSchema>;

export const PLACE_KINDS = [
  'capital',
  'city',
  'town',
  'village',
  'enclave',
  'district',
  'facility',
  'checkpoint',
  'road',
  'monument',
  'junction',
  'river',
  'range',
] as const;

export const placeRow = z
  .object({
    id: slug,
    name: text,
    variants: z.array(text).default([]),
    country: z.enum(COUNTRIES).nullable(),
    kind: z.enum(PLACE_KINDS),
    location: locationSchema,
    /** true where the place is drawn at a proxy's coordinates */
    approximate: z.boolean(),
    role: text,
    /** why the point-in-country check cannot apply (it must say why) */
    check_country: text.optional(),
    ...sourced,
  })
  .strict()
  .refine((r) => ('proxy' in r.location) === r.approximate, {
    message: 'approximate must be true exactly when the location is a proxy',
    path: ['approximate'],
  });
export type PlaceRow = z.infer<typeof placeRow>;
