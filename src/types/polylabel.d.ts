declare module 'polylabel' {
  /** Pole of inaccessibility of a polygon (rings of [x, y]); `distance` is its distance to the outline. */
  export default function polylabel(polygon: number[][][], precision?: number, debug?: boolean): number[] & { distance: number };
}
