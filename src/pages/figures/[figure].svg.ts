/**
 * Every step's still figure, and the opening map's, as a self-contained SVG file
 * (src/lib/render/still-figure.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { storyModel } from '../../lib/build/story-model.ts';
import { stillFigureSvg, type StillGraphic } from '../../lib/render/still-figure.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { story, edition } = await storyModel();
  const graphics: StillGraphic[] = [
    { id: 'opening', ...edition.opening_map, stamp: null, map: story.opening.map, chart: null },
    ...story.steps.map((s) => ({ id: s.id, ...s.graphic, stamp: s.state.stamp, map: s.map, chart: s.chart?.frame ?? null })),
  ];
  return graphics.map((graphic) => ({ params: { figure: graphic.id }, props: { graphic } }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(stillFigureSvg((props as { graphic: StillGraphic }).graphic), { headers: { 'Content-Type': 'image/svg+xml' } });
