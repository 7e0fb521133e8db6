/**
 * The reader controls: "Step n of N" and the chapter, a progress bar, previous and next (buttons
 * and the ← → keys), and the switch between scroll mode and article mode, remembered across
 * visits (src/lib/client/modes.ts). Moving to a step scrolls it into view and moves focus to it,
 * so keyboard and screen-reader users land where the graphic changed.
 *
 * In projector mode the page shows one step at a time: moving is showing (options.present), the
 * keys a presentation clicker sends (PageDown, PageUp) and space step too, Home and End go to the
 * ends, and Esc (or the mode button) leaves for the mode the reader reads in.
 */
import type { Translator } from '../i18n/messages.ts';
import { prefersReducedMotion } from './motion.ts';
import { currentMode, rememberMode, rememberedMode, setMode, type Mode } from './modes.ts';

export interface ControlsOptions {
  root: HTMLElement;
  steps: HTMLElement[];
  chapterOf: (index: number) => string;
  /** the step the reader is at (-1 before the first) */
  current: () => number;
  onModeChange: (mode: Mode) => void;
  /** projector mode: show this step on its own */
  present: (index: number) => void;
  /** the controls' words, in the page's locale */
  t: Translator['t'];
}

export interface Controls {
  update(index: number): void;
}

export function createControls(options: ControlsOptions): Controls {
  const { root, steps } = options;
  const position = root.querySelector<HTMLElement>('[data-position]')!;
  const short = root.querySelector<HTMLElement>('[data-position-short]')!;
  const chapter = root.querySelector<HTMLElement>('[data-chapter]')!;
  const bar = root.querySelector<HTMLElement>('.controls__bar')!;
  const prev = root.querySelector<HTMLButtonElement>('[data-prev]')!;
  const next = root.querySelector<HTMLButtonElement>('[data-next]')!;
  const toggle = root.querySelector<HTMLButtonElement>('[data-mode-toggle]')!;
  const total = steps.length;

  const goTo = (index: number) => {
    const at = Math.max(0, Math.min(total - 1, index));
    const target = steps[at];
    if (!target) return;
    if (currentMode() === 'projector') return options.present(at);
    target.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
    if (history.replaceState) history.replaceState(null, '', `#${target.id}`);
  };

  prev.addEventListener('click', () => goTo(options.current() - 1));
  next.addEventListener('click', () => goTo(options.current() + 1));

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable], summary, details[open]')) return;
    const move = keyMove(event.key, event.shiftKey, currentMode() === 'projector');
    if (move === null) return;
    event.preventDefault();
    if (move === 'leave') return switchTo(rememberedMode());
    goTo(move === 'first' ? 0 : move === 'last' ? total - 1 : options.current() + move);
  });

  const showMode = (mode: Mode) => {
    setMode(mode);
    toggle.textContent = options.t(mode === 'article' ? 'controls.scroll' : mode === 'projector' ? 'controls.leave_projector' : 'controls.article');
    toggle.setAttribute('aria-pressed', String(mode !== 'scroll'));
  };
  const switchTo = (mode: Mode) => {
    const at = options.current();
    rememberMode(mode);
    showMode(mode);
    // stay at the same step in the other layout, then let the story follow from there
    const step = steps[Math.max(0, at)];
    step?.scrollIntoView({ block: 'start' });
    step?.focus({ preventScroll: true });
    options.onModeChange(mode);
  };
  showMode(currentMode());
  toggle.addEventListener('click', () => {
    const mode = currentMode();
    switchTo(mode === 'projector' ? rememberedMode() : mode === 'article' ? 'scroll' : 'article');
  });

  return {
    update(index) {
      const n = index + 1;
      position.textContent = index < 0 ? options.t('controls.start', { count: total }) : options.t('step.position', { n, total });
      short.textContent = index < 0 ? options.t('controls.steps', { count: total }) : options.t('controls.position_short', { n, total });
      chapter.textContent = index < 0 ? '' : options.chapterOf(index);
      bar.style.width = `${(Math.max(0, n) / total) * 100}%`;
      prev.disabled = index <= 0;
      next.disabled = index >= total - 1;
    },
  };
}

/**
 * What a key does: a step forward (+1) or back (-1), to the first or last step, leaving projector
 * mode, or nothing (null: the browser's own meaning stays). Outside projector mode only ← and →
 * step, and only without Shift; the page keys and space keep scrolling the page.
 */
export function keyMove(key: string, shift: boolean, projector: boolean): 1 | -1 | 'first' | 'last' | 'leave' | null {
  if (!projector) return shift ? null : key === 'ArrowRight' ? 1 : key === 'ArrowLeft' ? -1 : null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 1;
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return -1;
    case ' ':
      return shift ? -1 : 1;
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}
