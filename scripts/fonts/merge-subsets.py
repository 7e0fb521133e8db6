#!/usr/bin/python3
"""
Merges fontsource's per-subset woff2 files of one family into ONE woff2 per family and subset
set (e.g. latin+cyrillic), so a Russian page needs one serif file and one sans file before the
first scroll instead of four. Writes src/assets/fonts/<family>-<set>.woff2 and
src/assets/fonts/manifest.json. What to merge is in scripts/fonts/subset-sets.json.

    /usr/bin/python3 scripts/fonts/merge-subsets.py            # regenerate everything
    /usr/bin/python3 scripts/fonts/merge-subsets.py --check    # regenerate in memory, fail if
                                                               # the committed files differ

Needs fontTools and brotli (Debian: apt-get install python3-fonttools python3-brotli; written
against fontTools 4.38). No fontTools.merge.Merger: it cannot merge variable fonts (VarStore has
no mergeMap) and, even for static ones, it keeps every glyph the subsets share twice (renamed,
with 'locl' lookups to switch between the copies) and would apply a kerning pair twice where two
subsets both carry it. The inputs are all cut from the same font, so this script rebuilds that
font restricted to the union of the subsets instead:

  glyphs   one glyph per distinct glyph: the same name (where the files keep names) with the
           same outline, metrics, variations and GDEF classes is one glyph; any difference keeps
           both;
  cmap     the union; where subsets map a character to different glyphs, the first subset of
           the set wins (reported; there are none in the sets here);
  gvar     each glyph's variations, unchanged;
  HVAR/VVAR, GDEF VarStore
           rebuilt from the inputs' delta rows over the same regions (fvar must be identical):
           advance widths and weight-dependent kerning and mark positions vary as before;
  GSUB/GPOS
           every input's lookups, in input order, under merged scripts, language systems and
           features (for each script and language, each input contributes what a shaper would
           pick in that input alone). Kerning (PairPos) lookups of the second and later inputs
           are rebuilt without the pairs an earlier input already has (both glyphs in it), so no
           pair is kerned twice; mark attachment is idempotent and kept whole; substitutions
           are kept whole (applying the same rule again finds nothing left to change).

Lost: nothing the inputs have. What none of them has is not recovered: kerning between two
glyphs that are only in different subsets (fontsource's split removed it).

The output is deterministic: head.created/modified are the inputs', nothing depends on hash
order (check: run twice, or with another PYTHONHASHSEED, and compare).
"""

import argparse
import copy
import hashlib
import io
import json
import os
import re
import sys
from collections import defaultdict

try:
    import brotli  # noqa: F401  (fontTools needs it for woff2)
    import fontTools
    from fontTools.otlLib.builder import buildCoverage, buildPairPosClassesSubtable
    from fontTools.ttLib import TTFont, newTable
    from fontTools.ttLib.tables import otTables as ot
    from fontTools.varLib.builder import buildVarIdxMap
    from fontTools.varLib.varStore import OnlineVarStoreBuilder
except ImportError as error:  # pragma: no cover
    sys.exit(
        f'merge-subsets.py: {error}. It needs fontTools and brotli: '
        'apt-get install python3-fonttools python3-brotli, then run it with /usr/bin/python3.'
    )

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CONFIG = os.path.join(ROOT, 'scripts', 'fonts', 'subset-sets.json')
OUT_DIR = os.path.join(ROOT, 'src', 'assets', 'fonts')
COMMAND = '/usr/bin/python3 scripts/fonts/merge-subsets.py'
NO_VARIATION_INDEX = 0xFFFFFFFF


class MergeError(Exception):
    pass


def sha256(data):
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------
# unicode-range


def parse_unicode_range(text):
    points = set()
    for part in text.split(','):
        part = part.strip()
        m = re.fullmatch(r'U\+([0-9A-Fa-f]{1,6})(?:-([0-9A-Fa-f]{1,6}))?', part)
        if not m:
            raise MergeError(f'cannot read unicode-range part {part!r}')
        start = int(m.group(1), 16)
        end = int(m.group(2), 16) if m.group(2) else start
        points.update(range(start, end + 1))
    return points


def format_unicode_range(points):
    ranges = []
    for p in sorted(points):
        if ranges and p == ranges[-1][1] + 1:
            ranges[-1][1] = p
        else:
            ranges.append([p, p])
    return ','.join(f'U+{a:04X}' if a == b else f'U+{a:04X}-{b:04X}' for a, b in ranges)


def fontsource_faces(package_dir):
    """@font-face blocks of the package's CSS, by the file name their src points at."""
    faces = {}
    for name in sorted(os.listdir(package_dir)):
        if not name.endswith('.css'):
            continue
        with open(os.path.join(package_dir, name), encoding='utf-8') as f:
            css = f.read()
        for block in re.findall(r'@font-face\s*{([^}]*)}', css):
            props = dict(
                (k.strip(), v.strip())
                for k, v in re.findall(r'([a-z-]+)\s*:\s*([^;]+);', block)
            )
            for url, fmt in re.findall(r"url\(\.?/?files/([^)]+\.woff2)\)\s*format\('([^']+)'\)", props.get('src', '')):
                faces.setdefault(url, dict(props, format=fmt, css=name))
    return faces


# ---------------------------------------------------------------------------------------------
# pass 1: which glyphs of the inputs are the same glyph


