/**
 * The styles a graphic carries when it leaves the page (a still figure's file, a download, an
 * embed): the page's own map or chart stylesheet, with every design token resolved to its value,
 * so the file needs nothing else and renderers without CSS custom properties draw it the same.
 * Build-time only (it reads the stylesheets from disk).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const STYLES = join(process.cwd(), 'src', 'styles');
const read = (file: string) => readFileSync(join(STYLES, file), 'utf8');

/** The design tokens of tokens.css, name → value. */
export function designTokens(css = read('tokens.css')): Map<string, string> {
  const body = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return new Map([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

/** CSS with every var(--token[, fallback]) replaced by the token's value; an unknown token is an error. */
export function resolveTokens(css: string, tokens: Map<string, string>, file = 'a stylesheet'): string {
  const once = (s: string) =>
    s.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => {
      const value = tokens.get(name) ?? fallback?.trim();
      if (value === undefined) throw new Error(`${file}: design token ${name} is not in src/styles/tokens.css`);
      return value;
    });
  let out = css;
  for (let i = 0; i < 4 && out.includes('var('); i++) out = once(out);
  return out;
}

/** Minified, comment-free, tokens resolved. */
function compact(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

const memo = new Map<string, string>();

/** The resolved stylesheet of a kind of graphic. */
export function standaloneStyle(kind: 'map' | 'chart'): string {
  if (!memo.has(kind)) {
    const file = `${kind}.css`;
    memo.set(kind, compact(resolveTokens(read(file), designTokens(), `src/styles/${file}`)));
  }
  return memo.get(kind)!;
}
