import type { CarePagesContext, ContentCulture } from '../api/types.js';

/** The cultures translations are made into: every content culture but the source, the signed-in user's own first. */
export const targetCultures = (context: CarePagesContext | undefined): ContentCulture[] => {
  const all = (context?.cultures ?? []).filter((c) => c.isoCode !== context?.sourceCulture);
  const mine = (c: ContentCulture) => context?.user.cultures.includes(c.isoCode) ?? false;
  return [...all.filter(mine), ...all.filter((c) => !mine(c))];
};

/** The target cultures the signed-in user may work on. */
export const userTargetCultures = (context: CarePagesContext | undefined): ContentCulture[] =>
  targetCultures(context).filter((c) => context?.user.cultures.includes(c.isoCode));

/** Each culture's display name by ISO code. */
export const cultureNames = (context: CarePagesContext | undefined): Record<string, string> =>
  Object.fromEntries((context?.cultures ?? []).map((c) => [c.isoCode, c.name]));

/** The name of `isoCode` in the language of `uiLocale` ("الإسبانية الأوروبية" for es-ES in Arabic), or `fallback`. */
export const languageName = (isoCode: string, uiLocale: string | undefined, fallback = isoCode): string => {
  try {
    return new Intl.DisplayNames(uiLocale ? [uiLocale] : [], { type: 'language', fallback: 'none' }).of(isoCode) ?? fallback;
  } catch {
    return fallback;
  }
};

/**
 * The context with each culture named in the interface language ("Spanish (Spain)" is "الإسبانية الأوروبية" in Arabic):
 * the server's names are in its own language, which on Linux is English whatever the user reads. A culture the browser
 * cannot name keeps the server's name.
 */
export const withCultureNamesIn = (context: CarePagesContext, uiLocale: string | undefined): CarePagesContext => ({
  ...context,
  cultures: context.cultures.map((c) => ({ ...c, name: languageName(c.isoCode, uiLocale, c.name) })),
});
