import type { ExportRequestBody, PrefillRequestBody, ReviewStep } from '../api/types.js';

/** A file to import; `replaceNewer` when the user confirmed it should replace fields translated again since its export. */
export interface ImportRequest {
  file: File;
  replaceNewer?: boolean;
}

/** The events the presentational components dispatch (all bubble and cross shadow roots). */
export interface CarePagesEventMap {
  'care-pages-recheck': CustomEvent<{ culture: string | undefined }>;
  'care-pages-jump-to-property': CustomEvent<{ culture: string; property: string }>;
  'care-pages-export': CustomEvent<ExportRequestBody>;
  'care-pages-import': CustomEvent<ImportRequest>;
  'care-pages-prefill': CustomEvent<PrefillRequestBody>;
  'care-pages-review': CustomEvent<{ culture: string; step: ReviewStep; fields: string[] }>;
  'care-pages-cancel': CustomEvent<Record<string, never>>;
  /** A site-audit finding's field link was followed: the host may focus the field once the document has opened. */
  'care-pages-open-field': CustomEvent<{ documentKey: string; culture: string; property: string }>;
}

export type CarePagesEventName = keyof CarePagesEventMap;
export type CarePagesEventDetail<N extends CarePagesEventName> = CarePagesEventMap[N] extends CustomEvent<infer D> ? D : never;

declare global {
  interface HTMLElementEventMap extends CarePagesEventMap {}
}
