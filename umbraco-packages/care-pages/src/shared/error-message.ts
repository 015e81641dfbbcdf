import { CarePagesApiError } from '../api/care-pages-api-error.js';

/** The words to show for a failure: the ProblemDetails detail (or title) when the API refused, else the message. */
export const errorMessage = (error: unknown): string =>
  error instanceof CarePagesApiError ? (error.detail ?? error.title) : error instanceof Error ? error.message : String(error);
