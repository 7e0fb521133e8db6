/**
 * The classroom lesson (src/content/<tag>/classroom.yaml): in every edition it loads and
 * validates against the data and the story; the editions share its ids, cites and structure and
 * differ only in words; every number it writes comes from a row it cites, read in the edition's
 * format; the Russian is Russian; and a broken copy stops with the file, the line and the problem.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildChartData } from '../../src/lib/chart/chart-data.ts';
import { chartTable } from '../../src/lib/chart/chart-table.ts';
import {
  LESSON_MINUTES,
  SECTION_IDS,
  cardPrintOrder,
  checkLesson,
  compareLessons,
  lessonFile,
  lessonRefs,
  loadCheckedLesson,
  loadLesson,
  textsAndRefs,
  type Lesson,
} from '../../src/lib/classroom/lesson.ts';
import { DataError, type DataIssue } from '../../src/lib/data/issues.ts';
import { localizeDataset } from '../../src/lib/i18n/data-text.ts';
import { LOCALE_TAGS, formatsFor } from '../support/i18n.ts';
import { numbers, numbersInRows, rowOf } from '../support/numbers.ts';
import { dataset, entries, states, stepTexts } from '../support/story.ts';

const stepIds = entries.map((e) => e.id);
const source = loadLesson('en');
const lessons = new Map(LOCALE_TAGS.map((tag) => [tag, loadLesson(tag)]));
const chartData = buildChartData(dataset);

/** The lesson's own numbers, which need no row: its length, its ages, its timings. */
const lessonNumbers = (lesson: Lesson) => new Set([LESSON_MINUTES, 14, 18, ...lesson.plan.map((p) => p.minutes)]);

/**
 * The numbers a lesson writes that no row it cites holds, in the locale's format. The warm-up may
 * also give what its graphic's own chart computes from those rows (a sum of two sides, say), as
 * the chart's table writes it in that edition, like a step's text.
 */
function unsourcedNumbers(lesson: Lesson, tag: string): string[] {
  const i = entries.findIndex((e) => e.id === lesson.warm_up.step);
  const chart = states[i]?.chart;
  const derived = chart ? chartTable(chart, chartData, formatsFor(tag)).rows.flatMap((row) => row.flatMap((cell) => numbers(cell, tag))) : [];
  const own = lessonNumbers(lesson);
  return textsAndRefs(lesson).flatMap(({ field, text, refs }) => {
    const known = refs.length ? new Set([...numbersInRows(dataset, refs), ...(field.startsWith('warm_up.') ? derived : [])]) : own;
    return numbers(text, tag)
      .filter((n) => !known.has(n))
      .map((n) => `${field}: ${n}${refs.length ? '' : ' (a text that cites no rows gives no data)'}`);
  });
}

/** Everything but the words: ids, cites, steps, timings and the length of every list. */
const FIXED = new Set(['id', 'part', 'minutes', 'timing', 'step', 'steps', 'cites', 'claims', 'terms', 'events']);
function skeleton(value: unknown, fixed = false): unknown {
  if (Array.isArray(value)) return value.map((v) => skeleton(v, fixed));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, skeleton(v, FIXED.has(k))]));
  return typeof value === 'string' && !fixed ? 'words' : value;
}

/** Names the region's Russian-language press writes in Latin letters, which the Russian text keeps. */
const KEPT_IN_LATIN = /Human Rights Watch|HRW|Water, Peace and Security|Jamestown Foundation|The Economist|Janes|Anadolu|Reuters|AFP|24\.kg|\b3D\b/g;

describe('the lesson, in every edition', () => {
  for (const tag of LOCALE_TAGS) {
    const lesson = lessons.get(tag)!;
    it(`${tag}: loads and checks against the data and the story`, () => {
      expect(checkLesson(lesson, dataset, stepIds)).toEqual([]);
      expect(() => loadCheckedLesson(tag, dataset, stepIds, tag === 'en' ? undefined : source)).not.toThrow();
    });

    it(`${tag}: has the same ids, cites and structure as the English, only other words`, () => {
      expect(compareLessons(lesson, source)).toEqual([]);
      expect(skeleton(lesson)).toEqual(skeleton(source));
    });

    it(`${tag}: plans ${LESSON_MINUTES} minutes in class, in known sections, and gives every section it plans`, () => {
      const inClass = lesson.plan.filter((p) => p.timing === 'lesson');
      expect(inClass.reduce((sum, p) => sum + p.minutes, 0)).toBe(LESSON_MINUTES);
      for (const p of lesson.plan) expect(SECTION_IDS, p.part).toContain(p.part);
      expect(lesson.plan.filter((p) => p.timing !== 'lesson').every((p) => p.minutes === 0)).toBe(true);
    });

    it(`${tag}: writes no number that the rows it cites do not hold, in the edition's format`, () => {
      expect(unsourcedNumbers(lesson, tag), `numbers in ${lessonFile(tag)} that no cited row contains`).toEqual([]);
    });

    it(`${tag}: leaves the warm-up graphic's title to the page (taken from the story, it cannot drift), and the graphic is one the story draws`, () => {
      const step = stepTexts(tag).find((s) => s.id === lesson.warm_up.step)!;
      expect(lesson.warm_up.reveal).not.toContain(step.graphic.title);
      const state = states[stepIds.indexOf(lesson.warm_up.step)]!;
      expect(state.chart ?? state.map, 'a chart or a map to notice things in').toBeTruthy();
    });

    it(`${tag}: names rows the page can show in its language, and never cites Wikipedia`, () => {
      const local = localizeDataset(dataset, tag);
      for (const id of lesson.perspectives.claims) {
        const claim = local.claims.find((c) => c.id === id)!;
        for (const field of ['question', 'kyrgyz_account', 'tajik_account', 'independent_view'] as const) expect(claim[field], `${id}.${field}`).toBeTruthy();
      }
      for (const id of lesson.vocabulary.terms) expect(local.glossary.find((g) => g.id === id)?.definition, id).toBeTruthy();
      for (const id of lesson.card_sort.events) expect(local.timeline.find((t) => t.id === id)?.summary, id).toBeTruthy();
      for (const { text } of textsAndRefs(lesson)) expect(text).not.toMatch(/wikipedia|википеди/i);
      for (const ref of lessonRefs(lesson)) {
        const row = rowOf(dataset, ref) as { sources?: { outlet: string; url: string }[] } | undefined;
        expect(row, ref).toBeDefined();
        for (const s of row!.sources ?? []) expect(`${s.outlet} ${s.url}`, ref).not.toMatch(/wikipedia/i);
      }
    });
  }
});

