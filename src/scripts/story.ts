/**
 * The story's only script: wires the scroller, the graphic and the reader controls together.
 * Everything it enhances is already on the page without it, the opening map included (drawn by
 * the build): so the drawing code and the steps' states load only when the reader first moves
 * (a scroll, a key, a control, a link to a step), not before the first paint.
 */
import { createScroller, parseOffset, type Offset, type Scroller } from '../lib/client/scroller.ts';
import type { Graphic } from '../lib/client/graphic.ts';
import { createControls } from '../lib/client/controls.ts';
import { addressIn, currentMode, setMode } from '../lib/client/modes.ts';
import { endnotesSettled, loadEndnotesOnceActive } from '../lib/client/endnotes.ts';
import { showStillFigures, showStillFiguresForPrint } from '../lib/client/figures.ts';
import { loadOnOpen } from '../lib/client/load-on-open.ts';
import { markMotion } from '../lib/client/motion.ts';
import type { ClientPayload } from '../lib/story/build-story.ts';
import { translator, type Message } from '../lib/i18n/messages.ts';
import { keepStepInLanguageLinks } from '../lib/client/language-links.ts';
import { workOffline } from '../lib/client/offline.ts';

/** The layout with the text beside the graphic (the same query as story.css). */
const SIDE_BY_SIDE = '(min-width: 64rem), (min-aspect-ratio: 4/3) and (min-width: 34rem)';

const root = document.querySelector<HTMLElement>('[data-story]');
workOffline({ settle: endnotesSettled });

if (root) {
  try {
    setUp(root);
  } catch (error) {
    // If the story cannot be wired up at all, it falls back to the article: every step's text
    // with its still figure, as without JavaScript.
    console.error('Border Lines: the scroll-driven story could not start; showing the article instead:', error);
    setMode('article');
    showStillFigures();
  }
}

function setUp(root: HTMLElement) {
  const steps = [...root.querySelectorAll<HTMLElement>('.step')];
  const base = (document.documentElement.dataset.base ?? '/').replace(/\/?$/, '/');
  const graphicEl = root.querySelector<HTMLElement>('.graphic')!;
  const graphic = lazyGraphic(graphicEl, () =>
    Promise.all([
      import('../lib/client/graphic.ts'),
      fetch(`${base}${root.dataset.payload}`).then((r) => {
        if (!r.ok) throw new Error(`${root.dataset.payload}: HTTP ${r.status}`);
        return r.json() as Promise<ClientPayload>;
      }),
    ]).then(([{ createGraphic }, payload]) => {
      // the states are the page's own steps, in its order, or nothing is drawn from them
      if (payload.steps.map((s) => s.id).join() !== steps.map((s) => s.id).join()) throw new Error("the story's states do not match the page's steps");
      return createGraphic(graphicEl, payload, (file) => `${base}data/${file}.topo.json`);
    }),
  );
  // the reader has started to read: the drawing code, and then the finer map files, load now
  window.addEventListener('scroll', () => graphic.warmUp(), { once: true, passive: true });
  loadEndnotesOnceActive();
  markMotion(graphicEl);
  graphicEl.dataset.ready = 'true';
  // each step names its chapter (data-chapter-title), for the controls
  const chapterOf = (i: number) => steps[i]?.dataset.chapterTitle ?? '';

  // Side by side (desktops, landscape phones), a step becomes active at the middle of the screen.
  // With the graphic on top (phones), the text reads in the band between the graphic and the
  // controls, and a step becomes active when its top reaches the middle of that band: every line
  // of it then passes through the band while it is the active step. The trigger is in pixels, set
  // again only when the width changes, so the address bar showing or hiding never moves it.
  const controlsEl = document.querySelector<HTMLElement>('[data-controls]')!;
  const offset = (): Offset => {
    if (window.matchMedia(SIDE_BY_SIDE).matches) return parseOffset(0.5);
    const top = graphicEl.offsetHeight;
    const bottom = window.innerHeight - controlsEl.offsetHeight;
    return parseOffset(`${Math.round(top + (bottom - top) * 0.45)}px`);
  };

  const ui = translator(controlsEl.dataset.locale ?? document.documentElement.lang, Object.fromEntries(JSON.parse(controlsEl.dataset.ui ?? '[]') as [string, Message][]));
  const controls = createControls({
    t: ui.t,
    root: controlsEl,
    steps,
    chapterOf,
    current: () => graphic.current(),
    present: (index) => present(index),
    onModeChange: (mode) => {
      // only ever away from the projector (it is opened by its address, src/lib/client/modes.ts)
      for (const step of steps) step.removeAttribute('data-current');
      history.replaceState(null, '', addressIn(mode));
      if (mode === 'article') showStillFigures();
      scroller?.reconcile();
    },
  });
  // the controls slip away while the credits and sources are on screen (or scrolled past)
  const endmatter = document.querySelector('.endmatter');
  if (endmatter && 'IntersectionObserver' in window) {
    new IntersectionObserver(([entry]) => {
      if (entry) controlsEl.toggleAttribute('data-away', entry.isIntersecting || entry.boundingClientRect.top < 0);
    }).observe(endmatter);
  }
  if (currentMode() === 'article') showStillFigures();
  showStillFiguresForPrint();
  loadOnOpen();
  const show = (index: number, instant: boolean) => {
    graphic.show(index, { instant: instant || currentMode() === 'article' });
    controls.update(index);
    keepStepInLanguageLinks(index >= 0 ? steps[index]!.id : null);
  };

  // A link to a step: show its state at once, and start following the scroll only once the fonts
  // have settled the layout (before that, the page may briefly sit at another step).
  const stepInHash = () => steps.findIndex((s) => `#${s.id}` === decodeURIComponent(location.hash));
  const linked = stepInHash();
  // Projector mode: one step at a time, the one in the address (or the first); the address
  // follows, so a teacher can start again at any step.
  const present = (index: number) => {
    const step = steps[index]!;
    for (const s of steps) s.toggleAttribute('data-current', s === step);
    fitOnScreen(step);
    show(index, false);
    history.replaceState(null, '', `#${step.id}`);
    step.focus({ preventScroll: true });
  };
  if (currentMode() === 'projector') {
    present(Math.max(0, linked));
    window.addEventListener('hashchange', () => currentMode() === 'projector' && stepInHash() >= 0 && present(stepInHash()));
    window.addEventListener('resize', () => {
      const shown = steps.find((s) => s.hasAttribute('data-current'));
      if (shown && currentMode() === 'projector') fitOnScreen(shown);
    });
  } else if (linked >= 0) show(linked, true);
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
        if (currentMode() === 'projector') return;
        show(index, first);
        first = false;
      },
    });
  };
  if (linked >= 0 && document.fonts) document.fonts.ready.then(start);
  else start();
}

