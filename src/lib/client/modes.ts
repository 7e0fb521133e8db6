/**
 * The ways to read the story, in one place: the boot script (written from this file at build
 * time, src/lib/site/boot-script.ts), the reader controls and the page script all ask here.
 *
 * - `scroll`: the scroll-driven story, the default;
 * - `article`: every step's text with its still figure, chosen with the controls and remembered;
 * - `projector`: one step per screen in large type, for a classroom, opened by its address
 *   (`?mode=projector`, so a teacher's link or bookmark opens it) and never remembered.
 */
export const MODES = ['scroll', 'article', 'projector'] as const;
export type Mode = (typeof MODES)[number];

/** Where the reader's chosen mode is remembered (only the modes the controls switch between). */
export const MODE_KEY = 'border-lines:mode';
/** The modes a reader's choice is remembered in. */
export const REMEMBERED: readonly Mode[] = ['scroll', 'article'];
/** The query parameter that opens a mode by address, and the modes it can open. */
export const MODE_PARAM = 'mode';
export const BY_ADDRESS: readonly Mode[] = ['projector'];

const isMode = (value: string | null | undefined, among: readonly Mode[]): value is Mode => !!value && (among as readonly string[]).includes(value);

/** The mode the address asks for, if any. */
export function addressedMode(search: string = location.search): Mode | null {
  const asked = new URLSearchParams(search).get(MODE_PARAM);
  return isMode(asked, BY_ADDRESS) ? asked : null;
}

/** The mode the reader chose last time (scroll unless they chose another). */
export function rememberedMode(): Mode {
  try {
    const saved = localStorage.getItem(MODE_KEY);
    return isMode(saved, REMEMBERED) ? saved : 'scroll';
  } catch {
    return 'scroll';
  }
}

export function rememberMode(mode: Mode): void {
  if (!REMEMBERED.includes(mode)) return;
  try {
    localStorage.setItem(MODE_KEY, mode);
  } catch {
    // private browsing: the choice lasts for this visit only
  }
}

/** The mode the page is in now (set by the boot script before first paint). */
export function currentMode(): Mode {
  const mode = document.documentElement.dataset.mode;
  return isMode(mode, MODES) ? mode : 'scroll';
}

export function setMode(mode: Mode): void {
  document.documentElement.dataset.mode = mode;
}

/** The address of the story in a mode opened by address, at a step (or without the mode). */
export function addressIn(mode: Mode | null, href: string = location.href): string {
  const url = new URL(href);
  if (mode && BY_ADDRESS.includes(mode)) url.searchParams.set(MODE_PARAM, mode);
  else url.searchParams.delete(MODE_PARAM);
  return url.pathname + url.search + url.hash;
}
