/** Display names of the Natural Earth admin-1 regions on the maps (ISO 3166-2 ids). */
export const REGION_NAMES: Record<string, string> = {
  'KG-B': 'Batken region',
  'KG-O': 'Osh region',
  'TJ-SU': 'Sughd region',
};
