/**
 * The story's only script: wires the scroller, the graphic and the reader controls together.
 * Everything it enhances is already on the page without it.
 */
import { createScroller, parseOffset, type Offset, type Scroller } from '../lib/client/scroller.ts';
import { createGraphic } from '../lib/client/graphic.ts';
import { createControls, readMode } from '../lib/client/controls.ts';
import { showStillFigures, showStillFiguresForPrint } from '../lib/client/figures.ts';
import type { ClientPayload } from '../lib/story/build-story.ts';

const root = document.querySelector<HTMLElement>('[data-story]');
const dataScript = document.getElementById('story-data');

if (root && dataScript) {
  try {
    setUp(root, dataScript);
  } catch (error) {
    // If the story cannot be wired up at all, it falls back to the article: every step's text
    // with its still figure, as without JavaScript.
    console.error('Border Lines: the scroll-driven story could not start; showing the article instead:', error);
    document.documentElement.dataset.mode = 'article';
    showStillFigures();
  }
}

function setUp(root: HTMLElement, dataScript: HTMLElement) {
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
  // devices the trigger is set in pixels (again only when the width changes), so the address bar
  // showing or hiding never moves it.
  const offset = (): Offset => {
    const fraction = window.matchMedia('(max-width: 63.99rem)').matches ? 0.72 : 0.5;
    const touch = window.matchMedia('(pointer: coarse)').matches;
    return parseOffset(touch ? `${Math.round((window.visualViewport?.height ?? window.innerHeight) * fraction)}px` : fraction);
  };

  const controls = createControls({
    root: document.querySelector<HTMLElement>('[data-controls]')!,
    steps,
    chapterOf,
    current: () => graphic.current(),
    onModeChange: (mode) => {
      if (mode === 'article') showStillFigures();
      scroller?.reconcile();
    },
  });
  if (readMode() === 'article') showStillFigures();
  showStillFiguresForPrint();
  const show = (index: number, instant: boolean) => {
    graphic.show(index, { instant: instant || readMode() === 'article' });
    controls.update(index);
  };

  // A link to a step: show its state at once, and start following the scroll only once the fonts
  // have settled the layout (before that, the page may briefly sit at another step).
  const linked = steps.findIndex((s) => `#${s.id}` === decodeURIComponent(location.hash));
  if (linked >= 0) show(linked, true);
  let scroller: Scroller | undefined;
  let first = linked < 0;
  const start = () => {
    if (linked >= 0) steps[linked]!.scrollIntoView({ block: 'start' });
    scroller = createScroller({
      steps,
      offset,
      initial: linked >= 0 ? linked : undefined,
      debug: new URLSearchParams(location.search).has('debug'),
      onChange(index) {
        show(index, first);
        first = false;
      },
    });
  };
  if (linked >= 0 && document.fonts) document.fonts.ready.then(start);
  else start();
}
