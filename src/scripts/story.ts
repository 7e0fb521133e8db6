/**
 * The story's only script: wires the scroller, the graphic and the reader controls together.
 * Everything it enhances is already on the page without it.
 */
import { createScroller, parseOffset, type Offset } from '../lib/client/scroller.ts';
import { createGraphic } from '../lib/client/graphic.ts';
import { createControls, readMode } from '../lib/client/controls.ts';
import type { ClientPayload } from '../lib/story/build-story.ts';

const root = document.querySelector<HTMLElement>('[data-story]');
const dataScript = document.getElementById('story-data');

if (root && dataScript) {
  const payload = JSON.parse(dataScript.textContent ?? '{}') as ClientPayload;
  const steps = [...root.querySelectorAll<HTMLElement>('.step')];
  const base = (document.documentElement.dataset.base ?? '/').replace(/\/?$/, '/');
  const graphic = createGraphic(root.querySelector<HTMLElement>('.graphic')!, payload, (file) => `${base}data/${file}.topo.json`);
  const chapters = steps.map((s) => s.querySelector('.chapter')?.textContent?.replace(/^\s*\d+\s*/, '').trim());
  const chapterOf = (i: number) => {
    for (let j = i; j >= 0; j--) if (chapters[j]) return chapters[j]!;
    return '';
  };

  // Phones: the text reads in the lower part of the screen, so steps trigger lower down. On touch
  // devices the trigger is fixed in pixels once, so the address bar showing or hiding never moves it.
  const phone = window.matchMedia('(max-width: 63.99rem)').matches;
  const fraction = phone ? 0.72 : 0.5;
  const touch = window.matchMedia('(pointer: coarse)').matches;
  const offset: Offset = parseOffset(touch ? `${Math.round((window.visualViewport?.height ?? window.innerHeight) * fraction)}px` : fraction);

  let first = true;
  const controls = createControls({
    root: document.querySelector<HTMLElement>('[data-controls]')!,
    steps,
    chapterOf,
    current: () => graphic.current(),
    onModeChange: () => scroller.reconcile(),
  });
  const scroller = createScroller({
    steps,
    offset,
    debug: new URLSearchParams(location.search).has('debug'),
    onChange(index) {
      graphic.show(index, { instant: first || readMode() === 'article' });
      first = false;
      controls.update(index);
    },
  });
}
