import type { components } from './schema.generated.js';
import { REVIEW_STEPS, TRANSLATION_STATUSES as STATUSES_IN_WORKFLOW_ORDER } from './definitions.generated.js';

type Schemas = components['schemas'];

/** The API's shapes, named once for the components and the client. */
export type CarePagesContext = Schemas['CarePagesContext'];
export type CarePagesUser = Schemas['ContextUser'];
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
export type TranslationImportStatus = Schemas['TranslationImportStatus'];
export type TranslationDiff = Schemas['TranslationDiff'];
export type DocumentImportReport = Schemas['DocumentImportReport'];
export type FieldImportReport = Schemas['FieldImportReport'];
export type FieldImportOutcome = Schemas['FieldImportOutcome'];
export type MachineEngineResponse = Schemas['MachineEngineResponse'];
export type MachineTranslationStatus = Schemas['MachineTranslationStatus'];
export type MachineDraftStatus = Schemas['MachineDraftStatus'];
export type PrefillRequestBody = Schemas['PrefillRequestBody'];
export type MachinePrefillReport = Schemas['MachinePrefillReport'];
export type MachinePrefillStatus = Schemas['MachinePrefillStatus'];
/** The review steps of `translation/documents/{key}/cultures/{culture}/{step}` (a route value, so not a schema; generated from ReviewStep.cs). */
export type ReviewStep = (typeof REVIEW_STEPS)[number];
export type ReviewFieldResult = Schemas['ReviewedField'];
/** RFC 9457 problem details, with CarePages' `operationStatus` extension member (the status that refused the request). */
export type ProblemDetails = Schemas['ProblemDetails'] & { operationStatus?: string | null };

/**
 * The site audit's shapes are written by hand until the server's OpenAPI document describes them; see audit-types.ts
 * for how to swap them for the generated ones.
 */
export type * from './audit-types.js';

/** Every status, in workflow order (generated from TranslationStatus.cs). */
export const TRANSLATION_STATUSES: readonly TranslationStatus[] = STATUSES_IN_WORKFLOW_ORDER;

/** Every export format, XLIFF 1.2 (the server's default) first. */
export const EXCHANGE_FORMATS: readonly ExchangeFormat[] = ['Xliff12', 'Xliff21', 'Xliff22', 'Markdown'];
