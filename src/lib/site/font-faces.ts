/**
 * The font files an edition's first screen needs. The source locale's Latin text is served by the
 * fontsource subsets of src/styles/fonts.css; an edition in another script gets, for each family,
 * one file merged from the subsets its locale names (src/assets/fonts/, made by
 * scripts/fonts/merge-subsets.py), so its first screen still takes two font files, not four. The
 * merged faces are families of their own, put first in the page's font stacks: a character they
 * lack falls through to the fontsource families, and nothing else is downloaded for the rest.
 */
import manifest from '../../assets/fonts/manifest.json';
import TOKENS from '../../styles/tokens.css?raw';

interface Output {
  file: string;
  set: string;
  unicodeRange: string;
  css: { fontFamily: string; fontStyle: string; fontWeight: string; format: string };
}

/** file name → its built URL */
const urls = import.meta.glob('../../assets/fonts/*.woff2', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const urlOf = (file: string) => {
  const url = Object.entries(urls).find(([path]) => path.endsWith(`/${file}`))?.[1];
  if (!url) throw new Error(`src/assets/fonts/${file} is in the manifest but not on disk: run scripts/fonts/merge-subsets.py`);
  return url;
};

/** The merged faces for a locale's font subsets ("latin+cyrillic"), or none for "latin". */
export function mergedFaces(set: string): { css: string; preloads: string[] } {
  if (set === 'latin') return { css: '', preloads: [] };
  const outputs = (manifest.outputs as Output[]).filter((o) => o.set === set);
  if (outputs.length === 0) throw new Error(`src/content/locales.yaml: no merged font files for "${set}" in src/assets/fonts/manifest.json (see scripts/fonts/README.md)`);
  const familyOf = (o: Output) => `${o.css.fontFamily} ${set}`;
  const faces = outputs.map((o) =>
    [
      '@font-face{',
      `font-family:'${familyOf(o)}';font-style:${o.css.fontStyle};font-weight:${o.css.fontWeight};font-display:optional;`,
      `src:url('${urlOf(o.file)}') format('${o.css.format}');unicode-range:${o.unicodeRange}`,
      '}',
    ].join(''),
  );
  // each stack of tokens.css that starts with a merged family's source gets the merged family first
  // (html:root, to outweigh the page's own :root, which comes after)
  const stacks = [...TOKENS.matchAll(/(--font-[a-z]+):\s*([^;]+);/g)].flatMap(([, name, stack]) => {
    const o = outputs.find((x) => stack!.trim().startsWith(`'${x.css.fontFamily}'`));
    return o ? [`${name}:'${familyOf(o)}',${stack!.trim()}`] : [];
  });
  if (stacks.length !== outputs.length) throw new Error(`src/styles/tokens.css: no font stack starts with each of ${outputs.map((o) => o.css.fontFamily).join(', ')}`);
  return { css: `${faces.join('')}html:root{${stacks.join(';')}}`, preloads: outputs.map((o) => urlOf(o.file)) };
}
