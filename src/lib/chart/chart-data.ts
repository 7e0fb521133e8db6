/**
 * The data behind each chart, taken from the tables at build time. Every value keeps the id of
 * the row it came from, so a chart can list its sources and the tests can trace every number.
 * The result is small and plain JSON: it is what the page ships to the browser for its charts.
 */
import { dateSpan, parsePartialDate, type PartialDate } from '../data/dates.ts';
import type { CasualtyRow, DelimitationRow, ImpactRow } from '../data/schema.ts';
import type { Dataset, TableName } from '../data/tables.ts';

export type Side = 'KGZ' | 'TJK' | 'both';

/** A figure as a chart shows it: value, its qualifier, and the row it comes from. */
export interface Figure {
  ref: string;
  value: number | null;
  max?: number;
  qualifier: 'exact' | 'about' | 'at-least' | 'more-than' | 'up-to';
}

export interface LengthClaim {
  ref: string;
  km: number;
  qualifier: Figure['qualifier'];
  label: string;
  side: DelimitationRow['side'];
  final: boolean;
}

export interface AgreedClaim {
  ref: string;
  /** when the claim was made, UTC ms */
  t: number;
  date: string;
  km?: number;
  ofKm?: number;
  /** share agreed: the percentage the claimant gave, or km ÷ the total the same claimant gave */
  percent: number;
  percentGiven: boolean;
  qualifier: Figure['qualifier'];
  series: boolean;
  label?: string;
  claimant: string;
}

export interface Incident {
  ref: string;
  t: number;
  date: string;
  label: string;
  killed: Figure;
}

export interface SidePair {
  metric: string;
  unit: string;
  KGZ: Figure;
  TJK: Figure;
}

export interface TollPoint {
  ref: string;
  side: 'KGZ' | 'TJK';
  t: number;
  date: string;
  label?: string;
  value: number;
  final: boolean;
  /** a figure that counts something else (only civilians, say) and is not on the line */
  partial?: string;
}

export interface Document {
  ref: string;
  year: number;
  endYear?: number;
  title: string;
  citedBy: 'KGZ' | 'TJK' | 'both';
}

export interface SwapItem {
  ref: string;
  item: string;
  toTJK: number | null;
  toKGZ: number | null;
  /** a short qualifier under the item ("Dostuk's 91 ha included") */
  note?: string;
}

/** A reported total of the 2025 swaps, each way. */
export interface SwapTotal {
  ref: string;
  item: string;
  toTJK: number | null;
  toKGZ: number | null;
  about: boolean;
  /** what the other way was said to be, where only one way has a figure */
  otherWay?: string;
}

/** One count of the dead, with who made it. */
export interface Count {
  ref: string;
  label: string;
  note: string;
  figure: Figure;
  official: boolean;
}

/** A count of houses in the 2025 resettlement, with the row it comes from. */
export interface HouseCount {
  ref: string;
  label: string;
  value: number;
  side: 'KGZ' | 'TJK' | 'both';
}

export interface ChartData {
  lengthClaims: LengthClaim[];
  kmAgreed: AgreedClaim[];
  documents: Document[];
  incidents: Incident[];
  toll2021: SidePair[];
  tolls2022: TollPoint[];
  civilians2022: { documented: { killed: Figure; injured: Figure }; estimate: { killed: Figure; injured: Figure } };
  compare: { metric: string; year: 2021 | 2022; KGZ: Figure; TJK: Figure }[];
  settlement: SwapItem[];
  settlementTotals: SwapTotal[];
  tjCounts2022: Count[];
  resettlement: { exchanged: HouseCount[]; built: HouseCount[] };
}

const at = (text: string): PartialDate => {
  const d = parsePartialDate(text);
  if (typeof d === 'string') throw new Error(d);
  return d;
};
/** A partial date placed in the middle of the period it names. */
const mid = (text: string) => {
  const [a, b] = dateSpan(at(text));
  return Math.round((a + b) / 2 / 1000) * 1000;
};