def glyph_keys(font, index):
    """A key per glyph, equal for the same glyph of the parent font in two subsets of it.

    Where the file keeps glyph names (post format 2) the name is part of the key. Where it does
    not (post 3: fontTools makes names up, from the cmap or as glyphNNNNN, and the same glyph is
    called A in one subset and glyph00012 in another), the glyph is what it is made of. That is
    everything that defines it: outline (components by their own key), metrics, variations.
    Not the GDEF classes: the subsets leave glyphs that are only components there unclassified
    (Golos' cyrillic file has no class for B, the component of В, which latin calls a base);
    merge_class_defs takes the class from the input that has one. Two glyphs of one input never
    become one: where an unnamed input has two identical glyphs, they are not shared at all.
    """
    real_names = font['post'].formatType == 2.0
    glyf = font['glyf']
    hmtx = font['hmtx'].metrics
    vmtx = font['vmtx'].metrics if 'vmtx' in font else {}
    gvar = font['gvar'].variations if 'gvar' in font else {}
    digests = {}

    def digest(name):
        if name in digests:
            return digests[name]
        g = glyf[name]
        program = g.program.getBytecode() if hasattr(g, 'program') else b''
        if g.isComposite():
            outline = (
                'composite',
                tuple(
                    (digest(c.glyphName), c.x, c.y, repr(getattr(c, 'transform', None)), c.flags)
                    for c in g.components
                ),
                program,
            )
        elif g.numberOfContours == 0:
            outline = ('empty',)
        else:
            outline = (
                'simple',
                tuple(g.coordinates),
                tuple(g.endPtsOfContours),
                tuple(f & 0x41 for f in g.flags),
                program,
            )
        variations = tuple(
            (tuple(sorted(tv.axes.items())), tuple(tv.coordinates)) for tv in gvar.get(name, [])
        )
        label = name if real_names else None
        base = repr((label, outline, hmtx[name], vmtx.get(name), variations))
        digests[name] = sha256(base.encode())
        return digests[name]

    order = font.getGlyphOrder()
    for name in order:
        digest(name)
    count = defaultdict(int)
    for name in order:
        count[digests[name]] += 1
    return {
        name: digests[name] if count[digests[name]] == 1 else f'{digests[name]}/{index}/{name}'
        for name in order
    }


def plan_glyphs(paths):
    """The merged glyph order and, per input, old name -> merged name.

    Each input is matched against the inputs before it: a glyph becomes an earlier one when
    their keys are equal, unless that is ambiguous or contradicted: several earlier glyphs with
    the key, a code point the two cmaps map differently, or a swap of order (below). A glyph
    that does not match is added, renamed if its name is taken. Not sharing a glyph only costs
    its bytes; sharing two different glyphs of the parent font would mix up their layout.

    Order: Coverage tables list glyphs in glyph id order and the records that go with them in
    the same order, so an input's lookups stay valid only if its glyphs keep their relative
    order. The subsets keep the parent font's order, so two matches that would swap the order
    of an earlier input mean that one of them pairs different glyphs of the parent (Source
    Serif's Cyrillic і is made exactly like Latin's Turkish i, for one). A sure match (same
    name, or a code point both map to it) wins over a match on looks alone; two matches on
    looks alone that swap are both dropped.
    """
    by_key, cmap, mapped_by = defaultdict(list), {}, defaultdict(set)
    renames, notes, sequences, positions = [], [], [], []
    used = set()
    for index, path in enumerate(paths):
        font = TTFont(path)
        keys = glyph_keys(font, index)
        real_names = font['post'].formatType == 2.0
        own_order = font.getGlyphOrder()
        own_cmap = font.getBestCmap()
        own_mapped_by = defaultdict(set)
        for cp, name in own_cmap.items():
            own_mapped_by[name].add(cp)
        sure, likely = [], []
        for name in own_order:
            earlier = by_key.get(keys[name], [])
            if len(earlier) != 1:
                continue
            g = earlier[0]
            if any(cmap.get(cp, g) != g for cp in own_mapped_by[name]):
                continue
            if any(own_cmap.get(cp, name) != name for cp in mapped_by[g]):
                continue
            (sure if real_names or own_mapped_by[name] & mapped_by[g] else likely).append((name, g))

        def swapped(a, b):  # a before b in this input: is b before a in an earlier one?
            return any(a[1] in pos and b[1] in pos and pos[a[1]] > pos[b[1]] for pos in positions)

        def drop_swaps(matches):  # matches in this input's order
            bad = set()
            for i in range(len(matches)):
                for j in range(i + 1, len(matches)):
                    if swapped(matches[i], matches[j]):
                        bad.update((i, j))
            return [m for i, m in enumerate(matches) if i not in bad], len(bad)

        sure, dropped = drop_swaps(sure)
        if dropped:
            notes.append(f'{os.path.basename(path)}: {dropped} glyphs that look shared would swap '
                         'the order of an earlier input; kept separate')
        where = {name: j for j, name in enumerate(own_order)}
        likely = [m for m in likely
                  if not any(swapped(*sorted((m, s), key=lambda x: where[x[0]])) for s in sure)]
        likely, _ = drop_swaps(likely)
        matches = dict(sure + likely)
        rename = {}
        for name in own_order:
            if name in matches:
                rename[name] = matches[name]
                continue
            new, n = name, 1
            while new in used:
                new = f'{name}.{n}'
                n += 1
            if new != name and real_names:
                notes.append(f'{os.path.basename(path)}: its glyph {name} is not the one of that '
                             f'name in an earlier input; kept as {new}')
            used.add(new)
            by_key[keys[name]].append(new)
            rename[name] = new
        for cp, name in own_cmap.items():
            if cp not in cmap:
                cmap[cp] = rename[name]
                mapped_by[rename[name]].add(cp)
        sequence = [rename[name] for name in own_order]
        sequences.append(sequence)
        positions.append({g: i for i, g in enumerate(sequence)})
        renames.append((own_order, rename))
        font.close()
    return merge_orders(sequences), renames, notes


