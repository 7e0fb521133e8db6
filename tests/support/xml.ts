/** Well-formed XML, as far as tags go: every element closed, in order (a style sheet's text is skipped). */
export function unbalanced(xml: string): string[] {
  const open: string[] = [];
  const problems: string[] = [];
  for (const m of xml.replace(/<style>[\s\S]*?<\/style>/g, '').matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    const [, close, tag, self] = m;
    if (self) continue;
    if (!close) open.push(tag!);
    else if (open.pop() !== tag) problems.push(`</${tag}> at ${m.index}`);
  }
  return [...problems, ...open.map((t) => `<${t}> never closed`)];
}
