/** The tables under data/tables/, in the order the data README describes them. */
import type { ZodTypeAny } from 'zod';
import {
  casualtyRow,
  claimRow,
  contextRow,
  documentRow,
  delimitationRow,
  glossaryRow,
  impactRow,
  placeRow,
  settlementRow,
  timelineRow,
  type CasualtyRow,
  type ClaimRow,
  type ContextRow,
  type DocumentRow,
  type DelimitationRow,
  type GlossaryRow,
  type ImpactRow,
  type PlaceRow,
  type SettlementRow,
  type TimelineRow,
} from './schema.ts';

export const TABLES = {
  timeline: { file: 'timeline.yaml', schema: timelineRow },
  casualties: { file: 'casualties.yaml', schema: casualtyRow },
  impact: { file: 'impact.yaml', schema: impactRow },
  delimitation: { file: 'delimitation.yaml', schema: delimitationRow },
  places: { file: 'places.yaml', schema: placeRow },
  claims: { file: 'claims.yaml', schema: claimRow },
  documents: { file: 'documents.yaml', schema: documentRow },
  context: { file: 'context.yaml', schema: contextRow },
  glossary: { file: 'glossary.yaml', schema: glossaryRow },
  settlement: { file: 'settlement.yaml', schema: settlementRow },
} as const satisfies Record<string, { file: string; schema: ZodTypeAny }>;

export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

export interface Dataset {
  timeline: TimelineRow[];
  casualties: CasualtyRow[];
  impact: ImpactRow[];
  delimitation: DelimitationRow[];
  places: PlaceRow[];
  claims: ClaimRow[];
  documents: DocumentRow[];
  context: ContextRow[];
  glossary: GlossaryRow[];
  settlement: SettlementRow[];
}
