import en, { type CarePagesDictionary, type CarePagesTermKey } from './en.js';

/** Looks a UI string up by key and fills `{0}`, `{1}` … (the same placeholders the backoffice's `localize.term` fills). */
export type LocalizeFn = (key: CarePagesTermKey, ...args: Array<string | number>) => string;

/** A localize function over one dictionary, for use outside the backoffice (tests, the demo's editor preview). */
export const createLocalize =
  (dictionary: CarePagesDictionary): LocalizeFn =>
  (key, ...args) =>
    (dictionary.carePages[key] ?? en.carePages[key] ?? key).replace(/\{(\d+)\}/g, (match, index: string) => {
      const value = args[Number(index)];
      return value === undefined ? match : String(value);
    });

/** English, the components' default. */
export const localizeEnglish: LocalizeFn = createLocalize(en);
