/**
 * `npm run check:site`: the checks of site-check.ts over dist/ (after `astro build`). Exits
 * non-zero, listing every problem by page and link, when one fails.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkSite } from './site-check.ts';

const dist = process.argv[2] ?? 'dist';
const TEXT = /\.(html|svg|json|txt|xml|csv|css|js|md)$|(^|\/)_headers$/;
const files = new Map<string, string | null>();
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else {
      const key = relative(dist, path).split(sep).join('/');
      files.set(key, TEXT.test(key) ? readFileSync(path, 'utf8') : null);
    }
  }
};
walk(dist);
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
const problems = checkSite({ files, base, origin: process.env.SITE_URL || undefined });
const pages = [...files.keys()].filter((f) => f.endsWith('.html')).length;
if (problems.length > 0) {
  console.error(`Site check: ${problems.length} problem(s) in ${dist}/\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Site check: ${pages} page(s) and ${files.size} file(s) in ${dist}/: every link and anchor resolves, every outside address is well-formed, nothing loads from another host, the security policy is in place.`);
