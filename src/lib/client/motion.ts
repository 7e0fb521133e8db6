/**
 * The reader's motion preference, one query for the whole page: the graphic sets its durations by
 * it, the controls scroll by it, and the graphic's data-motion attribute says which applies.
 */
export const reducedMotion: MediaQueryList | null = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

export const prefersReducedMotion = (): boolean => reducedMotion?.matches ?? false;

/** Keeps `data-motion` on an element ("reduced" or "full") in step with the preference. */
export function markMotion(el: HTMLElement): void {
  const mark = () => (el.dataset.motion = prefersReducedMotion() ? 'reduced' : 'full');
  mark();
  reducedMotion?.addEventListener?.('change', mark);
}
