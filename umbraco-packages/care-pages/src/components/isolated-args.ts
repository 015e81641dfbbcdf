import { html, type TemplateResult } from 'lit';
import type { CarePagesTermKey } from '../localization/en.js';
import type { LocalizeFn } from '../localization/localize.js';

/** A private-use character that no UI string contains: it marks where a placeholder was filled. */
const MARK = '\uE000';

/**
 * A UI string with each placeholder's value in `<bdi>`, so a name or date in one direction cannot reorder the
 * sentence around it in the other (a Latin name in an Arabic sentence, an Arabic name in an English one).
 */
export const localizeIsolated = (localize: LocalizeFn, key: CarePagesTermKey, ...args: Array<string | number>): TemplateResult => {
  const pieces = localize(key, ...args.map((_, i) => `${MARK}${i}${MARK}`)).split(MARK);
  // split() alternates text and argument index: even pieces are text, odd ones the index of the argument.
  return html`${pieces.map((piece, i) => (i % 2 === 0 ? piece : html`<bdi>${args[Number(piece)]}</bdi>`))}`;
};
