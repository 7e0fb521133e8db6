/**
 * The classroom lesson (src/content/<tag>/classroom.yaml): a 45-minute plan for teachers, with
 * its timings, a warm-up on one of the story's graphics shown without its title, five-facts,
 * discussion and media-literacy questions with an answer key, a perspectives activity on the
 * contested claims, vocabulary from the glossary, a timeline card sort, outline-map tasks and an
 * exit ticket. The words are each edition's; the ids, the cited rows and the structure are the
 * same in every edition.
 *
 * The lesson names data rows, never copies them: the page renders a claim's accounts, a term's
 * definition and a card's title and summary from the data (in the edition's language), and every
 * answer cites the rows it rests on ("<table>/<row id>"). A broken file stops the build with the
 * file, the line and the problem, like the tables. Build time only (Node): no browser code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DataError, type DataIssue } from '../data/issues.ts';
import { readYamlFile } from '../data/read.ts';
import { TABLE_NAMES, type Dataset, type TableName } from '../data/tables.ts';

/** The lesson's sections, in the order the page shows them; `plan.part` names one of them. */
export const SECTION_IDS = [
  'warm-up',
  'vocabulary',
  'story',
  'five-facts',
  'perspectives',
  'media-literacy',
  'discussion',
  'card-sort',
  'outline-maps',
  'exit-ticket',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** How long the lesson is: the plan's minutes in class add up to exactly this. */
export const LESSON_MINUTES = 45;

/** When a part of the plan happens: in the lesson (it has minutes), or as homework or an extension (none). */
export const TIMINGS = ['lesson', 'homework', 'extension'] as const;

/** The five facts, and how; the first five are required. */
export const FIVE_FACT_IDS = ['who', 'what', 'where', 'when', 'why', 'how'] as const;
export const REQUIRED_FIVE_FACTS = ['who', 'what', 'where', 'when', 'why'] as const;

/** The media-literacy questions the lesson must ask (others may follow). */
export const REQUIRED_MEDIA_LITERACY = ['whose-numbers', 'tolls-differ', 'check-a-claim'] as const;

/** The card sort: so many events, the earliest no later than the first year, the latest no earlier than the last. */
export const CARD_SORT = { min: 10, max: 14, from: 1991, to: 2025 } as const;

const text = z.string().trim().min(1, 'must not be empty');
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug like "who-started-2021"');
const rowRef = z.string().regex(new RegExp(`^(${TABLE_NAMES.join('|')})/[a-z0-9-]+$`), `must be "<table>/<row id>", the table one of ${TABLE_NAMES.join(', ')}`);
const cites = z.array(rowRef).min(1, 'must cite at least one data row');
const texts = (min: number, max = Infinity) => {
  const a = z.array(text).min(min, `must have at least ${min}`);
  return max === Infinity ? a : a.max(max, `must have at most ${max}`);
};
const section = z.enum(SECTION_IDS, { errorMap: () => ({ message: `must be one of the section ids: ${SECTION_IDS.join(', ')}` }) });

const planItem = z
  .object({
    part: section,
    minutes: z.number().int().min(0),
    /** in the lesson (the default), or homework or an extension, which take no lesson time */
    timing: z.enum(TIMINGS).default('lesson'),
    what: text,
  })
  .strict();

/** A question with its answer for the teacher, resting on the rows it cites. */
const answered = <Id extends z.ZodTypeAny>(id: Id) => z.object({ id, question: text, answer: text, cites }).strict();

export const lessonSchema = z
  .object({
    title: text,
    summary: text,
    audience: text,
    objectives: texts(3, 5),
    preparation: texts(1),
    plan: z.array(planItem).min(1),
    care: texts(3),
    warm_up: z
      .object({
        /** the story step whose graphic is shown, without its title */
        step: slug,
        intro: text,
        notice: texts(2),
        wonder: texts(2),
        headline: text,
        /** for the teacher: what the graphic shows, with its numbers */
        reveal: text,
        cites,
      })
      .strict(),
    /** the steps the teacher projects, or the students read, in story order */
    story: z.object({ intro: text, steps: z.array(slug).min(1) }).strict(),
    five_facts: z.array(answered(z.enum(FIVE_FACT_IDS))).min(REQUIRED_FIVE_FACTS.length),
    discussion: z.array(z.object({ id: slug, question: text, notes: text, cites }).strict()).min(3).max(4),
    media_literacy: z.array(answered(slug)).min(REQUIRED_MEDIA_LITERACY.length),
    perspectives: z
      .object({
        intro: text,
        /** rows of data/tables/claims.yaml: the page shows each question and the accounts, attributed */
        claims: z.array(slug).min(2),
        tasks: texts(2),
      })
      .strict(),
    vocabulary: z
      .object({
        intro: text,
        /** rows of data/tables/glossary.yaml: the page shows each term and its definition */
        terms: z.array(slug).min(4),
      })
      .strict(),
    card_sort: z
      .object({
        intro: text,
        /** rows of data/tables/timeline.yaml in date order (the answer key); the page prints the cards shuffled */
        events: z.array(slug).min(CARD_SORT.min, `must have at least ${CARD_SORT.min} events`).max(CARD_SORT.max, `must have at most ${CARD_SORT.max} events`),
        debrief: texts(1),
      })
      .strict(),
    outline_maps: z
      .object({
        intro: text,
        region: texts(2),
        isfara: texts(2),
        /** the rows (mostly places) the tasks name */
        cites,
      })
      .strict(),
    exit_ticket: texts(2, 3),
  })
  .strict();

export type Lesson = z.infer<typeof lessonSchema>;

export const lessonFile = (tag: string) => `src/content/${tag}/classroom.yaml`;

type LineOf = (path: (string | number)[]) => number | undefined;
/** Where each loaded lesson came from, so a later check can point at the line. */
const origins = new WeakMap<Lesson, { file: string; lineOf: LineOf }>();

/** A locale's lesson, read and validated against the schema; a broken file throws a DataError. */
export function loadLesson(tag: string, root = process.cwd()): Lesson {
  const file = lessonFile(tag);
  let source: string;
  try {
    source = readFileSync(join(root, file), 'utf8');
  } catch {
    throw new DataError([{ file, message: `locale "${tag}": the file is missing` }]);
  }
  const { value, issues, lineOf } = readYamlFile(file, source);
  if (issues.length) throw new DataError(issues);
  const result = lessonSchema.safeParse(value);
  if (!result.success) {
    throw new DataError(result.error.issues.map((i) => ({ file, line: lineOf(i.path), field: i.path.join('.'), message: `locale "${tag}": ${i.message}` })));
  }
  origins.set(result.data, { file, lineOf });
  return result.data;
}

/** Every row a section names: its cites, and the claims, terms and events it shows from the data. */
export function sectionRefs(lesson: Lesson): Record<SectionId, string[]> {
  const uniq = (refs: string[]) => [...new Set(refs)];
  return {
    'warm-up': uniq(lesson.warm_up.cites),
    vocabulary: lesson.vocabulary.terms.map((id) => `glossary/${id}`),
    story: [],
    'five-facts': uniq(lesson.five_facts.flatMap((q) => q.cites)),
    perspectives: lesson.perspectives.claims.map((id) => `claims/${id}`),
    'media-literacy': uniq(lesson.media_literacy.flatMap((q) => q.cites)),
    discussion: uniq(lesson.discussion.flatMap((q) => q.cites)),
    'card-sort': lesson.card_sort.events.map((id) => `timeline/${id}`),
    'outline-maps': uniq(lesson.outline_maps.cites),
    'exit-ticket': [],
  };
}

/** Every row the lesson rests on, once, in the order the sections name them (for its sources list). */
export const lessonRefs = (lesson: Lesson): string[] => [...new Set(SECTION_IDS.flatMap((s) => sectionRefs(lesson)[s]))];

/**
 * The lesson's texts with the rows each rests on: a question and its answer or notes rest on the
 * item's cites; a section's other texts on what the section names (its claims, terms, events or
 * cites). Texts with no rows (the plan, the care note, the exit ticket…) carry no data of their own.
 */
export function textsAndRefs(lesson: Lesson): { field: string; text: string; refs: string[] }[] {
  const refs = sectionRefs(lesson);
  const out: { field: string; text: string; refs: string[] }[] = [];
  const add = (field: string, value: string | string[], on: string[]) => {
    if (typeof value === 'string') out.push({ field, text: value, refs: on });
    else value.forEach((t, i) => out.push({ field: `${field}.${i}`, text: t, refs: on }));
  };
  for (const key of ['title', 'summary', 'audience', 'objectives', 'preparation', 'care', 'exit_ticket'] as const) add(key, lesson[key], []);
  lesson.plan.forEach((p, i) => add(`plan.${i}.what`, p.what, []));
  const w = lesson.warm_up;
  for (const key of ['intro', 'notice', 'wonder', 'headline', 'reveal'] as const) add(`warm_up.${key}`, w[key], refs['warm-up']);
  add('story.intro', lesson.story.intro, []);
  lesson.five_facts.forEach((q, i) => (['question', 'answer'] as const).forEach((k) => add(`five_facts.${i}.${k}`, q[k], q.cites)));
  lesson.discussion.forEach((q, i) => (['question', 'notes'] as const).forEach((k) => add(`discussion.${i}.${k}`, q[k], q.cites)));
  lesson.media_literacy.forEach((q, i) => (['question', 'answer'] as const).forEach((k) => add(`media_literacy.${i}.${k}`, q[k], q.cites)));
  add('perspectives.intro', lesson.perspectives.intro, refs.perspectives);
  add('perspectives.tasks', lesson.perspectives.tasks, refs.perspectives);
  add('vocabulary.intro', lesson.vocabulary.intro, refs.vocabulary);
  add('card_sort.intro', lesson.card_sort.intro, refs['card-sort']);
  add('card_sort.debrief', lesson.card_sort.debrief, refs['card-sort']);
  for (const key of ['intro', 'region', 'isfara'] as const) add(`outline_maps.${key}`, lesson.outline_maps[key], refs['outline-maps']);
  return out;
}

/** "2021-04" cannot be ordered against "2021-04-28": one is inside the other. */
const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);

