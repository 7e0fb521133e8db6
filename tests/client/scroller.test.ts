import { describe, expect, it } from 'vitest';
import { activeIndex, parseOffset, triggerY } from '../../src/lib/client/scroller.ts';

describe('the scroller’s offsets', () => {
  it('accept a fraction of the viewport or a pixel offset', () => {
    expect(parseOffset(0.5)).toBe(0.5);
    expect(parseOffset(0)).toBe(0);
    expect(parseOffset('600px')).toBe('600px');
  });

  it('refuse what scrollama would throw on, instead of passing it through', () => {
    for (const bad of [1.2, -0.1, 'abcpx', '50%', NaN, null, undefined]) expect(() => parseOffset(bad)).toThrow(/offset must be/);
  });

  it('turn into a trigger line in pixels', () => {
    expect(triggerY(0.5, 900)).toBe(450);
    expect(triggerY('608px', 900)).toBe(608);
  });
});

describe('the active step, measured from the layout', () => {
  it('is the last step whose top has crossed the trigger line', () => {
    expect(activeIndex([100, 900, 1700], 450)).toBe(0);
    expect(activeIndex([-800, 0, 800], 450)).toBe(1);
    expect(activeIndex([-1700, -900, -100], 450)).toBe(2);
  });

  it('is -1 (before the story) when no step has reached it', () => {
    expect(activeIndex([600, 1400], 450)).toBe(-1);
    expect(activeIndex([], 450)).toBe(-1);
  });
});
