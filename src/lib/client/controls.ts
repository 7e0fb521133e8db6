/**
 * The reader controls: "Step n of N" and the chapter, a progress bar, previous and next (buttons
 * and the ← → keys), and the switch between scroll mode and article mode, remembered across
 * visits. Moving to a step scrolls it into view and moves focus to it, so keyboard and
 * screen-reader users land where the graphic changed.
 */
import type { Translator } from '../i18n/messages.ts';
import { prefersReducedMotion } from './motion.ts';

export type Mode = 'scroll' | 'article';

export const MODE_KEY = 'border-lines:mode';

export interface ControlsOptions {
  root: HTMLElement;
  steps: HTMLElement[];
  chapterOf: (index: number) => string;
  /** the step the reader is at (-1 before the first) */
  current: () => number;
  onModeChange: (mode: Mode) => void;
  /** the controls' words, in the page's locale */
  t: Translator['t'];
}

export interface Controls {
  update(index: number): void;
}

export function readMode(): Mode {
  try {
    return localStorage.getItem(MODE_KEY) === 'article' ? 'article' : 'scroll';
  } catch {
    return 'scroll';
  }
}

function saveMode(mode: Mode) {
  try {
    localStorage.setItem(MODE_KEY, mode);
  } catch {
    // private browsing: the choice lasts for this visit only
  }
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
    const target = steps[Math.max(0, Math.min(total - 1, index))];
    if (!target) return;
    target.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
    if (history.replaceState) history.replaceState(null, '', `#${target.id}`);
  };

  prev.addEventListener('click', () => goTo(options.current() - 1));
  next.addEventListener('click', () => goTo(options.current() + 1));

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable], summary, details[open]')) return;
    if (event.key === 'ArrowRight') {
      event.preventDefault();
      goTo(options.current() + 1);
    } else if (event.key === 'ArrowLeft') {
      event.preventDefault();
      goTo(options.current() - 1);
    }
  });

  const showMode = (mode: Mode) => {
    document.documentElement.dataset.mode = mode;
    toggle.textContent = options.t(mode === 'article' ? 'controls.scroll' : 'controls.article');
    toggle.setAttribute('aria-pressed', String(mode === 'article'));
  };
  showMode(readMode());
  toggle.addEventListener('click', () => {
    const mode: Mode = document.documentElement.dataset.mode === 'article' ? 'scroll' : 'article';
    const at = options.current();
    saveMode(mode);
    showMode(mode);
    options.onModeChange(mode);
    // stay at the same step in the other layout
    const step = steps[Math.max(0, at)];
    step?.scrollIntoView({ block: 'start' });
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
