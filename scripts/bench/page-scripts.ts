/**
 * The JavaScript a page can load: its module scripts and everything they import, statically or
 * on demand, followed through the build's files (dist/_astro/). The budget is about what a reader
 * of a page downloads, so other pages' scripts (an embed's, the republish page's) do not count
 * against the story's, and each has its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const IMPORTS = /(?:import|from)\s*\(?\s*["']\.\/([\w.-]+\.js)["']/g;

export function pageScripts(dist: string, page: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  const queue = [...html.matchAll(/<script[^>]*\bsrc="[^"]*\/_astro\/([\w.-]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const m of readFileSync(join(dist, '_astro', file), 'utf8').matchAll(IMPORTS)) queue.push(m[1]!);
  }
  return [...seen].sort();
}

/** The gzipped size (level 9) of the JavaScript a page can load, KB to 0.1. */
export function pageScriptsGzipKB(dist: string, page: string): number {
  const bytes = pageScripts(dist, page).reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, '_astro', f)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}
