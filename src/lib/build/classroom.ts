/**
 * The lesson page's model, per edition, at build time: the lesson of src/content/<tag>/classroom.yaml
 * (checked against the data and the story, and against the source locale's lesson), with the rows
 * it shows — claims, terms, timeline cards — in the edition's language, each answer's sources, the
 * warm-up graphic drawn without its title, and the steps to project. Memoised per edition.
 */
import type { Source } from '../data/schema.ts';
import type { Dataset, TableName } from '../data/tables.ts';
import { SOURCE_LOCALE } from '../i18n/locales.ts';
import { cardPrintOrder, loadCheckedLesson, loadLesson, type Lesson } from '../classroom/lesson.ts';
import { drawGraphic, drawnGraphicSvg, graphicSize } from '../graphics/draw.ts';
import { graphicOfStep } from '../graphics/registry.ts';
import { editionKit } from './kit.ts';
import { storyModel, type StoryModel } from './story-model.ts';
import { perEdition } from './per-edition.ts';

type Row<T extends TableName> = Dataset[T][number];

export interface ClassroomModel {
  model: StoryModel;
  lesson: Lesson;
  /** the warm-up graphic, drawn by the build without its title (the page's styles draw it), for a
   * phone and for a wider page */
  warmUp: { narrow: string; wide: string; kind: 'map' | 'chart'; title: string; step: string };
  /** the steps to project, with their headlines */
  steps: { id: string; title: string; chapter: string }[];
  claims: Row<'claims'>[];
  terms: Row<'glossary'>[];
  /** the timeline cards as printed (shuffled, the same every build) and in order (the key) */
  cards: { printed: Row<'timeline'>[]; ordered: Row<'timeline'>[] };
  /** the sources of a list of cited rows, once each by address */
  sourcesOf(refs: readonly string[]): Source[];
}

/** the edition's lesson page model, made once */
export const classroomModel: (tag: string) => Promise<ClassroomModel> = perEdition(build);

async function build(tag: string): Promise<ClassroomModel> {
  const model = await storyModel(tag);
  const { data, story, fmt } = model;
  const stepIds = story.steps.map((s) => s.id);
  const source = tag === SOURCE_LOCALE ? undefined : loadLesson(SOURCE_LOCALE);
  const lesson = loadCheckedLesson(tag, data, stepIds, source);

  const byId = <T extends TableName>(table: T, id: string): Row<T> => (data[table] as Row<T>[]).find((r) => r.id === id)!;
  const rowOf = (ref: string) => {
    const [table, id] = ref.split('/') as [TableName, string];
    return byId(table, id);
  };

  const graphic = graphicOfStep(model.graphics, lesson.warm_up.step)!;
  const kit = await editionKit(tag);
  // named for what it is, not by its title: the title is what the students are to write
  const draw = (width: number, id: string) =>
    drawnGraphicSvg(drawGraphic(graphic.state, kit.inputs, graphicSize(graphic.kind, width)), fmt, {
      id,
      title: fmt.t('classroom.warm_up_graphic'),
      description: fmt.t('classroom.warm_up_graphic'),
      className: `${graphic.kind} lesson-graphic__${id.endsWith('narrow') ? 'narrow' : 'wide'}`,
    });

  const stepOf = (id: string) => story.steps.find((s) => s.id === id)!;
  return {
    model,
    lesson,
    warmUp: { narrow: draw(340, 'warm-up-narrow'), wide: draw(620, 'warm-up-wide'), kind: graphic.kind, title: graphic.title, step: lesson.warm_up.step },
    steps: lesson.story.steps.map((id) => ({ id, title: stepOf(id).graphic.title, chapter: stepOf(id).chapter.title })),
    claims: lesson.perspectives.claims.map((id) => byId('claims', id)),
    terms: lesson.vocabulary.terms.map((id) => byId('glossary', id)),
    cards: {
      printed: cardPrintOrder(lesson.card_sort.events).map((id) => byId('timeline', id)),
      ordered: lesson.card_sort.events.map((id) => byId('timeline', id)),
    },
    sourcesOf(refs) {
      const seen = new Map<string, Source>();
      for (const ref of refs) for (const s of rowOf(ref).sources) if (!seen.has(s.url)) seen.set(s.url, s);
      return [...seen.values()];
    },
  };
}
