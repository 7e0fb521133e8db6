/**
 * Links that keep the reader's place: each link to another edition, and the link into projector
 * mode, point at the step being read (its #id is the same in every edition and every mode).
 */
export function keepStepInLanguageLinks(stepId: string | null): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-language-link], a[data-projector-link]')) {
    const url = new URL(a.href);
    url.hash = stepId ? `#${stepId}` : '';
    a.href = url.href;
  }
}