describe('the card sort', () => {
  const events = source.card_sort.events.map((id) => dataset.timeline.find((t) => t.id === id)!);
  it('runs from 1991 to 2025 in date order, one event to a date', () => {
    expect(events[0]!.date).toBe('1991');
    expect(events.at(-1)!.date.slice(0, 4)).toBe('2025');
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
  });
  it('is printed shuffled, the same every time, with no two events that follow each other side by side', () => {
    for (let n = 10; n <= 14; n++) {
      const ids = source.card_sort.events.slice(0, n).concat(Array.from({ length: Math.max(0, n - source.card_sort.events.length) }, (_, i) => `extra-${i}`));
      const order = cardPrintOrder(ids);
      expect([...order].sort()).toEqual([...ids].sort());
      expect(cardPrintOrder(ids)).toEqual(order);
      for (let i = 1; i < n; i++) expect(Math.abs(ids.indexOf(order[i]!) - ids.indexOf(order[i - 1]!)), `${n} cards, at ${i}`).not.toBe(1);
    }
  });
});

describe('the Russian lesson', () => {
  const ru = lessons.get('ru');
  it.runIf(ru)('is in Russian: no English words left, no English number format, no-break spaces before units, «ёлочки» for quotes, Кыргызстан', () => {
    const english: string[] = [];
    for (const { field, text } of textsAndRefs(ru!)) {
      const s = text.replace(KEPT_IN_LATIN, '');
      for (const w of s.match(/\p{Script=Latin}+/gu) ?? []) english.push(`${field}: ${w}`);
      for (const n of s.match(/\d\.\d|\d,\d{3}(?!\d)|\d{5,}|\d \d{3}(?!\d)/g) ?? []) english.push(`${field}: number written "${n}" (Russian groups thousands with a no-break space and writes a decimal comma)`);
      for (const n of text.match(/\d (?:км|%|га)(?![\p{L}])/gu) ?? []) english.push(`${field}: "${n}" wants a no-break space between the number and its unit`);
      if (/["“”]/.test(text)) english.push(`${field}: quotation marks other than «ёлочки»`);
      if (/Кирги/i.test(text)) english.push(`${field}: Кыргызстан, not Киргизия`);
    }
    expect(english).toEqual([]);
  });
});

describe('a broken lesson stops the build, with the file, the line and the problem', () => {
  const root = mkdtempSync(join(tmpdir(), 'lesson-'));
  cpSync('src/content', join(root, 'src/content'), { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const file = join(root, lessonFile('en'));
  const original = readFileSync(file, 'utf8');
  const issuesOf = (f: () => unknown): DataIssue[] => {
    try {
      f();
    } catch (e) {
      if (e instanceof DataError) return e.issues;
      throw e;
    }
    return [];
  };
  const broken = (from: string, to: string) => {
    expect(original, `the English lesson has ${JSON.stringify(from)}`).toContain(from);
    writeFileSync(file, original.replace(from, to));
  };
  const lineOf = (text: string) => original.slice(0, original.indexOf(text)).split('\n').length;

  it('a YAML error: its first error, with its line, once', () => {
    broken('audience: Ages', 'audience: [Ages');
    const issues = issuesOf(() => loadLesson('en', root));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.file).toBe('src/content/en/classroom.yaml');
    expect(issues[0]!.line).toBeGreaterThan(0);
    expect(issues[0]!.message).toMatch(/^YAML/);
  });

  it('a field the schema rejects: an unknown section, a missing answer', () => {
    broken('  - part: vocabulary\n', '  - part: glossary\n');
    let issues = issuesOf(() => loadLesson('en', root));
    expect(issues.map((i) => i.field)).toEqual(['plan.1.part']);
    expect(issues[0]!.line).toBe(lineOf('  - part: vocabulary\n'));
    expect(issues[0]!.message).toMatch(/must be one of the section ids: warm-up/);
    broken('    question: Who was involved?\n    answer: >-', '    question: Who was involved?\n    reply: >-');
    issues = issuesOf(() => loadLesson('en', root));
    expect(issues.map((i) => i.field).sort()).toEqual(['five_facts.0', 'five_facts.0.answer']);
  });

  it('what only the data and the story can tell: rows, claims, terms, events and steps that do not exist; minutes that do not add up', () => {
    let text = original
      .replace('  step: incidents\n', '  step: no-such-step\n')
      .replace('    - which-maps\n', '    - who-won\n')
      .replace('    - checkpoint\n', '    - border-post\n')
      .replace('casualties/sept-2022-tj-killed-final, casualties/sept-2022-tj-killed-mp', 'casualties/sept-2022-tj-killed-final, casualties/no-such-toll')
      .replace('  - part: warm-up\n    minutes: 5\n', '  - part: warm-up\n    minutes: 6\n');
    // and two cards out of date order
    text = text.replace('    - vorukh-swap-proposed\n    - rahmon-visits-vorukh\n', '    - rahmon-visits-vorukh\n    - vorukh-swap-proposed\n');
    writeFileSync(file, text);
    const issues = checkLesson(loadLesson('en', root), dataset, stepIds);
    const found = issues.map((i) => `${i.field}: ${i.message}`);
    expect(found).toContain('warm_up.step: "no-such-step" is not a step of src/content/story.yaml');
    expect(found).toContain('perspectives.claims.2: "who-won" is not a row of data/tables/claims.yaml');
    expect(found).toContain('vocabulary.terms.6: "border-post" is not a row of data/tables/glossary.yaml');
    expect(found.some((f) => /^media_literacy\.\d\.cites\.\d: cites casualties\/no-such-toll, which is not a row of data\/tables\/casualties\.yaml$/.test(f)), found.join('\n')).toBe(true);
    expect(found).toContain(`plan: the lesson's minutes add up to 46, not ${LESSON_MINUTES}`);
    expect(found.some((f) => f.startsWith('card_sort.events.5: "vorukh-swap-proposed" (2021-03-26) comes before "rahmon-visits-vorukh"')), found.join('\n')).toBe(true);
    expect(issues).toHaveLength(6);
    for (const i of issues) {
      expect(i.file).toBe('src/content/en/classroom.yaml');
      expect(i.line, `${i.field} has a line`).toBeGreaterThan(0);
    }
    expect(issues.find((i) => i.field === 'warm_up.step')!.line).toBe(lineOf('  step: incidents\n'));
    // and the build's loader throws them all at once
    expect(issuesOf(() => loadCheckedLesson('en', dataset, stepIds, undefined, root))).toHaveLength(6);
  });

  it('an edition that strays from the English: another cite, a missing question, other minutes', () => {
    writeFileSync(file, original);
    const en = loadLesson('en', root);
    const ruFile = join(root, lessonFile('ru'));
    const ru = readFileSync(ruFile, 'utf8');
    writeFileSync(
      ruFile,
      ru
        .replace('context/incidents-count\n\nstory:', 'context/isfara-basin\n\nstory:')
        .replace('  - part: exit-ticket\n    minutes: 4\n', '  - part: exit-ticket\n    minutes: 3\n')
        .replace(/  - id: how-long-is-a-border\n[\s\S]*?\n\nperspectives:/, '\nperspectives:'),
    );
    const found = compareLessons(loadLesson('ru', root), en).map((i) => `${i.field}: ${i.message}`);
    expect(found).toContain('warm_up.cites.13: is "context/isfara-basin", in src/content/en/classroom.yaml "context/incidents-count": it must be the same in every edition');
    expect(found).toContain('plan.6.minutes: is 3, in src/content/en/classroom.yaml 4: it must be the same in every edition');
    expect(found).toContain('media_literacy: has 3 items, src/content/en/classroom.yaml has 4');
    const issues = issuesOf(() => loadCheckedLesson('ru', dataset, stepIds, en, root));
    expect(issues.every((i) => i.file === 'src/content/ru/classroom.yaml' && i.message.startsWith('locale "ru": '))).toBe(true);
    expect(issues.some((i) => i.field === 'plan' && /add up to 44/.test(i.message))).toBe(true);
    writeFileSync(ruFile, ru);
  });

  it('a number no cited row holds', () => {
    broken('killed 55 people by the two governments', 'killed 57 people by the two governments');
    expect(unsourcedNumbers(loadLesson('en', root), 'en')).toEqual(['five_facts.1.answer: 57']);
    broken('Students jot down', 'In 1999 students jot down');
    expect(unsourcedNumbers(loadLesson('en', root), 'en')).toEqual(['plan.2.what: 1999 (a text that cites no rows gives no data)']);
    writeFileSync(file, original);
  });
});
