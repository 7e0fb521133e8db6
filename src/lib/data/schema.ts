/**
 * The schema of every hand-curated table under data/tables/. A row that does not parse stops
 * the build (see validate.ts), so these types are exactly what the site can rely on.
 *
 * One file per table under schema/, with the shared field types (fields.ts) and the provenance
 * every row carries (provenance.ts); this index re-exports them, so import from here.
 */
export { COUNTRIES, type CountryCode } from '../geo/country-codes.ts';
export { QUALIFIERS, httpUrl, partialDate } from './schema/fields.ts';
export {
  CONFIDENCE,
  FACTCHECK_OMISSIONS,
  FACTCHECK_ROWS,
  FACTS_ID_RANGES,
  FACTS_SECTIONS,
  factId,
  sourceSchema,
  type Confidence,
  type Source,
} from './schema/provenance.ts';
export { TIMELINE_KINDS, timelineRow, type TimelineRow } from './schema/timeline.ts';
export { ACCOUNTS, CASUALTY_METRICS, IMPACT_METRICS, SIDES, casualtyRow, impactRow, type CasualtyRow, type ImpactRow } from './schema/figures.ts';
export { CLAIMANT_SIDES, DELIMITATION_KINDS, delimitationRow, type DelimitationRow } from './schema/delimitation.ts';
export { PLACE_KINDS, locationSchema, placeRow, type Location, type PlaceRow } from './schema/places.ts';
export { claimRow, type ClaimRow } from './schema/claims.ts';
export { glossaryRow, type GlossaryRow } from './schema/glossary.ts';
export { documentRow, type DocumentRow } from './schema/documents.ts';
export { contextRow, type ContextRow } from './schema/context.ts';
export { settlementRow, type SettlementRow } from './schema/settlement.ts';