/**
 * The lesson against the data and the story: every cited row, claim, term and event exists; the
 * warm-up's and the story section's steps are the story's; the plan's parts are known sections,
 * its lesson minutes add up to 45 and homework takes none; the required questions are there; the
 * card sort's events are in date order, one to a date, spanning 1991 to 2025. Returns the problems
 * (none for a good lesson), located by line where the lesson was loaded from a file.
 */
export function checkLesson(lesson: Lesson, dataset: Dataset, storyStepIds: readonly string[]): DataIssue[] {
  const origin = origins.get(lesson);
  const file = origin?.file ?? 'classroom.yaml';
  const problems: DataIssue[] = [];
  const problem = (path: (string | number)[], message: string) => problems.push({ file, line: origin?.lineOf(path), field: path.join('.'), message });
  const ids = Object.fromEntries(TABLE_NAMES.map((t) => [t, new Set((dataset[t] as { id: string }[]).map((r) => r.id))])) as Record<TableName, Set<string>>;
  const exists = (ref: string) => {
    const [table, id] = ref.split('/') as [TableName, string];
    return ids[table]?.has(id) ?? false;
  };
  const checkCites = (path: (string | number)[], refs: string[]) => {
    refs.forEach((ref, i) => {
      if (!exists(ref)) problem([...path, i], `cites ${ref}, which is not a row of data/tables/${ref.split('/')[0]}.yaml`);
    });
    for (const ref of new Set(refs.filter((r, i) => refs.indexOf(r) !== i))) problem(path, `cites ${ref} twice`);
  };
  const checkIds = (path: (string | number)[], list: string[], table: TableName) => {
    list.forEach((id, i) => {
      if (!ids[table].has(id)) problem([...path, i], `"${id}" is not a row of data/tables/${table}.yaml`);
    });
    for (const id of new Set(list.filter((r, i) => list.indexOf(r) !== i))) problem(path, `names "${id}" twice`);
  };
  const uniqueIds = (path: string, items: { id: string }[]) => {
    for (const id of new Set(items.map((q) => q.id).filter((id, i, all) => all.indexOf(id) !== i))) problem([path], `the id "${id}" is used twice`);
  };

  // the plan
  const known = new Set<string>(SECTION_IDS);
  let minutes = 0;
  lesson.plan.forEach((p, i) => {
    if (!known.has(p.part)) problem(['plan', i, 'part'], `"${p.part}" is not a section id (those are ${SECTION_IDS.join(', ')})`);
    if (p.timing === 'lesson') {
      minutes += p.minutes;
      if (p.minutes <= 0) problem(['plan', i, 'minutes'], `a part of the lesson takes time: give it minutes, or mark it timing: homework or extension`);
    } else if (p.minutes !== 0) problem(['plan', i, 'minutes'], `a part done as ${p.timing} takes no lesson time: its minutes must be 0`);
  });
  if (minutes !== LESSON_MINUTES) problem(['plan'], `the lesson's minutes add up to ${minutes}, not ${LESSON_MINUTES}`);
  for (const part of new Set(lesson.plan.map((p) => p.part).filter((p, i, all) => all.indexOf(p) !== i))) problem(['plan'], `the part "${part}" is planned twice`);

  // the story
  const steps = new Map(storyStepIds.map((id, i) => [id, i]));
  if (!steps.has(lesson.warm_up.step)) problem(['warm_up', 'step'], `"${lesson.warm_up.step}" is not a step of src/content/story.yaml`);
  lesson.story.steps.forEach((id, i) => {
    if (!steps.has(id)) problem(['story', 'steps', i], `"${id}" is not a step of src/content/story.yaml`);
    else if (i > 0 && steps.has(lesson.story.steps[i - 1]!) && steps.get(lesson.story.steps[i - 1]!)! >= steps.get(id)!) problem(['story', 'steps', i], `"${id}" comes before "${lesson.story.steps[i - 1]}" in the story: list the steps in story order`);
  });

  // what every section rests on
  checkCites(['warm_up', 'cites'], lesson.warm_up.cites);
  for (const key of ['five_facts', 'discussion', 'media_literacy'] as const) {
    uniqueIds(key, lesson[key]);
    lesson[key].forEach((q, i) => checkCites([key, i, 'cites'], q.cites));
  }
  for (const id of REQUIRED_FIVE_FACTS) if (!lesson.five_facts.some((q) => q.id === id)) problem(['five_facts'], `has no "${id}" question`);
  for (const id of REQUIRED_MEDIA_LITERACY) if (!lesson.media_literacy.some((q) => q.id === id)) problem(['media_literacy'], `has no "${id}" question`);
  checkIds(['perspectives', 'claims'], lesson.perspectives.claims, 'claims');
  checkIds(['vocabulary', 'terms'], lesson.vocabulary.terms, 'glossary');
  checkIds(['card_sort', 'events'], lesson.card_sort.events, 'timeline');
  checkCites(['outline_maps', 'cites'], lesson.outline_maps.cites);

  // the card sort has one right order
  const events = lesson.card_sort.events.map((id) => dataset.timeline.find((t) => t.id === id)).filter((t) => t !== undefined);
  if (events.length === lesson.card_sort.events.length) {
    events.forEach((e, i) => {
      const before = events[i - 1];
      if (!before) return;
      if (overlaps(before.date, e.date)) problem(['card_sort', 'events', i], `"${e.id}" (${e.date}) cannot be told apart from "${before.id}" (${before.date}) by date: the sort would have no single right order`);
      else if (before.date > e.date) problem(['card_sort', 'events', i], `"${e.id}" (${e.date}) comes before "${before.id}" (${before.date}): list the events in date order, the answer key`);
    });
    const years = events.map((e) => Number(e.date.slice(0, 4)));
    if (Math.min(...years) > CARD_SORT.from || Math.max(...years) < CARD_SORT.to) problem(['card_sort', 'events'], `the events run from ${Math.min(...years)} to ${Math.max(...years)}: they should span ${CARD_SORT.from} to ${CARD_SORT.to}`);
  }
  return problems;
}

