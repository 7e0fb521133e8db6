/**
 * The language switch keeps the reader's place: each link to another edition points at the step
 * being read (its #id is the same in every edition).
 */
export function keepStepInLanguageLinks(stepId: string | null): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-language-link]')) {
    const url = new URL(a.href);
    url.hash = stepId ? `#${stepId}` : '';
    a.href = url.href;
  }
}
