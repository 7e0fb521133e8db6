import { describe, expect, it } from 'vitest';
import { embedCode } from '../../src/lib/graphics/embed-code.ts';
import { graphicSize, embedGraphicSize, mapFilesOf } from '../../src/lib/graphics/draw.ts';
import { storyGraphics, graphicOfStep, graphicOutlets } from '../../src/lib/graphics/registry.ts';
import type { Story, StoryStep } from '../../src/lib/story/build-story.ts';
import { states } from '../support/story.ts';

const step = (id: string, i: number, extra: Partial<StoryStep> = {}): StoryStep =>
  ({
    id,
    index: i,
    chapter: { id: 'c', number: 1, title: 'C' },
    chapterStart: i === 0,
    graphic: { title: `T ${id}`, description: `D ${id}` },
    state: states[i]!,
    legend: [{ key: 'line-drawn', label: 'Line', drawn: true }, { key: 'event', label: 'Clash', drawn: false }],
    note: null,
    cited: [{ ref: `timeline/${id}`, table: 'timeline', text: '', confidence: 'solid', facts: [], sources: [{ outlet: `O ${id}`, url: `https://example.org/${id}`, date: '2022-01-01' }] }],
    map: {} as StoryStep['map'],
    chart: null,
    ...extra,
  }) as StoryStep;

describe('the graphics registry', () => {
  const story = { steps: [step('a', 0), { ...step('b', 1), state: states[0]! }, step('c', 2)], opening: { legend: [] } } as unknown as Story;
  const graphics = storyGraphics(story, { title: 'Opening', description: 'The opening map' });

  it('makes consecutive steps of one drawn state one graphic, named by the first, after the opening', () => {
    expect(graphics.map((g) => [g.id, g.steps])).toEqual([
      ['opening', []],
      ['a', ['a', 'b']],
      ['c', ['c']],
    ]);
    expect(graphicOfStep(graphics, 'b')!.id).toBe('a');
  });

  it('keeps only what the map draws in its key, and the rows and outlets of all its steps once each', () => {
    const a = graphics[1]!;
    expect(a.legend.map((l) => l.key)).toEqual(['line-drawn']);
    expect(a.cited.map((c) => c.ref)).toEqual(['timeline/a', 'timeline/b']);
    expect(graphicOutlets(a)).toEqual(['O a', 'O b']);
  });
});

describe('embed codes and sizes', () => {
  it('writes pym\'s container around a lazy, titled, borderless frame, then pym; and the frame alone', () => {
    const c = embedCode('https://x.org/embed/a/', 'A "quoted" <title>', 600, '100%', 'https://x.org/embed/pym.v1.min.js');
    expect(c.plain).toBe('<iframe src="https://x.org/embed/a/" title="A &quot;quoted&quot; &lt;title>" loading="lazy" style="border:0;width:100%;max-width:100%;height:600px"></iframe>');
    expect(c.pym).toBe(`<div data-pym-src="https://x.org/embed/a/" data-pym-title="A &quot;quoted&quot; &lt;title>" style="width:100%;max-width:100%">${c.plain}</div><script src="https://x.org/embed/pym.v1.min.js"></script>`);
  });

  it('draws a map as wide as its frame and a chart 24 px narrower, within bounds', () => {
    expect(graphicSize('map', 360)).toEqual({ width: 360, height: 331 });
    expect(graphicSize('map', 2000).height).toBe(620);
    expect(graphicSize('map', 100).width).toBe(280);
    expect(embedGraphicSize('chart', 360).width).toBe(336);
    expect(embedGraphicSize('map', 360).width).toBe(360);
  });

  it('loads the overview file only for a map with a locator inset, and no file for a chart', () => {
    const inset = states.find((s) => !s.chart && s.map.inset)!;
    expect(mapFilesOf(inset)).toContain('overview');
    expect(mapFilesOf(states.find((s) => s.chart)!)).toEqual([]);
  });
});
