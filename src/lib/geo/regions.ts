/** The Natural Earth admin-1 regions the maps can name (ISO 3166-2 ids); their names are in data/gazetteer.yaml. */
export const REGION_IDS = ['KG-B', 'KG-O', 'TJ-SU'] as const;
