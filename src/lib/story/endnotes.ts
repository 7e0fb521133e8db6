/**
 * The printed story's endnotes: every source the steps cite, numbered once each (by address) in
 * the order the story first cites them, and for each step the numbers of its sources, written
 * as ranges ("3, 5–8"). On paper these stand in for the folded "How we know" lists.
 */
import type { Source } from '../data/schema.ts';

export interface Endnotes {
  sources: Source[];
  /** each step's note numbers, ascending */
  byStep: Map<string, number[]>;
}

export function endnotes(steps: readonly { id: string; cited: readonly { sources: readonly Source[] }[] }[]): Endnotes {
  const numberOf = new Map<string, number>();
  const sources: Source[] = [];
  const byStep = new Map<string, number[]>();
  for (const step of steps) {
    const numbers = new Set<number>();
    for (const row of step.cited) {
      for (const s of row.sources) {
        if (!numberOf.has(s.url)) {
          sources.push(s);
          numberOf.set(s.url, sources.length);
        }
        numbers.add(numberOf.get(s.url)!);
      }
    }
    byStep.set(step.id, [...numbers].sort((a, b) => a - b));
  }
  return { sources, byStep };
}

/** Note numbers as a reader scans them: runs of three or more as ranges ("1, 3–5, 9"). */
export function noteRanges(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    if (j - i >= 2) parts.push(`${numbers[i]}–${numbers[j]}`);
    else for (let k = i; k <= j; k++) parts.push(String(numbers[k]));
    i = j + 1;
  }
  return parts.join(', ');
}