/** Projector mode: the narrowest text column in which the step's text fits the screen. */
function fitOnScreen(step: HTMLElement): void {
  const html = document.documentElement;
  const story = step.closest('[data-story]')!;
  // a phone's screen scrolls the text in its own box instead (projector.css)
  const small = matchMedia('(max-height: 36rem), (max-aspect-ratio: 1/1)').matches;
  for (const fit of small ? [''] : ['', 'wide', 'wider', 'widest']) {
    if (fit) html.dataset.fit = fit;
    else delete html.dataset.fit;
    const [text, room] = [step.getBoundingClientRect(), story.getBoundingClientRect()];
    if (text.top >= room.top && text.bottom <= room.bottom) return;
  }
}

/**
 * The graphic, loaded on first use: until then it remembers the step asked for, and the opening
 * the build drew stays on screen. If its code or data cannot be had, the graphic says so and the
 * text goes on.
 */
function lazyGraphic(el: HTMLElement, load: () => Promise<Graphic>): Graphic {
  let graphic: Graphic | null = null;
  let loading: Promise<Graphic | null> | null = null;
  let wanted = { index: -1, instant: true };
  let warm = false;
  let reported = false;
  const get = () => {
    loading ??= load().then(
      (g) => {
        graphic = g;
        if (wanted.index >= 0) g.show(wanted.index, { instant: wanted.instant });
        if (warm) g.warmUp();
        return g;
      },
      (error: unknown) => {
        // said once; the next step the reader asks for tries again (a flaky connection)
        loading = null;
        if (wanted.index >= 0) el.dataset.error = 'true';
        if (!reported) console.error('Border Lines: the graphic could not be loaded:', error);
        reported = true;
        return null;
      },
    );
    return loading;
  };
  return {
    show(index, options = {}) {
      wanted = { index, instant: options.instant ?? false };
      if (graphic) graphic.show(index, options);
      else if (index >= 0) void get();
    },
    current: () => graphic?.current() ?? wanted.index,
    warmUp() {
      warm = true;
      if (graphic) graphic.warmUp();
      else void get();
    },
  };
}
