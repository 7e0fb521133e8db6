/**
 * Which step is active: scrollama reports the edges (a step crossing the trigger line), and a
 * reconcile measured from the page geometry fixes what edges cannot know: the step on load, after
 * a reload or a deep link, after fonts or a resize move things, after a jump. Changes are
 * coalesced to one per animation frame, so a fast jump renders only the step it lands on.
 *
 *   const scroller = createScroller({ steps, offset: triggerOffset(), onChange: (i) => … });
 *   scroller.destroy();
 *
 * Index -1 means "above the first step".
 */
import scrollama from 'scrollama';

/** A trigger line: a fraction of the viewport height, or a pixel offset from its top. */
export type Offset = number | `${number}px`;

export interface ScrollerOptions {
  steps: HTMLElement[];
  /** the trigger line; asked again whenever the width changes (a phone turned, a window resized) */
  offset: () => Offset;
  onChange: (index: number) => void;
  /** the step already shown (a deep link), so it is not announced again */
  initial?: number;
  /** draw scrollama's trigger-line overlay (?debug in the URL) */
  debug?: boolean;
}

export interface Scroller {
  reconcile(): void;
  destroy(): void;
}

/**
 * scrollama throws on a malformed or out-of-range offset instead of using its fallback (its
 * parseOffset calls an undefined function), so offsets are checked here.
 */
export function parseOffset(offset: unknown): Offset {
  if (typeof offset === 'number' && Number.isFinite(offset) && offset >= 0 && offset <= 1) return offset;
  if (typeof offset === 'string' && /^\d+(\.\d+)?px$/.test(offset)) return offset as `${number}px`;
  throw new Error(`scroller: offset must be a number from 0 to 1 or "<n>px", not ${JSON.stringify(offset)}`);
}

/** The trigger line in px from the top of the viewport. */
export function triggerY(offset: Offset, viewportHeight: number): number {
  return typeof offset === 'number' ? offset * viewportHeight : parseFloat(offset);
}

/** The active step for a layout: the last step whose top is above the trigger line, or -1. */
export function activeIndex(tops: number[], trigger: number): number {
  let index = -1;
  for (let i = 0; i < tops.length; i++) if (tops[i]! <= trigger) index = i;
  return index;
}

type ScrollamaSetup = Parameters<ReturnType<typeof scrollama>['setup']>[0];

export function createScroller(options: ScrollerOptions): Scroller {
  let offset = parseOffset(options.offset());
  let current: number | undefined = options.initial;
  let pending: number | undefined;
  let frame = 0;

  const commit = () => {
    frame = 0;
    if (pending !== undefined && pending !== current) {
      current = pending;
      options.onChange(current);
    }
  };
  const schedule = (index: number) => {
    pending = index;
    if (!frame) frame = requestAnimationFrame(commit);
  };

  const reconcile = () => {
    const tops = options.steps.map((s) => s.getBoundingClientRect().top);
    schedule(activeIndex(tops, triggerY(offset, window.innerHeight)));
  };

  // scrollama's typings lag its source: it takes "<n>px" offsets and has an offset() setter
  const instance = scrollama() as ReturnType<typeof scrollama> & { offset(value: Offset): unknown };
  instance
    .setup({ step: options.steps, offset, debug: options.debug ?? false } as unknown as ScrollamaSetup)
    .onStepEnter(({ index }) => schedule(index))
    .onStepExit(({ index, direction }) => {
      if (index === 0 && direction === 'up') schedule(-1);
    });

  // Only a width change moves the steps (a height-only change is the mobile address bar). After
  // one, the page is re-laid out: bring the reader back to the step they were at, then re-measure.
  let lastWidth = window.innerWidth;
  const onResize = () => {
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    const keep = current !== undefined && current >= 0 ? options.steps[current] : undefined;
    offset = parseOffset(options.offset());
    instance.offset(offset);
    instance.resize();
    keep?.scrollIntoView({ block: 'start' });
    reconcile();
  };
  const onHash = () => requestAnimationFrame(reconcile);
  // Edges can be missed in a jump (scrollTo, Home/End, a dragged scrollbar): when the scrolling
  // stops, measure again. Debounced, so it costs nothing while the reader scrolls.
  let settle = 0;
  const onScroll = () => {
    clearTimeout(settle);
    settle = window.setTimeout(reconcile, 120);
  };
  const onLoad = () => reconcile();
  window.addEventListener('resize', onResize);
  window.addEventListener('hashchange', onHash);
  window.addEventListener('load', onLoad);
  window.addEventListener('scroll', onScroll, { passive: true });
  document.fonts?.ready.then(() => {
    instance.resize();
    reconcile();
  });
  reconcile();

  return {
    reconcile,
    destroy() {
      instance.destroy();
      window.removeEventListener('resize', onResize);
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('load', onLoad);
      window.removeEventListener('scroll', onScroll);
      clearTimeout(settle);
      if (frame) cancelAnimationFrame(frame);
    },
  };
}
