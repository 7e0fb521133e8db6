/**
 * The mode registry as the boot script writes it into every page (before first paint), and the
 * keys the controls take in each mode.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BOOT } from '../../src/lib/site/boot-script.ts';
import { MODE_KEY } from '../../src/lib/client/modes.ts';
import { keyMove } from '../../src/lib/client/controls.ts';

/** The mode the boot script sets for an address and what the reader chose last time. */
function boot(search: string, saved: string | null, storage = true): string | undefined {
  const dataset: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (!storage) throw new Error('denied');
      return key === MODE_KEY ? saved : null;
    },
  };
  runInNewContext(BOOT, { document: { documentElement: { dataset } }, location: { search }, localStorage, URLSearchParams });
  expect(dataset.js).toBe('');
  return dataset.mode;
}

describe('the boot script', () => {
  it('opens projector mode by its address, and only by its address', () => {
    expect(boot('?mode=projector', null)).toBe('projector');
    expect(boot('?mode=projector', 'article')).toBe('projector');
    expect(boot('', 'projector')).toBe('scroll');
  });

  it('restores the mode the reader chose, and ignores modes it does not know', () => {
    expect(boot('', 'article')).toBe('article');
    expect(boot('', null)).toBe('scroll');
    expect(boot('?mode=article', null)).toBe('scroll');
    expect(boot('?mode=nonsense', 'nonsense')).toBe('scroll');
  });

  it('falls back to scroll mode when storage is refused', () => {
    expect(boot('', null, false)).toBe('scroll');
  });
});

describe('the keys', () => {
  it('step with ← and → outside projector mode, leaving the page keys and space to the browser', () => {
    expect(keyMove('ArrowRight', false, false)).toBe(1);
    expect(keyMove('ArrowLeft', false, false)).toBe(-1);
    for (const key of ['PageDown', 'PageUp', ' ', 'Home', 'End', 'Escape', 'ArrowDown']) expect(keyMove(key, false, false)).toBeNull();
    expect(keyMove('ArrowRight', true, false)).toBeNull();
  });

  it('in projector mode take what a presentation clicker sends, and Esc to leave', () => {
    expect(['PageDown', 'ArrowRight', 'ArrowDown', ' '].map((k) => keyMove(k, false, true))).toEqual([1, 1, 1, 1]);
    expect(['PageUp', 'ArrowLeft', 'ArrowUp'].map((k) => keyMove(k, false, true))).toEqual([-1, -1, -1]);
    expect(keyMove(' ', true, true)).toBe(-1);
    expect(keyMove('Home', false, true)).toBe('first');
    expect(keyMove('End', false, true)).toBe('last');
    expect(keyMove('Escape', false, true)).toBe('leave');
    expect(keyMove('a', false, true)).toBeNull();
  });
});
