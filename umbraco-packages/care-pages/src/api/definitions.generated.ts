// Generated from the C# definitions by tests/CarePages.Core.Tests/BackofficeClient; do not edit.
// After changing them, run `CAREPAGES_UPDATE_CLIENT_DEFINITIONS=1 dotnet test tests/CarePages.Core.Tests --filter BackofficeClientDefinitions` and commit this file.

/** The CarePages document types (CarePagesSchema's content types of kind Document). */
export const DOCUMENT_TYPE_ALIASES = ['carePagesCondition', 'carePagesTreatmentRoute', 'carePagesTreatmentOverview'] as const;

/** Every translation status, in workflow order (TranslationStatus). */
export const TRANSLATION_STATUSES = ['Untranslated', 'InTranslation', 'MachineTranslated', 'Translated', 'InReview', 'Approved', 'Outdated'] as const;

/** The review steps of `translation/documents/{key}/cultures/{culture}/{step}` (ReviewStep). */
export const REVIEW_STEPS = ['submit', 'approve', 'edited', 'no-retranslation'] as const;
