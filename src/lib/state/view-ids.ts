/**
 * The ids of the map views ("cameras") a state can name. The views themselves (data file,
 * projection, box) live in map/views.ts, which must define exactly these; the list is kept here so
 * that the state schema does not depend on the map layer that draws it.
 */
export const VIEW_IDS = ['central-asia', 'regions', 'border', 'isfara', 'leilek', 'water', 'east', 'valley', 'vorukh'] as const;
export type ViewId = (typeof VIEW_IDS)[number];
