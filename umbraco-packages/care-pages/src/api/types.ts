import type { components } from './schema.generated.js';

type Schemas = components['schemas'];

/** The API's shapes, named once for the components and the client. */
export type CarePagesContext = Schemas['CarePagesContext'];
export type CarePagesUser = Schemas['CarePagesUser'];
export type ContentCulture = Schemas['ContentCulture'];
export type MatrixRow = Schemas['MatrixRow'];
export type TranslationStatus = Schemas['TranslationStatus'];
export type FieldStatus = Schemas['FieldStatus'];
export type SourceChange = Schemas['SourceChange'];
export type DocumentTranslationStatus = Schemas['DocumentTranslationStatus'];
export type DocumentCheckResponse = Schemas['DocumentCheckResponse'];
export type CultureCheckResult = Schemas['CultureCheckResult'];
export type CheckFinding = Schemas['CheckFinding'];
export type FindingSeverity = Schemas['FindingSeverity'];
export type ExchangeFormat = Schemas['ExchangeFormat'];
export type ExportRequestBody = Schemas['ExportRequestBody'];
export type TranslationImportReport = Schemas['TranslationImportReport'];
export type DocumentImportReport = Schemas['DocumentImportReport'];
export type FieldImportReport = Schemas['FieldImportReport'];
export type ReviewStep = Schemas['ReviewStep'];
export type ReviewFieldResult = Schemas['ReviewFieldResult'];
export type ProblemDetails = Schemas['ProblemDetails'];

/** Every status, in workflow order (the order of TranslationStatus.cs). */
export const TRANSLATION_STATUSES: readonly TranslationStatus[] = ['Untranslated', 'InTranslation', 'Translated', 'InReview', 'Approved', 'Outdated'];

/** Every export format, XLIFF 1.2 (the server's default) first. */
export const EXCHANGE_FORMATS: readonly ExchangeFormat[] = ['Xliff12', 'Xliff21', 'Xliff22', 'Markdown'];
