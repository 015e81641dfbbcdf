import type { CarePagesTermKey } from './en.js';
import type { LocalizeFn } from './localize.js';

/** The words that have a form for each plural category (`<stem>_zero` … `<stem>_other` in every dictionary). */
export type PluralStem = 'blockerCount' | 'warningCount' | 'selectAllMatching';

/**
 * `count` with the word in the form `locale`'s plural rules choose: "1 warning", "2 warnings"; Arabic's six forms
 * ("تحذيران" for two). Every dictionary has all six keys, so a category a language does not use is never looked up.
 * `shown` is how the count is written (e.g. formatted for the language: "10,000"); its digits as they are when not given.
 */
export const localizePlural = (localize: LocalizeFn, stem: PluralStem, count: number, locale: string | undefined, shown = String(count)): string => {
  let category: Intl.LDMLPluralRule;
  try {
    category = new Intl.PluralRules(locale ? [locale] : []).select(count);
  } catch {
    category = count === 1 ? 'one' : 'other';
  }

  return localize(`${stem}_${category}` as CarePagesTermKey, shown);
};