/** What must be the same in every edition: everything but the words. */
const SAME_IN_EVERY_EDITION = new Set(['id', 'part', 'minutes', 'timing', 'step', 'steps', 'cites', 'claims', 'terms', 'events']);

/**
 * A locale's lesson against the source locale's: the same ids, cites, steps, claims, terms,
 * events and timings, and the same number of every list; only the words may differ.
 */
export function compareLessons(lesson: Lesson, source: Lesson): DataIssue[] {
  const origin = origins.get(lesson);
  const file = origin?.file ?? 'classroom.yaml';
  const sourceFile = origins.get(source)?.file ?? 'the source lesson';
  const problems: DataIssue[] = [];
  const problem = (path: (string | number)[], message: string) => problems.push({ file, line: origin?.lineOf(path), field: path.join('.'), message });
  const walk = (a: unknown, b: unknown, path: (string | number)[], fixed: boolean) => {
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) problem(path, `has ${a.length} items, ${sourceFile} has ${b.length}`);
      a.slice(0, b.length).forEach((v, i) => walk(v, b[i], [...path, i], fixed));
      return;
    }
    if (a && b && typeof a === 'object' && typeof b === 'object') {
      const ka = Object.keys(a);
      const kb = Object.keys(b);
      for (const k of kb) if (!ka.includes(k)) problem([...path, k], `missing (${sourceFile} has it)`);
      for (const k of ka) if (!kb.includes(k)) problem([...path, k], `not in ${sourceFile}`);
      for (const k of ka.filter((k) => kb.includes(k))) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], [...path, k], SAME_IN_EVERY_EDITION.has(k));
      return;
    }
    if (typeof a !== typeof b) problem(path, `is a ${typeof a}, in ${sourceFile} a ${typeof b}`);
    else if ((fixed || typeof a === 'number') && a !== b) problem(path, `is ${JSON.stringify(a)}, in ${sourceFile} ${JSON.stringify(b)}: it must be the same in every edition`);
  };
  walk(lesson, source, [], false);
  return problems;
}

/**
 * A locale's lesson, loaded and checked against the data, the story and (for every other locale)
 * the source locale's lesson: any problem stops the build with the file, the line and the reason.
 */
export function loadCheckedLesson(tag: string, dataset: Dataset, storyStepIds: readonly string[], source?: Lesson, root = process.cwd()): Lesson {
  const lesson = loadLesson(tag, root);
  const problems = [...checkLesson(lesson, dataset, storyStepIds), ...(source ? compareLessons(lesson, source) : [])];
  if (problems.length) throw new DataError(problems.map((p) => ({ ...p, message: `locale "${tag}": ${p.message}` })));
  return lesson;
}

/**
 * The order the cards are printed in: fixed (every print is the same, so a teacher's answer key
 * matches), and shuffled so that no two events that follow each other sit side by side where
 * that can be avoided.
 */
export function cardPrintOrder(events: readonly string[]): string[] {
  const n = events.length;
  // step through the list by a stride coprime with its length, about two-fifths of it
  let stride = Math.max(2, Math.round(n * 0.4));
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  while (n > 2 && gcd(stride, n) !== 1) stride++;
  return n <= 2 ? [...events].reverse() : events.map((_, i) => events[(i * stride + 1) % n]!);
}
