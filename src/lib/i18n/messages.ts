/**
 * A locale's interface strings (src/content/<tag>/ui.yaml), looked up by key with {placeholders}.
 * A message may have plural forms, one per Intl.PluralRules category: the `count` parameter picks
 * the form. Numbers in parameters are written in the locale's format. Browser-safe: the build and
 * the graphic's script use the same lookup.
 */
import type { UiKey } from './ui-keys.ts';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>>;
export type Message = string | PluralForms;
/** dotted key → message, as flattened from ui.yaml */
export type MessageTable = Record<string, Message>;
export type Params = Record<string, string | number>;

export interface Translator {
  /** the BCP 47 tag */
  locale: string;
  t(key: UiKey, params?: Params): string;
  /** a message as written, with its placeholders and plural forms (for a script to format) */
  message(key: UiKey): Message;
  /** the locale's number format: "1,006.84", «1 006,84» */
  number(n: number): string;
}

export const PLURAL_CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

export const isPlural = (m: unknown): m is PluralForms =>
  typeof m === 'object' && m !== null && 'other' in m && Object.keys(m).every((k) => (PLURAL_CATEGORIES as string[]).includes(k));

/** The {names} a message uses, in every form. */
export function placeholders(m: Message): string[] {
  const texts = typeof m === 'string' ? [m] : Object.values(m);
  return [...new Set(texts.flatMap((s) => [...s!.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!)))].sort();
}

export function translator(locale: string, table: MessageTable): Translator {
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const plural = new Intl.PluralRules(locale);
  const number = (n: number) => (Number.isInteger(n) ? integer : decimal).format(n);
  const t = (key: UiKey, params: Params = {}): string => {
    const m = table[key];
    if (m === undefined) throw new Error(`${locale}: no message "${key}"`);
    const text = typeof m === 'string' ? m : (m[plural.select(Number(params.count))] ?? m.other!);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = params[name];
      if (v === undefined) throw new Error(`${locale}: message "${key}" needs {${name}}`);
      return typeof v === 'number' ? number(v) : v;
    });
  };
  const message = (key: UiKey): Message => {
    const m = table[key];
    if (m === undefined) throw new Error(`${locale}: no message "${key}"`);
    return m;
  };
  return { locale, t, number, message };
}