def merge_orders(sequences):
    """One glyph order in which every input's glyphs keep their relative order: repeatedly take
    the first unplaced glyph of the earliest input that no input has to place anything before."""
    position = [{g: i for i, g in enumerate(seq)} for seq in sequences]
    heads = [0] * len(sequences)
    order, placed = [], set()
    total = len({g for seq in sequences for g in seq})
    while len(order) < total:
        for k, seq in enumerate(sequences):
            while heads[k] < len(seq) and seq[heads[k]] in placed:
                heads[k] += 1
        for k, seq in enumerate(sequences):
            if heads[k] == len(seq):
                continue
            glyph = seq[heads[k]]
            if all(glyph not in pos or pos[glyph] == heads[j] for j, pos in enumerate(position)):
                order.append(glyph)
                placed.add(glyph)
                break
        else:
            raise MergeError('the inputs order their glyphs differently: no glyph order fits all')
    return order


# ---------------------------------------------------------------------------------------------
# variation stores


def region_key(region):
    return tuple((a.StartCoord, a.PeakCoord, a.EndCoord) for a in region.VarRegionAxis)


class StoreMerger:
    """Collects delta rows from several VarStores over the same axes into one builder."""

    def __init__(self, axis_tags, fonts_stores):
        self.axis_tags = axis_tags
        regions = []
        for store in fonts_stores:
            if store is None:
                continue
            for region in store.VarRegionList.Region:
                k = region_key(region)
                if k not in regions:
                    regions.append(k)
        self.regions = regions
        self.builder = OnlineVarStoreBuilder(axis_tags)
        # the leading {} is the default master's, which the builder drops; with no regions at
        # all (VVAR of these fonts) every row is empty
        self.builder.setSupports([{}] + [
            {tag: r for tag, r in zip(axis_tags, k) if r[1] != 0} for k in regions
        ])

    def store_row(self, store, var_idx):
        """Stores row var_idx of store, returns its index in the builder."""
        deltas = [0] * len(self.regions)
        if store is not None and var_idx != NO_VARIATION_INDEX:
            data = store.VarData[var_idx >> 16]
            row = data.Item[var_idx & 0xFFFF]
            for region_index, delta in zip(data.VarRegionIndex, row):
                k = region_key(store.VarRegionList.Region[region_index])
                deltas[self.regions.index(k)] += delta
        return self.builder.storeDeltas(deltas)

    def finish(self):
        store = self.builder.finish()
        # NO_VARIATION_INDEX is new (OpenType 1.8.3 errata); spell out zero rows like varLib does
        # for HVAR so that no renderer has to know it
        mapping = store.optimize(use_NO_VARIATION_INDEX=False)
        return store, mapping


# ---------------------------------------------------------------------------------------------
# layout


def walk(obj, visit, seen=None):
    """Calls visit on every otTables object reachable from obj, once each."""
    if seen is None:
        seen = set()
    if isinstance(obj, list):
        for item in obj:
            walk(item, visit, seen)
        return
    if not isinstance(obj, (ot.BaseTable, ot.ValueRecord)) or id(obj) in seen:
        return
    seen.add(id(obj))
    visit(obj)
    for value in list(vars(obj).values()):
        if isinstance(value, (list, ot.BaseTable, ot.ValueRecord)):
            walk(value, visit, seen)


def effective_type(lookup, ext_type):
    if lookup.LookupType == ext_type:
        types = {st.ExtensionLookupType for st in lookup.SubTable}
        if len(types) != 1:
            raise MergeError('extension lookup with mixed subtable types')
        return types.pop(), [st.ExtSubTable for st in lookup.SubTable]
    return lookup.LookupType, list(lookup.SubTable)


def value_key(value):
    if value is None:
        return None
    fields = []
    for name in ('XPlacement', 'YPlacement', 'XAdvance', 'YAdvance'):
        fields.append(getattr(value, name, 0) or 0)
    for name in ('XPlaDevice', 'YPlaDevice', 'XAdvDevice', 'YAdvDevice'):
        device = getattr(value, name, None)
        if device is None:
            fields.append(None)
        elif device.DeltaFormat == 0x8000:
            var_idx = (device.StartSize << 16) + device.EndSize
            fields.append(None if var_idx == NO_VARIATION_INDEX else ('var', var_idx))
        else:
            fields.append(('dev', device.StartSize, device.EndSize, device.DeltaFormat,
                           tuple(device.DeltaValue)))
    if not any(fields):
        return None  # no effect at all
    return tuple(fields)


def rebuild_pair_lookup(lookup, subtables, own_glyphs, earlier_sets, glyph_map):
    """The lookup's pairs as a shaper finds them, less those an earlier input has, rebuilt as one
    class-kerning subtable. None if nothing is left."""
    effective = {}
    for st in subtables:
        if st.ValueFormat2:
            raise MergeError('PairPos with a second value record is not handled')
        if st.Format == 1:
            for g1, pair_set in zip(st.Coverage.glyphs, st.PairSet):
                for record in pair_set.PairValueRecord:
                    effective.setdefault((g1, record.SecondGlyph), record.Value1)
        elif st.Format == 2:
            cd1 = st.ClassDef1.classDefs if st.ClassDef1 else {}
            cd2 = st.ClassDef2.classDefs if st.ClassDef2 else {}
            for g1 in st.Coverage.glyphs:
                row = st.Class1Record[cd1.get(g1, 0)].Class2Record
                for g2 in own_glyphs:  # class 0 of ClassDef2 is every glyph of this input
                    effective.setdefault((g1, g2), row[cd2.get(g2, 0)].Value1)
        else:
            raise MergeError(f'PairPos format {st.Format}')
    kept = {}
    for (g1, g2), value in effective.items():
        k = value_key(value)
        if k is None:
            continue
        if any(g1 in s and g2 in s for s in earlier_sets):
            continue  # an earlier input has this pair (and kerns it, or rightly does not)
        kept[(g1, g2)] = (k, value)
    if not kept:
        return None
    # classes: first glyphs with the same row, then second glyphs with the same column
    rows = defaultdict(dict)
    for (g1, g2), (k, _) in kept.items():
        rows[g1][g2] = k
    by_row = defaultdict(list)
    for g1 in sorted(rows, key=glyph_map.get):
        by_row[tuple(sorted(rows[g1].items(), key=lambda item: glyph_map[item[0]]))].append(g1)
    classes1 = list(by_row.values())
    by_column = defaultdict(list)
    seconds = sorted({g2 for (_, g2) in kept}, key=glyph_map.get)
    for g2 in seconds:
        by_column[tuple(rows[c[0]].get(g2) for c in classes1)].append(g2)
    pairs = {}
    value_format = 0
    for c2 in by_column.values():
        for c1 in classes1:
            cell = kept.get((c1[0], c2[0]))
            if cell is None:
                continue
            value_format |= cell[1].getFormat()
            pairs[(tuple(sorted(c1)), tuple(sorted(c2)))] = (cell[1], None)
    subtable = buildPairPosClassesSubtable(pairs, glyph_map, valueFormat1=value_format, valueFormat2=0)
    new = ot.Lookup()
    new.LookupType = 2
    new.LookupFlag = lookup.LookupFlag
    if lookup.LookupFlag & 0x10:
        new.MarkFilteringSet = lookup.MarkFilteringSet
    new.SubTable = [subtable]
    new.SubTableCount = 1
    return new