function rowFinder(dataset: Dataset) {
  return <T extends TableName>(table: T, id: string): Dataset[T][number] => {
    const row = (dataset[table] as { id: string }[]).find((r) => r.id === id);
    if (!row) throw new Error(`chart data needs ${table}/${id}, which does not exist`);
    return row as Dataset[T][number];
  };
}

const figure = (table: 'casualties' | 'impact', row: CasualtyRow | ImpactRow): Figure => ({
  ref: `${table}/${row.id}`,
  value: row.value,
  ...(row.value_max !== undefined ? { max: row.value_max } : {}),
  qualifier: row.qualifier,
});

export function buildChartData(dataset: Dataset): ChartData {
  const row = rowFinder(dataset);
  const cas = (id: string) => figure('casualties', row('casualties', id));
  const imp = (id: string) => figure('impact', row('impact', id));

  const lengthClaims = dataset.delimitation
    .filter((d) => d.kind === 'length')
    .map((d) => ({
      ref: `delimitation/${d.id}`,
      km: d.km!,
      qualifier: d.qualifier,
      label: d.chart_label ?? d.claimant,
      side: d.side,
      final: d.id === 'length-final',
    }))
    .sort((a, b) => a.km - b.km);

  const kmAgreed = dataset.delimitation
    .filter((d) => d.kind === 'agreed' && (d.percent !== undefined || (d.km !== undefined && d.of_km !== undefined)))
    .map((d) => {
      const percentGiven = d.percent !== undefined;
      const percent = percentGiven ? d.percent! : Math.round((d.km! / d.of_km!) * 1000) / 10;
      return {
        ref: `delimitation/${d.id}`,
        t: mid(d.claimed),
        date: d.claimed,
        ...(d.km !== undefined ? { km: d.km } : {}),
        ...(d.of_km !== undefined ? { ofKm: d.of_km } : {}),
        percent,
        percentGiven,
        qualifier: d.qualifier,
        series: d.series,
        ...(d.chart_label ? { label: d.chart_label } : {}),
        claimant: d.claimant,
      };
    })
    .sort((a, b) => a.t - b.t);

  const documents = dataset.documents.map((d) => ({
    ref: `documents/${d.id}`,
    year: d.year,
    ...(d.end_year !== undefined ? { endYear: d.end_year } : {}),
    title: d.title,
    citedBy: d.cited_by,
  }));

  // Deaths per episode, 2014–2022: the combined or per-side final figures, named row by row.
  const episode = (id: string, label: string, killedRef: string) => {
    const t = row('timeline', id);
    return { ref: `timeline/${id}`, t: mid(t.date), date: t.date, label, killed: cas(killedRef) };
  };
  const incidents: Incident[] = [
    episode('bypass-road-shootout-2014', 'Jan 2014', 'bypass-road-2014-killed'),
    episode('vorukh-shooting-july-2014', 'Jul 2014', 'july-2014-tj-killed'),
    episode('vorukh-clashes-march-2019', 'Mar 2019', 'march-2019-killed'),
    episode('vorukh-flagpole-july-2019', 'Jul 2019', 'july-2019-tj-killed'),
    { ...episode('ovchi-kalacha-shootout-2019', 'Sep 2019', 'sept-2019-tj-killed'), killed: { ref: 'casualties/sept-2019-tj-killed+casualties/sept-2019-kg-killed', value: cas('sept-2019-tj-killed').value! + cas('sept-2019-kg-killed').value!, qualifier: 'exact' } },
    episode('april-2021-clashes', 'Apr 2021', 'april-2021-combined-killed'),
    episode('tort-kocho-clash-2022', 'Jan 2022', 'january-2022-tj-killed'),
    episode('kekh-exchange-june-2022', 'Jun 2022', 'june-2022-tj-killed'),
    episode('september-2022-clashes', 'Sep 2022', 'sept-2022-combined-killed'),
  ];

  const toll2021: SidePair[] = [
    { metric: 'Killed', unit: 'people', KGZ: cas('april-2021-kg-killed-final'), TJK: cas('april-2021-tj-killed-final') },
    { metric: 'Injured', unit: 'people', KGZ: cas('april-2021-kg-injured-ifrc'), TJK: cas('april-2021-tj-injured') },
    { metric: 'Evacuated', unit: 'people', KGZ: imp('april-2021-kg-evacuated'), TJK: imp('april-2021-tj-evacuated') },
    { metric: 'Houses damaged or destroyed', unit: 'houses', KGZ: imp('april-2021-kg-houses-later'), TJK: imp('april-2021-tj-houses') },
  ];

  // The running official tolls of September 2022, as each government reported them.
  const toll = (id: string, extra: Partial<TollPoint> = {}): TollPoint => {
    const r = row('casualties', id);
    return {
      ref: `casualties/${r.id}`,
      side: r.side as 'KGZ' | 'TJK',
      t: mid(r.as_of!),
      date: r.as_of!,
      value: r.value!,
      final: r.final,
      ...(r.as_of_label ? { label: r.as_of_label } : {}),
      ...extra,
    };
  };
  const tolls2022: TollPoint[] = [
    toll('sept-2022-kg-killed-16'),
    toll('sept-2022-kg-killed-17'),
    toll('sept-2022-kg-killed-18-morning'),
    toll('sept-2022-kg-killed-18'),
    toll('sept-2022-kg-killed-59'),
    toll('sept-2022-kg-killed-24'),
    toll('sept-2022-kg-killed-final'),
    toll('sept-2022-tj-civilians-killed-17', { partial: 'civilians only' }),
    toll('sept-2022-tj-killed-18'),
    toll('sept-2022-tj-killed-final'),
  ];

  const civilians2022 = {
    documented: { killed: cas('sept-2022-hrw-civilians-killed'), injured: cas('sept-2022-hrw-civilians-injured') },
    estimate: { killed: cas('sept-2022-hrw-civilians-killed-estimate'), injured: cas('sept-2022-hrw-civilians-injured-estimate') },
  };

  const compare: ChartData['compare'] = [
    { metric: 'Killed', year: 2021, KGZ: cas('april-2021-kg-killed-final'), TJK: cas('april-2021-tj-killed-final') },
    { metric: 'Killed', year: 2022, KGZ: cas('sept-2022-kg-killed-final'), TJK: cas('sept-2022-tj-killed-final') },
    { metric: 'Evacuated', year: 2021, KGZ: imp('april-2021-kg-evacuated'), TJK: imp('april-2021-tj-evacuated') },
    { metric: 'Evacuated', year: 2022, KGZ: imp('sept-2022-kg-evacuated-total'), TJK: imp('sept-2022-tj-evacuated') },
  ];

  // Each hectare once: Dostuk's village land is inside the Batken-district swap, so Dostuk's own bar
  // is only the land Kyrgyzstan received for its new houses.
  const swap = (id: string, item: string, only?: 'toKGZ', note?: string): SwapItem => {
    const r = row('settlement', id);
    return {
      ref: `settlement/${id}`,
      item,
      toTJK: only ? null : (r.hectares_to_tjk ?? null),
      toKGZ: r.hectares_to_kgz ?? null,
      ...(note ? { note } : {}),
    };
  };
  const settlement = [
    swap('batken-district-swap', 'Batken district villages', undefined, "Dostuk's 91 ha included"),
    swap('dostuk-to-tajikistan', 'Land for Dostuk’s new houses', 'toKGZ'),
    swap('leilek-district-swap', 'Leilek district and Kayragach', undefined, 'includes 65 ha at Kara-Bak, Batken district'),
    swap('golovnoi-split', 'For half of Golovnoi, land elsewhere'),
    swap('roads', 'For roads, land at Lakkon'),
  ];

  const total = (id: string): SwapTotal => {
    const r = row('settlement', id);
    return {
      ref: `settlement/${id}`,
      item: r.item,
      toTJK: r.hectares_to_tjk ?? null,
      toKGZ: r.hectares_to_kgz ?? null,
      about: r.hectares_qualifier === 'about',
      ...(r.exchange_note ? { otherWay: r.exchange_note } : {}),
    };
  };
  const settlementTotals = [total('total-afp'), total('total-24kg')];

  const count = (id: string, label: string, note: string): Count => {
    const r = row('casualties', id);
    return { ref: `casualties/${id}`, label, note, figure: cas(id), official: r.account === 'official' };
  };
  const tjCounts2022 = [
    count('sept-2022-tj-killed-final', 'Tajikistan’s government', 'last official figure, 19 September'),
    count('sept-2022-tj-killed-mp', 'Saidjaffar Usmonzoda, MP', 'unofficial, 19 September'),
    count('sept-2022-tj-killed-rferl', 'RFE/RL’s Tajik Service', 'count from relatives and friends, October'),
  ];

  const exchanged = row('settlement', 'houses-exchanged');
  const resettlement = {
    exchanged: [
      { ref: 'settlement/houses-exchanged', label: 'Tajikistan to Kyrgyzstan', value: exchanged.houses_to_kgz!, side: 'KGZ' as const },
      { ref: 'settlement/houses-exchanged', label: 'Kyrgyzstan to Tajikistan', value: exchanged.houses_to_tjk!, side: 'TJK' as const },
    ],
    built: [
      { ref: 'settlement/zhany-dostuk-built', label: 'Zhany Dostuk, Batken district', value: row('settlement', 'zhany-dostuk-built').houses_built!, side: 'KGZ' as const },
      { ref: 'settlement/leilek-resettlement-built', label: 'Leilek district', value: row('settlement', 'leilek-resettlement-built').houses_built!, side: 'KGZ' as const },
    ],
  };

  return { lengthClaims, kmAgreed, documents, incidents, toll2021, tolls2022, civilians2022, compare, settlement, settlementTotals, tjCounts2022, resettlement };
}

