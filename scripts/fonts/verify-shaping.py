#!/usr/bin/python3
"""
Checks the merged fonts against their inputs with HarfBuzz (hb-shape, Debian's libharfbuzz-bin):
every input is the reference for the characters its cmap has. For each input of each output it
shapes, in the input alone and in the merged file, at several weights of a variable font and in
several languages:

  - every ordered pair of the input's characters (kerning, ligatures, contextual forms),
  - every base + one and two of its combining marks (mark attachment, ccmp),
  - a few sentences, when all their characters are in the input,

and compares glyph by glyph: the same glyph (mapped through the merge), cluster, offsets and
advance. Prints the counts; exits 1 on any difference.

    /usr/bin/python3 scripts/fonts/verify-shaping.py [--out-dir src/assets/fonts]

Development tool: not needed to build or test the site.
"""

import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

from fontTools.ttLib import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
spec = importlib.util.spec_from_file_location('merge_subsets', os.path.join(HERE, 'merge-subsets.py'))
merge = importlib.util.module_from_spec(spec)
spec.loader.exec_module(merge)

SENTENCES = [
    'Border Lines: the Kyrgyzstan–Tajikistan border, 1924–2025 (971 km; 58% agreed).',
    'AVATAR, Tj, To, Ty, LT, “quoted” ‘text’ — fi fl ff ffi 1/2 3/4 № 5',
    'Граница между Кыргызстаном и Таджикистаном: 971 км, из них согласовано 58%.',
    'ГОТОВО. Ёлка, объём, «кавычки» — №\u00a012; Г. Т. Ъ. У. Ф. Я.',
    'Кыргызстан Өзбекстан Ңң Үү Өө Ғғ Ӣӣ Ққ Ӯӯ Ҳҳ Ҷҷ',
    'Баҳори Тоҷикистон: Хуҷанд, Исфара, Ворух; Баткен, Ак-Сай.',
    'Ӏ ӏ Ѐ ѐ Ѝ ѝ Ґ ґ Ђ ђ Љ љ Њ њ Ћ ћ Џ џ і ї й ў',
]
LANGUAGES = ['en', 'ru', 'bg', 'sr', 'tr', 'ky', 'tg']


def shape(font_path, lines, variations, language):
    with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False, encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
        text = f.name
    try:
        args = ['hb-shape', '--no-glyph-names', f'--language={language}', f'--text-file={text}', font_path]
        if variations:
            args.append(f'--variations={variations}')
        out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    finally:
        os.unlink(text)
    result = out.splitlines()
    if len(result) != len(lines):
        raise SystemExit(f'hb-shape returned {len(result)} lines for {len(lines)}')
    return result


def parse(line, gid_map=None):
    glyphs = []
    for item in line.strip('[]').split('|'):
        m = re.fullmatch(r'(\d+)=(\d+)(?:@(-?\d+),(-?\d+))?\+(-?\d+)', item)
        if not m:
            raise SystemExit(f'cannot read hb-shape output {item!r}')
        gid = int(m.group(1))
        glyphs.append((gid_map[gid] if gid_map else gid, int(m.group(2)),
                       int(m.group(3) or 0), int(m.group(4) or 0), int(m.group(5))))
    return glyphs


def to_ttf(path, out):
    font = TTFont(path)
    font.flavor = None
    font.save(out)
    return font


def test_strings(cmap):
    chars = [chr(cp) for cp in sorted(cmap) if cp >= 0x20 and unicodedata.category(chr(cp)) not in ('Cc', 'Cf', 'Zl', 'Zp')]
    marks = [c for c in chars if unicodedata.category(c) == 'Mn']
    bases = [c for c in chars if unicodedata.category(c) != 'Mn']
    lines = [a + b for a in chars for b in chars]
    lines += [b + m for b in bases for m in marks]
    lines += [b + m + n for b in bases for m in marks for n in marks]
    lines += [s for s in SENTENCES if all(ord(c) in cmap for c in s)]
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--out-dir', default=os.path.join(ROOT, 'src', 'assets', 'fonts'))
    args = parser.parse_args()
    if not shutil.which('hb-shape'):
        sys.exit('verify-shaping.py needs hb-shape: apt-get install libharfbuzz-bin')
    with open(os.path.join(args.out_dir, 'manifest.json'), encoding='utf-8') as f:
        manifest = json.load(f)
    failures = 0
    tmp = tempfile.mkdtemp()
    try:
        for entry in manifest['outputs']:
            paths = [os.path.join(ROOT, i['path']) for i in entry['inputs']]
            order, renames, _ = merge.plan_glyphs(paths)
            merged_gid = {g: i for i, g in enumerate(order)}
            merged_ttf = os.path.join(tmp, 'merged.ttf')
            merged_font = to_ttf(os.path.join(args.out_dir, entry['file']), merged_ttf)
            if len(merged_font.getGlyphOrder()) != len(order):
                sys.exit(f'{entry["file"]}: glyph count differs from the plan; regenerate first')
            weights = [None]
            if 'axes' in entry:
                weights = [f'wght={w}' for w in (400, 500, 600, 700, 900)]
            for path, (old_order, rename), info in zip(paths, renames, entry['inputs']):
                input_ttf = os.path.join(tmp, 'input.ttf')
                font = to_ttf(path, input_ttf)
                gid_map = {i: merged_gid[rename[name]] for i, name in enumerate(old_order)}
                cmap = font.getBestCmap()
                own_range = merge.parse_unicode_range(info['unicodeRange'])
                owned = {cp for cp in cmap if cp in own_range}
                # strict: what a browser shapes with this input, the characters of its
                # unicode-range; informative: the other characters its cmap has (a browser takes
                # those from another file, where the merged font may join them up better)
                for label, chars, runs, strict in (
                    ('own unicode-range', owned, [(w, l) for w in weights for l in LANGUAGES], True),
                    ('whole cmap', set(cmap), [(w, l) for w in weights[::2] for l in ('en', 'ru')], False),
                ):
                    lines = test_strings(chars)
                    if not strict:
                        owned_lines = set(test_strings(owned))
                        lines = [t for t in lines if t not in owned_lines]
                    compared = differing = 0
                    examples = []
                    for variations, language in runs:
                        ref = shape(input_ttf, lines, variations, language)
                        got = shape(merged_ttf, lines, variations, language)
                        for text, a, b in zip(lines, ref, got):
                            compared += 1
                            if parse(a, gid_map) != parse(b):
                                differing += 1
                                if len(examples) < 6:
                                    examples.append(f'    {text!r} {variations or ""} {language}: {a} vs {b}')
                    status = 'ok' if not differing else ('DIFFERENT' if strict else 'differ (informative)')
                    print(f'{entry["file"]} vs {info["file"]}, {label}: {compared} shapings '
                          f'({len(lines)} strings x {len(runs)} weight/language runs), '
                          f'{differing} differ: {status}')
                    for e in examples:
                        print(e)
                    if strict:
                        failures += differing
    finally:
        shutil.rmtree(tmp)
    sys.exit(1 if failures else 0)


if __name__ == '__main__':
    main()