def resolve_features(table, script_tag, lang_tag):
    """(tag, Feature) a shaper would apply from table for script_tag / lang_tag (None: the
    default language), with the same script fallback (script, DFLT, dflt, latn) and, like
    HarfBuzz, only the first feature of a tag."""
    if table is None or not table.ScriptList:
        return []
    scripts = {r.ScriptTag: r.Script for r in table.ScriptList.ScriptRecord}
    script = next((scripts[t] for t in (script_tag, 'DFLT', 'dflt', 'latn') if t in scripts), None)
    if script is None:
        return []
    langsys = None
    if lang_tag is not None:
        langsys = next((r.LangSys for r in script.LangSysRecord if r.LangSysTag == lang_tag), None)
    if langsys is None:
        langsys = script.DefaultLangSys
    if langsys is None:
        return []
    if langsys.ReqFeatureIndex != 0xFFFF:
        raise MergeError('required features are not handled')
    result, tags = [], set()
    for index in langsys.FeatureIndex:
        record = table.FeatureList.FeatureRecord[index]
        if record.FeatureTag in tags:
            continue
        if record.Feature.FeatureParams is not None:
            raise MergeError(f"feature parameters ({record.FeatureTag}) are not handled")
        tags.add(record.FeatureTag)
        result.append((record.FeatureTag, record.Feature))
    return result


def align_lookups(slots, items, k):
    """Adds input k's lookups to the merged order. The inputs' copies of one lookup of the parent
    font are put next to each other, in input order: a shaper applies lookups in list order, and
    one input's mark-to-base lookup after another's mark-to-mark would undo the stacking of
    marks. Copies are found as the longest common subsequence of (type, flags, features)."""
    n, m = len(slots), len(items)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in reversed(range(n)):
        for j in reversed(range(m)):
            if slots[i][0] == items[j][2]:
                best[i][j] = best[i + 1][j + 1] + 1
            else:
                best[i][j] = max(best[i + 1][j], best[i][j + 1])
    out, i, j = [], 0, 0
    while i < n or j < m:
        if i < n and j < m and slots[i][0] == items[j][2]:
            slots[i][1].append((k, items[j][0], items[j][1]))
            out.append(slots[i])
            i, j = i + 1, j + 1
        elif j == m or (i < n and best[i + 1][j] >= best[i][j + 1]):
            out.append(slots[i])
            i += 1
        else:
            out.append([items[j][2], [(k, items[j][0], items[j][1])]])
            j += 1
    return out


