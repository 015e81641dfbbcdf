import { CarePagesApiError, CarePagesSignedOutError } from '../api/care-pages-api-error.js';
import { localizeEnglish, type LocalizeFn } from '../localization/localize.js';

/**
 * The words to show for a failure: "signed out" when the API still answered 401 after the chance to sign in again,
 * the ProblemDetails detail (or title) when the API refused, else the message.
 */
export const errorMessage = (error: unknown, localize: LocalizeFn = localizeEnglish): string =>
  error instanceof CarePagesSignedOutError
    ? localize('signedOut')
    : error instanceof CarePagesApiError
      ? (error.detail ?? error.title)
      : error instanceof Error
        ? error.message
        : String(error);
