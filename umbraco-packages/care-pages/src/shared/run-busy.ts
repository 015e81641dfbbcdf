import { localizeEnglish, type LocalizeFn } from '../localization/localize.js';
import { errorMessage } from './error-message.js';

/**
 * Runs `work`, telling the view it is busy (error cleared) and then done, with the failure's words (in the view's
 * language) if it failed. Returns the failure, if any, for views that react to its kind (e.g. signed out).
 */
export const runBusy = async (
  show: (busy: boolean, error: string | undefined) => void,
  work: () => Promise<unknown>,
  localize: LocalizeFn = localizeEnglish,
): Promise<unknown> => {
  show(true, undefined);
  let failure: unknown;
  let words: string | undefined;
  try {
    await work();
  } catch (error) {
    failure = error;
    words = errorMessage(error, localize);
  } finally {
    show(false, words);
  }
  return failure;
};
