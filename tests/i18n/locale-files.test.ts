/**
 * The locale layer's checks: every locale's interface strings against the English ones (missing,
 * extra, untranslated, placeholders, plural forms), the generated key type, every locale's data
 * text and names, and a broken file reported once with its line.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError } from '../../src/lib/data/issues.ts';
import { localizeDataset } from '../../src/lib/i18n/data-text.ts';
import { checkMessages, loadMessages } from '../../src/lib/i18n/load-messages.ts';
import { namesFor } from '../../src/lib/i18n/names.ts';
import { uiKeysSource } from '../../src/lib/i18n/ui-keys-source.ts';
import { dataset } from '../support/story.ts';
import { LOCALE_TAGS } from '../support/i18n.ts';

const issuesOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e.issues.map((i) => `${i.file}${i.line ? `:${i.line}` : ''} ${i.id ?? ''} ${i.field ?? ''} ${i.message}`.replace(/\s+/g, ' '));
    throw e;
  }
  return [];
};

describe('interface strings', () => {
  it('load in every locale, with the same keys as English', () => {
    const en = Object.keys(loadMessages('en')).sort();
    for (const tag of LOCALE_TAGS) expect(Object.keys(loadMessages(tag)).sort(), tag).toEqual(en);
  });

  it('have a key type that is up to date (else: npx tsx scripts/i18n/ui-keys.ts)', () => {
    expect(readFileSync('src/lib/i18n/ui-keys.ts', 'utf8')).toBe(uiKeysSource());
  });

  it('are checked: a key missing, extra or left in English, other placeholders, a plural form short', () => {
    const en = { a: 'Next step', b: 'Step {n} of {total}', c: { one: '{count} step', other: '{count} steps' }, d: '{n} / {total}' };
    const ru = { b: 'Шаг {n}', c: { one: '{count} шаг', other: '{count} шага' }, d: '{n} / {total}', e: 'лишний', a: 'Next step' };
    const found = checkMessages('ru', ru, en, () => 7).map((i) => `${i.field}: ${i.message}`);
    expect(found).toContain('a: locale "ru": is not translated (the same as the English)');
    expect(found).toContain('b: locale "ru": uses the placeholders {n}, not {n, total}');
    expect(found).toContain('c: locale "ru": lacks the plural form "few" its rules need');
    expect(found).toContain('c: locale "ru": lacks the plural form "many" its rules need');
    expect(found).toContain('e: locale "ru": no such key in src/content/en/ui.yaml');
    expect(found).toHaveLength(5);
    expect(checkMessages('ru', { b: 'Шаг {n} из {total}' }, { a: 'x y', b: 'Step {n} of {total}' }, () => 1).map((i) => i.field)).toEqual(['a']);
    // a number-only message may stay the same
    expect(checkMessages('ru', { d: '{n} / {total}' }, { d: '{n} / {total}' }, () => 1)).toEqual([]);
  });
});

describe('data text and names in every locale', () => {
  it('cover every row and name the story shows', () => {
    for (const tag of LOCALE_TAGS) {
      const local = localizeDataset(dataset, tag);
      expect(local.places.length, tag).toBe(dataset.places.length);
      const names = namesFor(tag, dataset);
      for (const p of dataset.places) expect(names.place(p.id), `${tag} ${p.id}`).toBeTruthy();
    }
    expect(localizeDataset(dataset, 'ru').timeline[0]!.title).not.toBe(dataset.timeline[0]!.title);
    expect(namesFor('ru', dataset).countries.KGZ).toBe('Кыргызстан');
  });

  const root = mkdtempSync(join(tmpdir(), 'locale-'));
  for (const dir of ['data', 'src/content']) cpSync(dir, join(root, dir), { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const file = join(root, 'data/text/ru/glossary.yaml');
  const original = readFileSync(file, 'utf8');

  it('stop at a row missing its text, an extra row or an unknown field, naming file, line, row and field', () => {
    const id = dataset.glossary[0]!.id;
    // drop the first row's definition, add a row and a field that do not exist
    const broken = original.replace(new RegExp(`(^${id}:\\n(?:  .*\\n|    .*\\n)*?)  definition:[^\\n]*\\n(?:    .*\\n)*`, 'm'), '$1') + '\nno-such-row:\n  term: что-то\n';
    writeFileSync(file, broken.replace(/^(\S[^:\n]*:\n)/m, '$1  colour: синий\n'));
    const issues = issuesOf(() => localizeDataset(dataset, 'ru', root));
    expect(issues.some((i) => i.includes('data/text/ru/glossary.yaml') && i.includes(id) && i.includes('definition') && i.includes('not translated')), issues.join('\n')).toBe(true);
    expect(issues.some((i) => i.includes('no-such-row') && /:\d+ /.test(i)), issues.join('\n')).toBe(true);
    expect(issues.some((i) => i.includes('colour') && i.includes('is not a text field')), issues.join('\n')).toBe(true);
  });

  it('report a broken YAML file once, with its line, not a cascade', () => {
    writeFileSync(file, original.replace(/\n/, '\n  : [\n'));
    const issues = issuesOf(() => localizeDataset(dataset, 'ru', root));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^data\/text\/ru\/glossary\.yaml:\d+ .*YAML/);
    writeFileSync(file, original);
  });
});
