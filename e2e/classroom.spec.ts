/**
 * The lesson page (/classroom/, /ru/classroom/): everything a teacher needs to run the lesson is
 * on it, in the edition's language; the warm-up graphic has lost its title; the perspectives give
 * both governments' accounts; the answer key cites its sources; it prints as a handout set; axe.
 */
import { test, expect } from './fixtures.ts';
import { axeViolations } from './axe.ts';
import { loadLesson, SECTION_IDS } from '../src/lib/classroom/lesson.ts';

test('the lesson: plan, sections, the warm-up without its title, both accounts, cards, maps, citations, answer key', async ({ page, ed }) => {
  const lesson = loadLesson(ed.tag);
  await page.goto(ed.url('classroom/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
  await expect(page.locator('html')).toHaveAttribute('lang', ed.tag);

  // every section, with its heading, listed in the contents
  for (const id of SECTION_IDS) {
    await expect(page.locator(`#${id} h2`)).toHaveText(ed.t(`classroom.part.${id.replace(/-/g, '_')}` as 'classroom.part.warm_up'));
    await expect(page.locator(`.contents a[href="#${id}"]`)).toHaveCount(1);
  }
  // the plan adds up to the lesson
  await expect(page.locator('.lesson-plan tfoot')).toHaveText(ed.t('classroom.total', { n: 45 }));
  await expect(page.locator('.lesson-plan tbody tr')).toHaveCount(lesson.plan.length);

  // the warm-up graphic is drawn, and its title is nowhere before the answer key
  const warmUp = page.locator('#warm-up .lesson-graphic svg:visible');
  await expect(warmUp).toHaveCount(1);
  expect(await warmUp.locator('rect, path').count()).toBeGreaterThan(5);
  const storyTitle = await page.locator('#answer-key').evaluate((key) => /[“«](.+)[”»]/.exec(key.querySelector('h3 + p')!.textContent!)![1]!);
  const before = await page.evaluate(() => {
    const key = document.querySelector('#answer-key')!;
    return [...document.querySelectorAll('main > *')].filter((el) => el !== key && !key.contains(el)).map((el) => el.textContent).join(' ');
  });
  expect(storyTitle.length).toBeGreaterThan(10);
  expect(before).not.toContain(storyTitle);

  // both governments' accounts of each contested question, attributed
  const claims = page.locator('#perspectives .claim');
  await expect(claims).toHaveCount(lesson.perspectives.claims.length);
  for (const claim of await claims.all()) {
    await expect(claim.getByRole('heading', { name: ed.t('classroom.kyrgyz_account') })).toBeVisible();
    await expect(claim.getByRole('heading', { name: ed.t('classroom.tajik_account') })).toBeVisible();
    await expect(claim.locator('.lesson-sources a[href^="http"]').first()).toBeVisible();
  }
  await expect(page.locator('#vocabulary dt')).toHaveCount(lesson.vocabulary.terms.length);
  await expect(page.locator('#card-sort .card')).toHaveCount(lesson.card_sort.events.length);
  await expect(page.locator('.card-key li')).toHaveCount(lesson.card_sort.events.length);

  // the steps to project link into the story, at their step, in both modes
  const steps = page.locator('.lesson-steps li');
  await expect(steps).toHaveCount(lesson.story.steps.length);
  await expect(steps.first().locator(`a[href="${ed.base}?mode=projector#${lesson.story.steps[0]}"]`)).toHaveCount(1);

  // blank maps: files of their own, drawn, self-contained
  for (const kind of ['region', 'isfara']) {
    const img = page.locator(`.outline-map--${kind} img`);
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(300);
    const svg = await (await page.request.get(`${ed.base}classroom/outline-${kind}.svg`)).text();
    expect(svg).toMatch(/^<svg /);
    expect(svg).not.toMatch(/\bhref=|url\(/);
  }

  // four citation styles, the access date filled in
  const citations = page.locator('.citations > div');
  await expect(citations).toHaveCount(4);
  for (const style of ['apa', 'mla', 'chicago', 'gost']) await expect(page.locator('.citations dt', { hasText: ed.t(`classroom.style.${style}` as 'classroom.style.apa') })).toHaveCount(1);
  await expect(page.locator('.citations dd').nth(3)).toContainText(/\d{2}\.\d{2}\.\d{4}/);

  // the answer key: every answer with its sources
  const answers = page.locator('#answer-key .answers > div');
  expect(await answers.count()).toBe(lesson.five_facts.length + lesson.media_literacy.length + lesson.discussion.length);
  // every five-facts and media-literacy answer rests on sourced rows (discussion notes may not)
  for (const dd of await page.locator('#answer-key .answers').nth(0).locator('dd').all()) await expect(dd.locator('.lesson-sources a[href^="http"]').first()).toBeVisible();
  for (const dd of await page.locator('#answer-key .answers').nth(1).locator('dd').all()) await expect(dd.locator('.lesson-sources a[href^="http"]').first()).toBeVisible();
  expect(await page.locator('#answer-key .lesson-sources a[href^="http"]').count()).toBeGreaterThan(20);

  expect(await axeViolations(page)).toEqual([]);
});

test('the story links to the lesson, and the lesson prints as a handout set', async ({ page, ed, isMobile }) => {
  await page.goto(ed.url(''));
  await expect(page.locator(`.intro a[href="${ed.base}classroom/"]`)).toHaveText(ed.t('intro.lesson'));
  await expect(page.locator(`#teachers a[href="${ed.base}classroom/"]`)).toHaveCount(1);
  test.skip(isMobile, 'paper is checked in the desktop projects');
  await page.goto(ed.url('republish/'));
  await expect(page.locator(`a[href="${ed.base}classroom/"]`)).toHaveCount(1);

  await page.goto(ed.url('classroom/'));
  await page.emulateMedia({ media: 'print' });
  // the cards, each blank map and the answer key begin pages of their own
  for (const selector of ['#card-sort', '.outline-map--region', '.outline-map--isfara', '#answer-key']) {
    expect(await page.locator(selector).evaluate((el) => getComputedStyle(el).breakBefore), selector).toBe('page');
  }
  await expect(page.locator('.classroom .contents')).toBeHidden();
  await expect(page.locator('.outline-map img').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(6);
  expect(pages).toBeLessThanOrEqual(20);
});
