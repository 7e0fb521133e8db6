/**
 * Writing SVG markup as strings: escaping, and an element from a tag, attributes and children.
 * Attributes that are null, undefined or false are left out, so optional ones read naturally.
 */
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export const escapeXml = (s: string): string => s.replace(/[&<>"]/g, (c) => TEXT[c]!);

export type Attrs = Record<string, string | number | null | undefined | false>;

export function attrs(a: Attrs): string {
  return Object.entries(a)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

/** An element: `el('path', { d })`, `el('g', { class: 'x' }, [child, …])`, `el('text', {…}, 'words')` (text is escaped). */
export function el(tag: string, a: Attrs, children?: string | string[]): string {
  if (children === undefined) return `<${tag}${attrs(a)}/>`;
  const inner = Array.isArray(children) ? children.join('') : escapeXml(children);
  return `<${tag}${attrs(a)}>${inner}</${tag}>`;
}

/** Coordinates to 0.1 px. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;