def merge_layout(tag, fonts, glyph_sets, glyph_map):
    tables = [font[tag].table if tag in font else None for font in fonts]
    if all(t is None for t in tables):
        return None
    for t in tables:
        if t is not None and getattr(t, 'FeatureVariations', None):
            raise MergeError(f'{tag} FeatureVariations are not handled')
    ext_type = 7 if tag == 'GSUB' else 9
    slots = []  # [signature, [(input, index, lookup)]]: the merged lookup order
    for k, (font, table) in enumerate(zip(fonts, tables)):
        if table is None or not table.LookupList:
            continue
        own = font.getGlyphOrder()
        tags_of = defaultdict(set)
        for record in table.FeatureList.FeatureRecord:
            for i in record.Feature.LookupListIndex:
                tags_of[i].add(record.FeatureTag)
        items = []
        for index, lookup in enumerate(table.LookupList.Lookup):
            kind, subtables = effective_type(lookup, ext_type)
            if tag == 'GPOS' and k > 0:
                if kind == 2:
                    lookup = rebuild_pair_lookup(lookup, subtables, own, glyph_sets[:k], glyph_map)
                    if lookup is None:
                        continue
                elif kind in (1, 7, 8):
                    # single and contextual positioning add up when applied twice, as two
                    # inputs' copies of one lookup would be: they would need pruning too
                    raise MergeError(
                        f'GPOS lookup type {kind} in a second or later input is not handled; '
                        'extend rebuild_pair_lookup\'s pruning to it'
                    )
            flags = lookup.LookupFlag
            signature = (kind, flags, lookup.MarkFilteringSet if flags & 0x10 else None,
                         tuple(sorted(tags_of[index])))
            items.append((index, lookup, signature))
        slots = align_lookups(slots, items, k)
    lookups, maps = [], [{} for _ in tables]
    for _, members in slots:
        for k, index, lookup in members:
            maps[k][index] = len(lookups)
            lookups.append(lookup)
    # nested lookups (contextual rules) point into their own input's list
    for k, table in enumerate(tables):
        if table is None or not table.LookupList:
            continue

        def visit(obj, index_map=maps[k]):
            if isinstance(obj, (ot.SubstLookupRecord, ot.PosLookupRecord)):
                if obj.LookupListIndex not in index_map:
                    raise MergeError(f'{tag}: a contextual rule calls a lookup that was dropped')
                obj.LookupListIndex = index_map[obj.LookupListIndex]

        for index in maps[k]:
            walk(lookups[maps[k][index]], visit)

    # scripts, languages, features
    script_tags = sorted({r.ScriptTag for t in tables if t is not None and t.ScriptList
                          for r in t.ScriptList.ScriptRecord})
    features = {}  # (tag, lookup indices) -> Feature
    script_records = []
    for script_tag in script_tags:
        lang_tags = sorted({lr.LangSysTag for t in tables if t is not None and t.ScriptList
                            for r in t.ScriptList.ScriptRecord if r.ScriptTag == script_tag
                            for lr in r.Script.LangSysRecord})
        langsys_of = {}
        for lang_tag in [None] + lang_tags:
            by_tag = defaultdict(set)
            for k, table in enumerate(tables):
                for feature_tag, feature in resolve_features(table, script_tag, lang_tag):
                    by_tag[feature_tag].update(maps[k][i] for i in feature.LookupListIndex if i in maps[k])
            langsys_of[lang_tag] = {
                t: tuple(sorted(indices)) for t, indices in sorted(by_tag.items()) if indices
            }
            for key in langsys_of[lang_tag].items():
                features.setdefault(key, None)
        script_records.append((script_tag, lang_tags, langsys_of))
    feature_keys = sorted(features)
    feature_index = {key: i for i, key in enumerate(feature_keys)}

    def make_langsys(feature_map):
        ls = ot.LangSys()
        ls.LookupOrder = None
        ls.ReqFeatureIndex = 0xFFFF
        ls.FeatureIndex = sorted(feature_index[item] for item in feature_map.items())
        ls.FeatureCount = len(ls.FeatureIndex)
        return ls

    out = ot.GSUB() if tag == 'GSUB' else ot.GPOS()
    out.Version = 0x00010000
    out.ScriptList = ot.ScriptList()
    out.ScriptList.ScriptRecord = []
    for script_tag, lang_tags, langsys_of in script_records:
        record = ot.ScriptRecord()
        record.ScriptTag = script_tag
        record.Script = ot.Script()
        record.Script.DefaultLangSys = make_langsys(langsys_of[None])
        record.Script.LangSysRecord = []
        for lang_tag in lang_tags:
            if langsys_of[lang_tag] == langsys_of[None]:
                continue  # same as the default: a shaper falls back to it anyway
            lr = ot.LangSysRecord()
            lr.LangSysTag = lang_tag
            lr.LangSys = make_langsys(langsys_of[lang_tag])
            record.Script.LangSysRecord.append(lr)
        record.Script.LangSysCount = len(record.Script.LangSysRecord)
        out.ScriptList.ScriptRecord.append(record)
    out.ScriptList.ScriptCount = len(out.ScriptList.ScriptRecord)
    out.FeatureList = ot.FeatureList()
    out.FeatureList.FeatureRecord = []
    for feature_tag, indices in feature_keys:
        record = ot.FeatureRecord()
        record.FeatureTag = feature_tag
        record.Feature = ot.Feature()
        record.Feature.FeatureParams = None
        record.Feature.LookupListIndex = list(indices)
        record.Feature.LookupCount = len(indices)
        out.FeatureList.FeatureRecord.append(record)
    out.FeatureList.FeatureCount = len(out.FeatureList.FeatureRecord)
    out.LookupList = ot.LookupList()
    out.LookupList.Lookup = lookups
    out.LookupList.LookupCount = len(lookups)
    table = newTable(tag)
    table.table = out
    return table


def merge_class_defs(class_defs, fonts, mapped, what, base_is_unclassified=False):
    """The union. The subsets leave some glyphs unclassified (class 0), mostly those that are
    only components there; such a glyph takes the class another input gives it. A glyph an
    input maps in its cmap must have the same class wherever it is, except that, with
    base_is_unclassified, base (1) and unclassified are the same: so they are to a shaper
    unless a lookup ignores base glyphs."""
    merged = {}
    for cd in class_defs:
        for glyph, cls in (cd.classDefs.items() if cd else ()):
            if cls and merged.setdefault(glyph, cls) != cls:
                raise MergeError(f'{what}: {glyph} is class {merged[glyph]} in one input, {cls} in another')
    for k, (cd, font) in enumerate(zip(class_defs, fonts)):
        own = cd.classDefs if cd else {}
        for glyph in mapped[k]:
            if glyph in merged and not own.get(glyph) and not (base_is_unclassified and merged[glyph] == 1):
                raise MergeError(f'{what}: {glyph} is unclassified in an input that maps it, class '
                                 f'{merged[glyph]} in another')
    if not merged:
        return None
    out = ot.ClassDef()
    out.classDefs = merged
    return out


