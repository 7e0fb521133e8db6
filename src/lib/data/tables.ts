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
  timeline: { file: 'timeline.yaml', schema: timelineRow, title: 'Timeline of incidents and milestones, 1989–2025' },
  casualties: { file: 'casualties.yaml', schema: casualtyRow, title: 'Casualties per episode and side, as reported' },
  impact: { file: 'impact.yaml', schema: impactRow, title: 'Evacuation, displacement and destruction' },
  delimitation: { file: 'delimitation.yaml', schema: delimitationRow, title: 'Border length and "km agreed" claims' },
  places: { file: 'places.yaml', schema: placeRow, title: 'Places gazetteer' },
  claims: { file: 'claims.yaml', schema: claimRow, title: 'Contested claims, side by side' },
  documents: { file: 'documents.yaml', schema: documentRow, title: 'The Soviet-era documents each side cites' },
  context: { file: 'context.yaml', schema: contextRow, title: 'Context: geography, counts and findings' },
  glossary: { file: 'glossary.yaml', schema: glossaryRow, title: 'Glossary' },
  settlement: { file: 'settlement.yaml', schema: settlementRow, title: 'The 2025 settlement, as Kyrgyzstan described it' },
} as const satisfies Record<string, { file: string; schema: ZodTypeAny; title: string }>;

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
