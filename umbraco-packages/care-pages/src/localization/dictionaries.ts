import ar from './ar.js';
import de from './de.js';
import en, { type CarePagesDictionary } from './en.js';
import es from './es.js';
import fr from './fr.js';

/** The UI languages the package ships, with their writing direction. */
export const UI_LANGUAGES = [
  { culture: 'en', direction: 'ltr', dictionary: en },
  { culture: 'es', direction: 'ltr', dictionary: es },
  { culture: 'fr', direction: 'ltr', dictionary: fr },
  { culture: 'de', direction: 'ltr', dictionary: de },
  { culture: 'ar', direction: 'rtl', dictionary: ar },
] as const satisfies ReadonlyArray<{ culture: string; direction: 'ltr' | 'rtl'; dictionary: CarePagesDictionary }>;

export type UiLanguage = (typeof UI_LANGUAGES)[number]['culture'];