def merge_gdef(fonts, glyph_map, store):
    gdefs = [font['GDEF'].table if 'GDEF' in font else None for font in fonts]
    if all(g is None for g in gdefs):
        return None
    for g in gdefs:
        if g is not None and (g.AttachList or g.LigCaretList):
            raise MergeError('GDEF AttachList / LigCaretList are not handled')
    mapped = [set(font.getBestCmap().values()) for font in fonts]
    out = ot.GDEF()
    out.Version = 0x00010000
    ignores_bases = any(
        lookup.LookupFlag & 0x2
        for font in fonts for t in ('GSUB', 'GPOS') if t in font and font[t].table.LookupList
        for lookup in font[t].table.LookupList.Lookup
    )
    out.GlyphClassDef = merge_class_defs(
        [g.GlyphClassDef if g else None for g in gdefs], fonts, mapped, 'GDEF glyph classes',
        base_is_unclassified=not ignores_bases)
    out.AttachList = None
    out.LigCaretList = None
    out.MarkAttachClassDef = merge_class_defs(
        [getattr(g, 'MarkAttachClassDef', None) if g else None for g in gdefs], fonts, mapped,
        'GDEF mark attachment classes')
    # mark glyph sets: set i of every input is the parent font's set i cut to that input; the
    # union is that set cut to the union. Like the classes, a glyph may be missing from a set
    # in an input where it is only a component; an input that maps it must agree.
    sets = []
    for font, g in zip(fonts, gdefs):
        coverages = getattr(g, 'MarkGlyphSetsDef', None) if g is not None else None
        for i, coverage in enumerate(coverages.Coverage if coverages else []):
            while len(sets) <= i:
                sets.append(set())
            sets[i].update(coverage.glyphs)
    for k, (font, g) in enumerate(zip(fonts, gdefs)):
        coverages = getattr(g, 'MarkGlyphSetsDef', None) if g is not None else None
        own = [set(c.glyphs) for c in coverages.Coverage] if coverages else []
        for i, members in enumerate(sets):
            for glyph in members & mapped[k]:
                if i >= len(own) or glyph not in own[i]:
                    raise MergeError(f'mark glyph set {i}: {glyph} is missing in an input that maps it')
    if sets:
        out.Version = 0x00010002
        out.MarkGlyphSetsDef = ot.MarkGlyphSetsDef()
        out.MarkGlyphSetsDef.MarkSetTableFormat = 1
        out.MarkGlyphSetsDef.Coverage = [buildCoverage(members, glyph_map) for members in sets]
        out.MarkGlyphSetsDef.MarkSetCount = len(sets)
    if store is not None:
        out.Version = 0x00010003
        out.VarStore = store
        if not sets:
            out.MarkGlyphSetsDef = None
    table = newTable('GDEF')
    table.table = out
    return table


def metrics_var(fonts, source, order, axis_tags, tag, map_attr):
    """HVAR or VVAR for the merged glyphs: each glyph's advance deltas from its input."""
    stores = [font[tag].table.VarStore if tag in font else None for font in fonts]
    if all(s is None for s in stores):
        return None
    for font in fonts:
        t = font[tag].table if tag in font else None
        if t is not None and any(getattr(t, m, None) for m in ('LsbMap', 'RsbMap', 'TsbMap', 'BsbMap', 'VOrgMap')):
            raise MergeError(f'{tag} side-bearing maps are not handled')
    merger = StoreMerger(axis_tags, stores)
    indices = []
    for name in order:
        k = source[name]
        font = fonts[k]
        if tag not in font:
            raise MergeError(f'{tag} missing from one input only')
        t = font[tag].table
        adv_map = getattr(t, map_attr)
        var_idx = adv_map.mapping[name] if adv_map is not None else font.getGlyphID(name)
        indices.append(merger.store_row(t.VarStore, var_idx))
    store, mapping = merger.finish()
    out = ot.HVAR() if tag == 'HVAR' else ot.VVAR()
    out.Version = 0x00010000
    out.VarStore = store
    setattr(out, map_attr, buildVarIdxMap([mapping[i] for i in indices], order))
    for m in (('LsbMap', 'RsbMap') if tag == 'HVAR' else ('TsbMap', 'BsbMap', 'VOrgMap')):
        setattr(out, m, None)
    table = newTable(tag)
    table.table = out
    return table


# ---------------------------------------------------------------------------------------------
# the merge


SAME_TABLES = ('name', 'gasp', 'prep', 'fpgm', 'cvt ', 'fvar', 'avar', 'STAT', 'BASE', 'MVAR')
HANDLED = set(SAME_TABLES) | {
    'GlyphOrder', 'head', 'hhea', 'maxp', 'OS/2', 'hmtx', 'cmap', 'loca', 'glyf', 'post', 'gvar',
    'vhea', 'vmtx', 'HVAR', 'VVAR', 'GDEF', 'GSUB', 'GPOS',
}


