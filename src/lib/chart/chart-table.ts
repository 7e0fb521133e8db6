/**
 * The table behind every chart: the same figures as text, with the qualifiers and the rows they
 * come from, for screen readers, for readers who prefer numbers, and for anyone checking.
 */
import { formatDate, parsePartialDate } from '../data/dates.ts';
import type { ChartState } from '../state/schema.ts';
import type { ChartData } from './chart-data.ts';
import { formatFigure, formatValue } from './format-figure.ts';
import type { ChartTable } from './marks.ts';

const date = (text: string) => {
  const d = parsePartialDate(text);
  return typeof d === 'string' ? text : formatDate(d);
};
const sideName = (s: string) => ({ KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', both: 'both', media: 'press', reference: 'reference work' })[s] ?? s;

export function chartTable(state: ChartState, data: ChartData): ChartTable {
  switch (state.kind) {
    case 'length-claims':
      return {
        caption: 'Figures given for the length of the border',
        head: ['Who', 'Length (km)', 'Side'],
        rows: data.lengthClaims.map((c) => [c.label, `${c.qualifier === 'about' ? 'about ' : ''}${formatValue(c.km)}`, sideName(c.side)]),
      };
    case 'km-agreed':
      return {
        caption: 'How much of the border officials said was agreed (official claims)',
        head: ['When', 'Who', 'Agreed', 'Share'],
        rows: data.kmAgreed.map((c) => [
          date(c.date),
          c.claimant,
          c.km !== undefined ? `${formatValue(c.km)} km${c.ofKm !== undefined ? ` of ${formatValue(c.ofKm)}` : ''}` : '–',
          `${c.qualifier === 'more-than' ? 'more than ' : c.qualifier === 'about' ? 'about ' : ''}${formatValue(c.percent)}%${c.percentGiven ? '' : ' (computed)'}`,
        ]),
      };
    case 'documents':
      return {
        caption: 'Soviet-era documents each side cites',
        head: ['Year', 'Document', 'Cited by'],
        rows: data.documents.map((d) => [d.endYear ? `${d.year}–${d.endYear}` : String(d.year), d.title, sideName(d.citedBy)]),
      };
    case 'incidents':
      return {
        caption: 'Deaths in border clashes, 2014–2022 (both sides, as reported)',
        head: ['When', 'Killed'],
        rows: data.incidents.map((i) => [date(i.date), formatFigure(i.killed)]),
      };
    case 'toll-2021':
      return {
        caption: 'April–May 2021: the toll on each side, as officially reported',
        head: ['', 'Kyrgyzstan', 'Tajikistan'],
        rows: data.toll2021.map((p) => [p.metric, formatFigure(p.KGZ), formatFigure(p.TJK)]),
      };
    case 'tolls-2022':
      return {
        caption: 'September 2022: deaths as each government reported them',
        head: ['Reported', 'Government', 'Killed'],
        rows: data.tolls2022.map((p) => [p.label ?? date(p.date), sideName(p.side), `${p.value}${p.partial ? ` (${p.partial})` : ''}${p.final ? ' (final)' : ''}`]),
      };
    case 'civilians-2022': {
      const c = data.civilians2022;
      return {
        caption: 'Civilians killed and injured in September 2022, both sides (Human Rights Watch)',
        head: ['', 'Killed', 'Injured'],
        rows: [
          ['Documented by HRW', formatFigure(c.documented.killed), formatFigure(c.documented.injured)],
          ['HRW estimate', formatFigure(c.estimate.killed), formatFigure(c.estimate.injured)],
        ],
      };
    }
    case 'compare':
      return {
        caption: '2021 and 2022 side by side',
        head: ['', 'Kyrgyzstan', 'Tajikistan'],
        rows: data.compare.map((c) => [`${c.metric}, ${c.year}`, formatFigure(c.KGZ), formatFigure(c.TJK)]),
      };
    case 'settlement':
      return {
        caption: 'The 2025 land swaps as Kyrgyzstan described them (hectares)',
        head: ['Item', 'To Tajikistan', 'To Kyrgyzstan'],
        rows: data.settlement.map((s) => [
          s.note ? `${s.item} (${s.note})` : s.item,
          s.toTJK === null ? '–' : formatValue(s.toTJK),
          s.toKGZ === null ? '–' : formatValue(s.toKGZ),
        ]),
      };
    case 'settlement-totals':
      return {
        caption: 'The totals reported for the 2025 land swaps (hectares)',
        head: ['Reported by', 'To Tajikistan', 'To Kyrgyzstan'],
        rows: data.settlementTotals.map((t) => [
          t.item,
          t.toTJK === null ? (t.otherWay ?? '–') : `${t.about ? 'about ' : ''}${formatValue(t.toTJK)}`,
          t.toKGZ === null ? '–' : `${t.about ? 'about ' : ''}${formatValue(t.toKGZ)}`,
        ]),
      };
    case 'tj-counts-2022':
      return {
        caption: 'Counts of the Tajik dead of September 2022',
        head: ['Who counted', 'Killed'],
        rows: data.tjCounts2022.map((c) => [`${c.label} (${c.note})`, formatFigure(c.figure)]),
      };
    case 'resettlement':
      return {
        caption: 'Homes exchanged and houses built in the 2025 resettlement',
        head: ['', 'Houses'],
        rows: [
          ...data.resettlement.exchanged.map((r) => [`Handed over, ${r.label}`, formatValue(r.value)]),
          ...data.resettlement.built.map((r) => [`Built, ${r.label}`, formatValue(r.value)]),
        ],
      };
  }
}
