/** How the charts name the two sides (and the others who gave figures), and colour them. */

export const SIDE_NAME = { KGZ: 'Kyrgyzstan', TJK: 'Tajikistan' } as const;

/** Who made a length claim, as a mark class. */
export const sideClass = (side: string) => (side === 'KGZ' ? 'kgz' : side === 'TJK' ? 'tjk' : side === 'both' ? 'both' : 'other');

/** Who gave a figure, as a table cell. */
export const sideName = (s: string) => ({ KGZ: 'Kyrgyzstan', TJK: 'Tajikistan', both: 'both', media: 'press', reference: 'reference work' })[s] ?? s;