def merge_fonts(paths, ranges):
    """paths: the inputs in order of precedence; ranges: their unicode-range code points."""
    order, renames, notes = plan_glyphs(paths)
    fonts = []
    for path, (old_order, rename) in zip(paths, renames):
        font = TTFont(path, recalcTimestamp=False)
        font.setGlyphOrder([rename[n] for n in old_order])  # before any table is read
        fonts.append(font)
    tags = sorted({t for font in fonts for t in font.keys()})
    unknown = [t for t in tags if t not in HANDLED]
    if unknown:
        raise MergeError(f'tables not handled: {unknown}')
    for t in tags:
        if any(t not in font for font in fonts):
            raise MergeError(f'table {t} is in some inputs only')
    glyph_sets = [set(font.getGlyphOrder()) for font in fonts]
    source = {}
    for k, font in enumerate(fonts):
        for name in font.getGlyphOrder():
            source.setdefault(name, k)

    merged = TTFont(recalcTimestamp=False)
    merged.sfntVersion = fonts[0].sfntVersion
    merged.setGlyphOrder(order)
    glyph_map = merged.getReverseGlyphMap()

    for t in SAME_TABLES:
        if t in fonts[0]:
            data = {font.reader[t] for font in fonts}
            if len(data) != 1:
                raise MergeError(f'table {t} differs between inputs')
            merged[t] = copy.deepcopy(fonts[0][t])

    # glyphs
    glyf = newTable('glyf')
    glyf.glyphOrder = order
    glyf.glyphs = {name: copy.deepcopy(fonts[source[name]]['glyf'][name]) for name in order}
    merged['glyf'] = glyf
    merged['loca'] = newTable('loca')
    for t, attr in (('hmtx', 'metrics'), ('vmtx', 'metrics')):
        if t in fonts[0]:
            table = newTable(t)
            setattr(table, attr, {name: fonts[source[name]][t].metrics[name] for name in order})
            merged[t] = table
    if 'gvar' in fonts[0]:
        gvar = newTable('gvar')
        gvar.version, gvar.reserved = 1, 0
        gvar.variations = {name: fonts[source[name]]['gvar'].variations.get(name, []) for name in order}
        merged['gvar'] = gvar

    # cmap: first input whose unicode-range has the code point, else first input that maps it
    cmaps = [font.getBestCmap() for font in fonts]
    cmap, conflicts = {}, []
    for cp in sorted({cp for c in cmaps for cp in c}):
        having = [k for k, c in enumerate(cmaps) if cp in c]
        owners = [k for k in having if cp in ranges[k]] or having
        cmap[cp] = cmaps[owners[0]][cp]
        if len({cmaps[k][cp] for k in having}) > 1:
            conflicts.append(f'U+{cp:04X}')
    if conflicts:
        notes.append('inputs map ' + ', '.join(conflicts) + ' to different glyphs; the first '
                     'subset whose unicode-range has the character wins')
    table = newTable('cmap')
    table.tableVersion = 0
    table.tables = []
    for sub in fonts[0]['cmap'].tables:
        fmt = sub.format
        if fmt not in (4, 12):
            raise MergeError(f'cmap format {fmt} is not handled')
        if fmt == 4 and max(cmap) > 0xFFFF and not any(s.format == 12 for s in fonts[0]['cmap'].tables):
            raise MergeError('code points beyond the BMP need a format 12 cmap')
        new = copy.deepcopy(sub)
        new.cmap = {cp: g for cp, g in cmap.items() if fmt == 12 or cp <= 0xFFFF}
        table.tables.append(new)
    merged['cmap'] = table

    # variations
    axis_tags = [a.axisTag for a in fonts[0]['fvar'].axes] if 'fvar' in fonts[0] else []
    gdef_store = None
    if any('GDEF' in f and getattr(f['GDEF'].table, 'VarStore', None) for f in fonts):
        stores = [getattr(f['GDEF'].table, 'VarStore', None) for f in fonts]
        store_merger = StoreMerger(axis_tags, stores)
        for font, store in zip(fonts, stores):
            used = set()
            for t in ('GDEF', 'GPOS'):
                if t in font:
                    font[t].table.collect_device_varidxes(used)
            mapping = {i: store_merger.store_row(store, i) for i in sorted(used)}
            for t in ('GDEF', 'GPOS'):
                if t in font:
                    font[t].table.remap_device_varidxes(mapping)
        gdef_store = store_merger
    for t, attr in (('HVAR', 'AdvWidthMap'), ('VVAR', 'AdvHeightMap')):
        if t in fonts[0]:
            merged[t] = metrics_var(fonts, source, order, axis_tags, t, attr)

    # layout
    for t in ('GSUB', 'GPOS'):
        table = merge_layout(t, fonts, glyph_sets, glyph_map)
        if table is not None:
            merged[t] = table
    store = None
    if gdef_store is not None:
        store, mapping = gdef_store.finish()
        mapping[NO_VARIATION_INDEX] = NO_VARIATION_INDEX
        if 'GPOS' in merged:
            merged['GPOS'].table.remap_device_varidxes(mapping)
    gdef = merge_gdef(fonts, glyph_map, store)
    if gdef is not None:
        merged['GDEF'] = gdef

    # global tables: the first input's, with what depends on the glyphs recomputed
    head = copy.deepcopy(fonts[0]['head'])
    for field in ('unitsPerEm', 'fontRevision', 'flags', 'created', 'modified', 'macStyle'):
        if len({getattr(f['head'], field) for f in fonts}) != 1:
            raise MergeError(f'head.{field} differs between inputs')
    head.lowestRecPPEM = max(f['head'].lowestRecPPEM for f in fonts)
    merged['head'] = head
    for t, fields in (('hhea', ('ascent', 'descent', 'lineGap', 'caretSlopeRise', 'caretSlopeRun', 'caretOffset')),
                      ('vhea', ('ascent', 'descent', 'lineGap'))):
        if t in fonts[0]:
            for field in fields:
                if len({getattr(f[t], field) for f in fonts}) != 1:
                    raise MergeError(f'{t}.{field} differs between inputs')
            merged[t] = copy.deepcopy(fonts[0][t])  # extents are recomputed on save
    maxp = copy.deepcopy(fonts[0]['maxp'])
    for field in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs',
                  'maxInstructionDefs', 'maxStackElements', 'maxSizeOfInstructions'):
        if hasattr(maxp, field):
            setattr(maxp, field, max(getattr(f['maxp'], field) for f in fonts))
    maxp.numGlyphs = len(order)
    merged['maxp'] = maxp
    os2 = copy.deepcopy(fonts[0]['OS/2'])
    for field in ('usWeightClass', 'usWidthClass', 'fsType', 'fsSelection', 'sTypoAscender',
                  'sTypoDescender', 'sTypoLineGap', 'usWinAscent', 'usWinDescent', 'sxHeight',
                  'sCapHeight'):
        if len({getattr(f['OS/2'], field) for f in fonts}) != 1:
            raise MergeError(f'OS/2.{field} differs between inputs')
    for field in ('ulUnicodeRange1', 'ulUnicodeRange2', 'ulUnicodeRange3', 'ulUnicodeRange4',
                  'ulCodePageRange1', 'ulCodePageRange2'):
        value = 0
        for f in fonts:
            value |= getattr(f['OS/2'], field)
        setattr(os2, field, value)
    os2.usMaxContext = max(f['OS/2'].usMaxContext for f in fonts)
    os2.usFirstCharIndex = min(min(cmap), 0xFFFF)
    os2.usLastCharIndex = min(max(cmap), 0xFFFF)
    merged['OS/2'] = os2
    if len({f['OS/2'].xAvgCharWidth for f in fonts}) > 1:
        os2.recalcAvgCharWidth(merged)  # the subsetter recomputed it per subset: do the same
    post = copy.deepcopy(fonts[0]['post'])
    post.extraNames, post.mapping = [], {}
    merged['post'] = post

    merged.flavor = 'woff2'
    buffer = io.BytesIO()
    merged.save(buffer)
    for font in fonts:
        font.close()
    return buffer.getvalue(), notes, len(order)