/** Every row a chart kind rests on ("table/id"), for its sources and for tracing its numbers. */
export function chartRefs(data: ChartData, kind: string): string[] {
  const refs = (xs: { ref: string }[]) => xs.flatMap((x) => x.ref.split('+'));
  const figures = (xs: Figure[]) => xs.flatMap((f) => f.ref.split('+'));
  switch (kind) {
    case 'length-claims':
      return refs(data.lengthClaims);
    case 'km-agreed':
      return refs(data.kmAgreed);
    case 'documents':
      return refs(data.documents);
    case 'incidents':
      return [...refs(data.incidents), ...figures(data.incidents.map((i) => i.killed))];
    case 'toll-2021':
      return figures(data.toll2021.flatMap((p) => [p.KGZ, p.TJK]));
    case 'tolls-2022':
      return refs(data.tolls2022);
    case 'civilians-2022':
      return figures([data.civilians2022.documented.killed, data.civilians2022.documented.injured, data.civilians2022.estimate.killed, data.civilians2022.estimate.injured]);
    case 'compare':
      return [...new Set(figures(data.compare.flatMap((c) => [c.KGZ, c.TJK])))];
    case 'settlement':
      return refs(data.settlement);
    case 'settlement-totals':
      return [...refs(data.settlementTotals), 'settlement/totals-do-not-reconcile'];
    case 'tj-counts-2022':
      return refs(data.tjCounts2022);
    case 'resettlement':
      return [...new Set(refs([...data.resettlement.exchanged, ...data.resettlement.built]))];
    default:
      throw new Error(`no chart kind "${kind}"`);
  }
}
