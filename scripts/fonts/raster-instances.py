#!/usr/bin/python3
"""
Static TrueType instances of the site's sans (Golos Text, a variable font) for the build's
rasteriser: resvg reads TTF/OTF, not woff2, and draws a variable font at its default weight
only, so the PNG statics (src/lib/graphics/png.ts) need one static file per weight the graphics
use. Cut from the merged latin+cyrillic+cyrillic-ext file (scripts/fonts/merge-subsets.py), so
every edition's PNG draws every letter of its alphabet in the site's own font.

    /usr/bin/python3 scripts/fonts/raster-instances.py           # write src/assets/fonts/raster/
    /usr/bin/python3 scripts/fonts/raster-instances.py --check   # fail if the committed files differ

Needs fontTools and brotli (Debian: python3-fonttools python3-brotli). Deterministic: the
instancer keeps head.created/modified from the input.
"""

import argparse
import io
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCE = os.path.join(ROOT, 'src/assets/fonts/golos-text-wght-latin+cyrillic+cyrillic-ext.woff2')
OUT = os.path.join(ROOT, 'src/assets/fonts/raster')
# the weights map.css and chart.css set (400 text, 500, 600 labels, 700 country names and titles)
WEIGHTS = [400, 500, 600, 700]
# The symbols the graphics print that Golos lacks (a browser draws them from a system font): the
# rasteriser takes them from DejaVu Sans (npm: dejavu-fonts-ttf, a free licence), cut to just
# these, so a PNG never shows a missing-glyph box. e2e/kit.spec.ts checks every graphic's text is
# covered by the raster fonts.
SYMBOLS = '←→↑↓↔≈≥≤±×−√№′″'
DEJAVU = os.path.join(ROOT, 'node_modules/dejavu-fonts-ttf/ttf')
SYMBOL_FILES = {400: 'DejaVuSans.ttf', 700: 'DejaVuSans-Bold.ttf'}


def symbols(weight):
    font = TTFont(os.path.join(DEJAVU, SYMBOL_FILES[weight]), recalcTimestamp=False)
    options = subset.Options()
    options.name_IDs = ['*']
    options.notdef_outline = True
    options.layout_features = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in SYMBOLS])
    subsetter.subset(font)
    font.recalcTimestamp = False
    buf = io.BytesIO()
    font.save(buf)
    return buf.getvalue()


def instance(weight):
    font = TTFont(SOURCE, recalcTimestamp=False)
    font.flavor = None
    static = instancer.instantiateVariableFont(font, {'wght': weight})
    static['OS/2'].usWeightClass = weight
    buf = io.BytesIO()
    static.recalcTimestamp = False
    static.save(buf)
    return buf.getvalue()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--check', action='store_true')
    args = parser.parse_args()
    os.makedirs(OUT, exist_ok=True)
    stale = []
    outputs = [(f'golos-text-{w}.ttf', lambda w=w: instance(w)) for w in WEIGHTS]
    outputs += [(f'symbols-{w}.ttf', lambda w=w: symbols(w)) for w in SYMBOL_FILES]
    for name, make in outputs:
        path = os.path.join(OUT, name)
        data = make()
        if args.check:
            if not os.path.exists(path) or open(path, 'rb').read() != data:
                stale.append(path)
        else:
            with open(path, 'wb') as f:
                f.write(data)
            print(f'{os.path.relpath(path, ROOT)}: {len(data)} bytes')
    if stale:
        sys.exit('out of date (rerun scripts/fonts/raster-instances.py): ' + ', '.join(stale))


if __name__ == '__main__':
    main()