# ---------------------------------------------------------------------------------------------
# the sets


def build(config):
    outputs, manifest_outputs = {}, []
    for set_name, spec in config['sets'].items():
        for family, fam in config['families'].items():
            package_dir = os.path.join(ROOT, 'node_modules', *fam['package'].split('/'))
            if not os.path.isdir(package_dir):
                raise MergeError(f'{fam["package"]} is not installed: run npm ci first')
            with open(os.path.join(package_dir, 'package.json'), encoding='utf-8') as f:
                version = json.load(f)['version']
            with open(os.path.join(package_dir, 'unicode.json'), encoding='utf-8') as f:
                unicode_json = json.load(f)
            faces = fontsource_faces(package_dir)
            paths, ranges, inputs, css = [], [], [], None
            for subset in spec['subsets']:
                file = fam['file'].format(subset=subset)
                path = os.path.join(package_dir, 'files', file)
                face = faces.get(file)
                if face is None:
                    raise MergeError(f'no @font-face in {fam["package"]} uses files/{file}')
                range_text = face['unicode-range']
                if subset in unicode_json and parse_unicode_range(unicode_json[subset]) != parse_unicode_range(range_text):
                    raise MergeError(f'{fam["package"]}: unicode.json and {face["css"]} disagree on {subset}')
                face_css = {
                    'fontFamily': face['font-family'].strip('\'"'),
                    'fontStyle': face['font-style'],
                    'fontWeight': face['font-weight'],
                    'format': face['format'],
                }
                if css is not None and css != face_css:
                    raise MergeError(f'{fam["package"]}: the subsets\' @font-face differ ({css} / {face_css})')
                css = face_css
                with open(path, 'rb') as f:
                    data = f.read()
                paths.append(path)
                ranges.append(parse_unicode_range(range_text))
                inputs.append({
                    'subset': subset,
                    'file': file,
                    'path': os.path.relpath(path, ROOT),
                    'bytes': len(data),
                    'sha256': sha256(data),
                    'unicodeRange': range_text,
                })
            data, notes, glyph_count = merge_fonts(paths, ranges)
            out_file = f'{family}-{set_name}.woff2'
            outputs[out_file] = data
            check = TTFont(io.BytesIO(data))
            entry = {
                'file': out_file,
                'path': os.path.relpath(os.path.join(OUT_DIR, out_file), ROOT),
                'family': family,
                'set': set_name,
                'subsets': list(spec['subsets']),
                'locales': list(spec.get('locales', [])),
                'package': {'name': fam['package'], 'version': version},
                'inputs': inputs,
                'inputBytes': sum(i['bytes'] for i in inputs),
                'bytes': len(data),
                'sha256': sha256(data),
                'glyphs': glyph_count,
                'unicodeRange': format_unicode_range(set().union(*ranges)),
                'css': css,
            }
            if 'fvar' in check:
                entry['axes'] = [
                    {'tag': a.axisTag, 'min': a.minValue, 'default': a.defaultValue, 'max': a.maxValue}
                    for a in check['fvar'].axes
                ]
            entry['notes'] = notes
            manifest_outputs.append(entry)
    manifest = {
        '$comment': 'Written by scripts/fonts/merge-subsets.py; do not edit. Regenerate with the command below after changing scripts/fonts/subset-sets.json or upgrading a fontsource package.',
        'command': COMMAND,
        'generator': {'fontTools': fontTools.version},
        'outputs': manifest_outputs,
    }
    return outputs, (json.dumps(manifest, indent=2, ensure_ascii=False) + '\n').encode()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--check', action='store_true',
                        help='regenerate in memory; exit 1 if src/assets/fonts differs')
    parser.add_argument('--out-dir', default=OUT_DIR, help='write here instead of src/assets/fonts')
    args = parser.parse_args()
    with open(CONFIG, encoding='utf-8') as f:
        config = json.load(f)
    try:
        outputs, manifest = build(config)
    except MergeError as error:
        sys.exit(f'merge-subsets.py: {error}')
    outputs['manifest.json'] = manifest
    if args.check:
        stale = []
        for name, data in outputs.items():
            path = os.path.join(args.out_dir, name)
            if not os.path.exists(path) or open(path, 'rb').read() != data:
                stale.append(name)
        if stale:
            sys.exit(f'merge-subsets.py --check: out of date: {", ".join(stale)}; run {COMMAND}')
        print(f'merge-subsets.py --check: {len(outputs)} files up to date')
        return
    os.makedirs(args.out_dir, exist_ok=True)
    for name, data in outputs.items():
        with open(os.path.join(args.out_dir, name), 'wb') as f:
            f.write(data)
    for entry in json.loads(manifest)['outputs']:
        print(f'{entry["file"]}: {entry["bytes"]} bytes (inputs {entry["inputBytes"]}), '
              f'{entry["glyphs"]} glyphs' + ''.join(f'\n  note: {n}' for n in entry['notes']))


if __name__ == '__main__':
    main()
