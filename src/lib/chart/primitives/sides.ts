/** How the charts name the two sides (and the others who gave figures), and colour them. */
import type { CLAIMANT_SIDES } from '../../data/schema/delimitation.ts';
import type { Formats } from '../../i18n/format.ts';

/** Who made a claim or gave a figure: a side, both, the press or a reference work. */
export type Claimant = (typeof CLAIMANT_SIDES)[number];

/** Who made a length claim, as a mark class. */
export const sideClass = (side: string) => (side === 'KGZ' ? 'kgz' : side === 'TJK' ? 'tjk' : side === 'both' ? 'both' : 'other');

/** A side (or both, the press, a reference work) in the reader's words: a label, a table cell. */
export const sideName = (fmt: Formats, side: Claimant) => fmt.t(`chart.side.${side}`);
