/** Every test places labels by the widths the build uses (src/lib/i18n/measure.ts). */
import { GLYPH_WIDTHS } from '../../src/lib/i18n/glyph-widths.ts';
import { useGlyphWidths } from '../../src/lib/i18n/measure.ts';

useGlyphWidths(GLYPH_WIDTHS);
