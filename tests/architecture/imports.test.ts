/**
 * The layers of src/lib must not import each other in a circle: neither folder to folder
 * (src/lib/<folder>, e.g. state → map → state) nor file to file. Type-only imports count too: a
 * cycle of types is still two folders that cannot be understood, moved or split apart on their own.
 *
 * The parser is a regex over `import … from '…'`, `export … from '…'` and `import '…'`, with
 * comments stripped first; only relative specifiers that resolve to a file under src/lib are
 * followed (packages and files elsewhere, like the styles, are outside the graph).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve(__dirname, '../../src/lib');

type Graph = Map<string, Set<string>>;

function listTs(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listTs(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The specifiers a module imports or re-exports from. */
export function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  const fromClause = /(?:^|[;\s])(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g;
  const bare = /(?:^|[;\s])import\s*['"]([^'"]+)['"]/g;
  for (const re of [fromClause, bare]) for (const m of code.matchAll(re)) found.push(m[1]!);
  return found;
}

function resolveRelative(fromFile: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(fromFile), spec.replace(/\?.*$/, ''));
  const candidates = [base, `${base}.ts`, join(base, 'index.ts')];
  const hit = candidates.find((c) => c.endsWith('.ts') && existsSync(c) && statSync(c).isFile());
  return hit && !relative(LIB, hit).startsWith('..') ? hit : undefined;
}

/** File-level graph of src/lib, with paths relative to src/lib ("state/schema.ts"). */
function fileGraph(): Graph {
  const graph: Graph = new Map();
  for (const file of listTs(LIB)) {
    const from = relative(LIB, file).split(sep).join('/');
    const to = new Set<string>();
    for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolveRelative(file, spec);
      if (target) to.add(relative(LIB, target).split(sep).join('/'));
    }
    graph.set(from, to);
  }
  return graph;
}

const folderOf = (file: string) => file.split('/')[0]!;

/** Folder-level graph: an edge for every import from one src/lib folder into another. */
function folderGraph(files: Graph): Graph {
  const graph: Graph = new Map();
  for (const [from, targets] of files) {
    const edges = graph.get(folderOf(from)) ?? new Set<string>();
    for (const to of targets) if (folderOf(to) !== folderOf(from)) edges.add(folderOf(to));
    graph.set(folderOf(from), edges);
  }
  return graph;
}

/**
 * One concrete cycle ("a → b → a") for each strongly connected component that has one
 * (Tarjan's algorithm, then a shortest path back to the component's first node).
 */
export function findCycles(graph: Graph): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const nodes = [...new Set([...graph.keys(), ...[...graph.values()].flatMap((s) => [...s])])].sort();
  const next = (n: string) => [...(graph.get(n) ?? [])].sort();

  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of next(v)) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || next(v).includes(v)) components.push(component.sort());
    }
  };
  for (const n of nodes) if (!indices.has(n)) visit(n);

  return components.map((component) => {
    const inside = new Set(component);
    const start = component[0]!;
    // breadth-first from start's successors back to start, staying inside the component
    const parent = new Map<string, string>();
    const queue = next(start).filter((n) => inside.has(n));
    for (const n of queue) parent.set(n, start);
    while (queue.length > 0) {
      const v = queue.shift()!;
      if (v === start) break;
      for (const w of next(v)) {
        if (inside.has(w) && !parent.has(w)) {
          parent.set(w, v);
          queue.push(w);
        }
      }
    }
    const between: string[] = [];
    for (let v = parent.get(start)!; v !== start; v = parent.get(v)!) between.unshift(v);
    return [start, ...between, start];
  });
}

const describeCycles = (cycles: string[][]) => cycles.map((c) => c.join(' → ')).join('\n');

/** A folder cycle, with the file imports behind each of its steps. */
function explainFolderCycle(cycle: string[], files: Graph): string {
  const steps = cycle.slice(1).map((to, i) => {
    const from = cycle[i]!;
    const imports = [...files].flatMap(([file, targets]) =>
      folderOf(file) === from ? [...targets].filter((t) => folderOf(t) === to).map((t) => `${file} → ${t}`) : [],
    );
    return `  ${from} → ${to}: ${imports.join(', ')}`;
  });
  return [cycle.join(' → '), ...steps].join('\n');
}

describe('the cycle finder', () => {
  it('finds a cycle and names it, and passes a graph without one', () => {
    const g = (edges: Record<string, string[]>): Graph => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));
    expect(findCycles(g({ a: ['b'], b: ['c'], c: [] }))).toEqual([]);
    expect(describeCycles(findCycles(g({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] })))).toBe('a → b → c → a');
    expect(findCycles(g({ a: ['a'] }))).toEqual([['a', 'a']]);
    expect(findCycles(g({ a: ['b'], b: ['a'], c: ['d'], d: ['c'] })).map((c) => c.join(' → '))).toEqual(['a → b → a', 'c → d → c']);
  });

  it('reads import and export statements, multi-line and type-only ones included', () => {
    const source = [
      "import { z } from 'zod';",
      "import type { A } from '../a/x.ts';",
      'import {',
      '  b,',
      '  type C,',
      "} from './b.ts';",
      "export { d } from '../d/index.ts';",
      "export * from './e.ts';",
      "import './side-effect.ts';",
      "// import { f } from '../commented-out.ts';",
      "/* export { g } from '../also-commented.ts'; */",
    ].join('\n');
    expect(importSpecifiers(source)).toEqual(['zod', '../a/x.ts', './b.ts', '../d/index.ts', './e.ts', './side-effect.ts']);
  });
});

describe('src/lib imports', () => {
  const files = fileGraph();

  it('are read from every module (the graph is not empty by mistake)', () => {
    expect(files.size).toBeGreaterThan(30);
    expect(files.get('data/load.ts')).toContain('data/validate.ts');
    expect(files.get('state/resolve.ts')).toContain('state/schema.ts');
  });

  it('run in no circle between folders (src/lib/<folder>)', () => {
    const cycles = findCycles(folderGraph(files));
    expect(cycles, `folder-level import cycles:\n${cycles.map((c) => explainFolderCycle(c, files)).join('\n')}\n`).toEqual([]);
  });

  it('run in no circle between files', () => {
    const cycles = findCycles(files);
    expect(cycles, `file-level import cycles:\n${describeCycles(cycles)}`).toEqual([]);
  });
});
