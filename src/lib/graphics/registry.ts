/**
 * The story's graphics, as a newsroom takes them: one entry per distinct graphic the story shows.
 * Consecutive steps that show the same state (a claim and its counter-claim on one map) are one
 * graphic, named by the first of them; the opening map, above the first step, is one too. Every
 * form of the newsroom kit (embed pages, PNG and SVG statics, CSV and GeoJSON, oEmbed, the
 * catalogue, the republish page) is made from these entries, in every edition alike.
 */
import type { LegendItem } from '../story/legend.ts';
import type { CitedRow, Story, StoryStep } from '../story/build-story.ts';
import type { GraphicState } from '../state/schema.ts';
import { BEFORE_STATE } from '../state/defaults.ts';
import type { Source } from '../data/schema.ts';

export const OPENING_GRAPHIC = 'opening';

export interface StoryGraphic {
  /** the first step's id ("opening" for the map above the first step): its files' and pages' name */
  id: string;
  kind: 'map' | 'chart';
  /** the steps that show it, in order (none for the opening map) */
  steps: string[];
  /** the chapter's title, or null for the opening map */
  chapter: string | null;
  title: string;
  description: string;
  state: GraphicState;
  /** what the map's key shows (only what this map draws; empty for a chart) */
  legend: LegendItem[];
  /** places the graphic's steps name that the map cannot show */
  note: string | null;
  /** the data rows behind it, from all of its steps, once each */
  cited: CitedRow[];
}

/** The same state, as far as what is drawn goes (a chart's map underneath is not drawn). */
const drawnKey = (s: GraphicState) => JSON.stringify(s.chart ? { chart: s.chart, stamp: s.stamp } : { map: s.map, stamp: s.stamp });

export function storyGraphics(story: Story, opening: { title: string; description: string }): StoryGraphic[] {
  const runs: StoryStep[][] = [];
  for (const step of story.steps) {
    const last = runs.at(-1);
    if (last && drawnKey(last[0]!.state) === drawnKey(step.state)) last.push(step);
    else runs.push([step]);
  }
  const openingGraphic: StoryGraphic = {
    id: OPENING_GRAPHIC,
    kind: 'map',
    steps: [],
    chapter: null,
    ...opening,
    state: BEFORE_STATE,
    legend: story.opening.legend.filter((i) => i.drawn),
    note: null,
    cited: [],
  };
  return [
    openingGraphic,
    ...runs.map((run): StoryGraphic => {
      const first = run[0]!;
      const cited = new Map<string, CitedRow>();
      for (const s of run) for (const c of s.cited) if (!cited.has(c.ref)) cited.set(c.ref, c);
      return {
        id: first.id,
        kind: first.chart ? 'chart' : 'map',
        steps: run.map((s) => s.id),
        chapter: first.chapter.title,
        ...first.graphic,
        state: first.state,
        legend: first.legend.filter((i) => i.drawn),
        note: first.note,
        cited: [...cited.values()],
      };
    }),
  ];
}

/** The graphic a step shows. */
export const graphicOfStep = (graphics: StoryGraphic[], stepId: string): StoryGraphic | undefined => graphics.find((g) => g.steps.includes(stepId));

/** The sources behind a graphic, once each by address, in order of first citation. */
export function graphicSources(g: Pick<StoryGraphic, 'cited'>): Source[] {
  const seen = new Map<string, Source>();
  for (const c of g.cited) for (const s of c.sources) if (!seen.has(s.url)) seen.set(s.url, s);
  return [...seen.values()];
}

/** The outlets a graphic rests on, once each, for its one-line source. */
export const graphicOutlets = (g: Pick<StoryGraphic, 'cited'>): string[] => [...new Set(graphicSources(g).map((s) => s.outlet))];
