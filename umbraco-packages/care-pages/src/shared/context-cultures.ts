import type { CarePagesContext, ContentCulture } from '../api/types.js';

/** The cultures translations are made into: every content culture but the source. */
export const targetCultures = (context: CarePagesContext | undefined): ContentCulture[] =>
  (context?.cultures ?? []).filter((c) => c.isoCode !== context?.sourceCulture);

/** The target cultures the signed-in user may work on. */
export const userTargetCultures = (context: CarePagesContext | undefined): ContentCulture[] =>
  targetCultures(context).filter((c) => context?.user.cultures.includes(c.isoCode));

/** Each culture's display name by ISO code. */
export const cultureNames = (context: CarePagesContext | undefined): Record<string, string> =>
  Object.fromEntries((context?.cultures ?? []).map((c) => [c.isoCode, c.name]));
