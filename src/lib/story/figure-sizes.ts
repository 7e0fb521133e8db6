/**
 * The sizes graphics are drawn at by the build.
 *
 * Still figures are sized for a phone's column of text: on a 360 px phone the figure is drawn at
 * about its own size, so its smallest labels (11.5 px) stay at 11 px or more on screen; on wider
 * screens it is drawn at most 26rem wide (story.css), so the labels grow only a little.
 *
 * The sticky graphic's first map is drawn into the page at the size the graphic has on the two
 * layouts readers use most: a 390×844 phone held upright (the graphic on top of the text) and a
 * 1440×900 desktop (the graphic beside it). The desktop's drawing borrows the phone's base layers,
 * scaled (render/map-svg.ts, borrowCamera), so the page carries the geometry once. Other screens
 * show their layout's drawing, filled to their frame, until the reader's first step redraws it.
 */
export const STATIC_SIZE = { width: 340, height: 310 };
export const STATIC_CHART_SIZE = { width: 340, height: 360 };

export const OPENING_SIZES = {
  /** the graphic on top of the text */
  stacked: { width: 374, height: 370 },
  /** the graphic beside the text */
  side: { width: 920, height: 735 },
} as const;
