import type {
  CarePagesUser,
  ContentCulture,
  DocumentCheckResponse,
  DocumentTranslationStatus,
  MachineDraftStatus,
  MachineEngineResponse,
  MachinePrefillReport,
  MatrixRow,
  TranslationImportReport,
} from '../src/api/types.js';

export const DOC = '0b7f2b8e-5d6a-4c1e-9f3a-2a1b3c4d5e6f';
export const DOC2 = '1c8a3c9f-6e7b-4d2f-8a4b-3b2c4d5e6f70';

export const checks = (): DocumentCheckResponse => ({
  documentKey: DOC,
  name: 'Knee replacement',
  contentTypeAlias: 'carePagesTreatmentOverview',
  checkedAt: '2026-03-01T10:00:00Z',
  cultures: [
    {
      culture: 'en-GB',
      blockers: 1,
      warnings: 1,
      findings: [
        { ruleId: 'image-alt', severity: 'Block', wcag: ['1.1.1'], actRule: '23a2a8', property: 'heroImage', propertyName: 'Hero image', snippet: '<img src="knee.jpg">', message: 'The image has no text alternative.', hint: 'Describe what the image shows.' },
        { ruleId: 'link-name', severity: 'Warn', wcag: ['2.4.4', '4.1.2'], actRule: null, property: 'howItWorks', propertyName: 'How it works', snippet: '<a href="/book">click here</a>', message: 'The link text does not say where it goes.', hint: 'Name the destination, e.g. “Book an appointment”.' },
      ],
    },
    { culture: 'ar', blockers: 0, warnings: 0, findings: [] },
  ],
});

export const ana: CarePagesUser = { key: 'ana', name: 'Ana García', cultures: ['es-ES'], canReview: false };
export const lucia: CarePagesUser = { key: 'lucia', name: 'Dr Lucía Pérez', cultures: ['es-ES', 'ar', 'fr-FR'], canReview: true };

/** Apertium's draft of a field, which Ana post-edited (the imperative the engine missed). */
export const machineDraft = (isPostEdited = true): MachineDraftStatus => ({
  engine: 'Apertium',
  engineVersion: 'apertium-apy en-es',
  at: '2026-03-03T08:00:00Z',
  requestedBy: { userKey: 'ana', displayName: 'Ana García' },
  output: 'No come nada seis horas antes de la operación.',
  current: isPostEdited ? 'No coma nada durante las seis horas antes de la operación.' : 'No come nada seis horas antes de la operación.',
  isPostEdited,
});

/** Apertium as GET translation/machine describes it: answering, and able to pre-fill Spanish and French (not Arabic). */
export const apertium = (status: MachineEngineResponse['status'] = 'Success'): MachineEngineResponse => ({
  engine: status === 'NotConfigured' ? 'None' : 'Apertium',
  status,
  version: status === 'Success' ? 'apertium-apy en-es' : '',
  targetCultures: status === 'Success' ? ['es-ES', 'fr-FR'] : [],
});

/** What pre-filling Spanish did: two fields drafted (the server's note in the reader's language), one person's translation kept. */
export const prefillReport = (): MachinePrefillReport => ({
  status: 'Success',
  engine: 'Apertium',
  engineVersion: 'apertium-apy en-es',
  targetCulture: 'es-ES',
  messages: [],
  succeeded: true,
  documents: [
    {
      documentKey: DOC, documentName: 'Knee replacement', reasonKey: null,
      applied: true,
      reason: null,
      fields: [
        { path: 'preparation', outcome: 'MachineTranslated', label: 'Before the operation', reasonKey: null, warningKeys: null, diff: null },
        { path: 'recovery', outcome: 'MachineTranslated', label: 'Recovery', reasonKey: null, warningKeys: null, diff: null },
      ],
      validationIssues: [],
    },
  ],
});

export const translation = (): DocumentTranslationStatus => ({
  documentKey: DOC,
  name: 'Knee replacement',
  sourceCulture: 'en-GB',
  cultures: {
    'es-ES': [
      { path: 'title', name: 'Title', label: 'Title', kind: 'PlainText', status: 'Translated', translatedBy: { userKey: 'ana', displayName: 'Ana García' }, changedBy: null, changedAt: null, sourceChange: null, machine: null },
      { path: 'summary', name: 'Summary', label: 'Summary', kind: 'MultilineText', status: 'InReview', translatedBy: { userKey: 'ana', displayName: 'Ana García' }, changedBy: null, changedAt: null, sourceChange: null, machine: null },
      { path: 'howItWorks', name: 'How it works', label: 'How it works', kind: 'RichText', status: 'InReview', translatedBy: { userKey: 'lucia', displayName: 'Dr Lucía Pérez' }, changedBy: null, changedAt: null, sourceChange: null, machine: null },
      {
        path: 'recovery',
        name: 'Recovery',
        label: 'Recovery',
        kind: 'PlainText',
        status: 'Outdated',
        translatedBy: null,
        changedBy: null,
        changedAt: null,
        sourceChange: { oldSourceText: 'Most people walk within two days.', newSourceText: 'Most people walk with help within one day.', newFingerprint: { value: 'abc' } },
        machine: null,
      },
      {
        path: 'preparation',
        name: 'Before the operation',
        label: 'Before the operation',
        kind: 'PlainText',
        status: 'MachineTranslated',
        translatedBy: null,
        changedBy: { userKey: 'ana', displayName: 'Ana García' },
        changedAt: '2026-03-03T08:00:00Z',
        sourceChange: null,
        machine: machineDraft(),
      },
    ],
    ar: [{ path: 'title', name: 'Title', label: 'Title', kind: 'PlainText', status: 'Untranslated', translatedBy: null, changedBy: null, changedAt: null, sourceChange: null, machine: null }],
  },
});

/** A report of job-1 into es-ES with the given status and documents. */
const jobReport = (status: TranslationImportReport['status'], documents: TranslationImportReport['documents']): TranslationImportReport => ({
  status,
  jobId: 'job-1',
  targetCulture: 'es-ES',
  messages: [],
  succeeded: status === 'Success' || status === 'AlreadyApplied',
  documents,
});

export const importReport = (): TranslationImportReport =>
  jobReport('PartlyApplied', [
    {
      documentKey: DOC, documentName: null, reasonKey: null,
      applied: true,
      reason: null,
      fields: [{ path: 'title', outcome: 'Imported', label: null, reasonKey: null, warningKeys: null, diff: null }, { path: 'summary', outcome: 'ImportedNeedsReview', label: null, reasonKey: null, warningKeys: null, diff: null }],
      validationIssues: [{ property: 'pageTitle', culture: 'es-ES', message: 'Value cannot be empty' }],
    },
    { documentKey: DOC2, documentName: null, reasonKey: null, applied: false, reason: 'The document changed since the export.', fields: [{ path: 'title', outcome: 'NotApplied', label: null, reasonKey: null, warningKeys: null, reason: 'Source changed.', diff: null }], validationIssues: [] },
  ]);

/** A file refused as a whole, its reason written by the server in the reader's language (Spanish). */
export const refusedReport = (): TranslationImportReport => ({
  ...jobReport('UnknownJob', []),
  messages: ['Ninguna exportación creó la tarea cp-20260101-000000000000000.'],
});

/** A field with a glossary warning in the reader's language and a converter note that exists only in English. */
export const warningsReport = (): TranslationImportReport =>
  jobReport('Success', [
    {
      documentKey: DOC, documentName: null, reasonKey: null,
      applied: true,
      reason: null,
      fields: [{
        path: 'summary', outcome: 'Imported', label: null, reasonKey: null, diff: null,
        warnings: ['«ketamine» debe traducirse como «ketamina», y la traducción no lo contiene.', 'The table has no header row: its first row becomes the header in Markdown.'],
        warningKeys: ['glossary-term-missing', null as unknown as string],
      }],
      validationIssues: [],
    },
  ]);

/** The same file imported a second time: nothing written. */
export const replayReport = (): TranslationImportReport =>
  jobReport('AlreadyApplied', [
    {
      documentKey: DOC, documentName: null, reasonKey: null,
      applied: false,
      reason: 'This file was imported before: the draft already holds every translation in it; nothing was written.',
      fields: [{ path: 'title', outcome: 'AlreadyApplied', label: null, reasonKey: null, warningKeys: null, diff: null }, { path: 'summary', outcome: 'AlreadyApplied', label: null, reasonKey: null, warningKeys: null, diff: null }],
      validationIssues: [],
    },
  ]);

/** An older file imported after Lucía (whose name is Arabic here, to mix directions) translated the summary again. */
export const lateFileReport = (): TranslationImportReport =>
  jobReport('NeedsConfirmation', [
    {
      documentKey: DOC, documentName: null, reasonKey: null,
      applied: false,
      reason: '1 field(s) were translated again after this file was exported; the newer translations were kept and nothing was written.',
      fields: [
        { path: 'title', outcome: 'NotApplied', label: null, reasonKey: null, warningKeys: null, reason: 'Not saved: the document was left unchanged.', diff: null },
        {
          path: 'summary',
          outcome: 'NewerTranslationKept', label: null, reasonKey: null, warningKeys: null,
          reason: 'Translated again by لوسيا on 2026-03-02 09:30 UTC, after this file was exported.',
          diff: {
            inDraft: 'La mayoría camina con ayuda en un día.',
            inFile: 'La mayoría camina en dos días.',
            changedBy: { userKey: 'lucia', displayName: 'لوسيا' },
            changedAt: '2026-03-02T09:30:00Z',
          },
        },
      ],
      validationIssues: [],
    },
  ]);

export const cultures: ContentCulture[] = [
  { isoCode: 'es-ES', name: 'Spanish (Spain)', direction: 'ltr' },
  { isoCode: 'ar', name: 'Arabic', direction: 'rtl' },
  { isoCode: 'fr-FR', name: 'French (France)', direction: 'ltr' },
];

const counts = (c: Partial<Record<string, number>>) => ({ Untranslated: 0, InTranslation: 0, Translated: 0, InReview: 0, Approved: 0, Outdated: 0, ...c }) as Record<string, number>;

export const matrix = (): MatrixRow[] => [
  { documentKey: DOC, name: 'Knee replacement', contentTypeAlias: 'carePagesTreatmentOverview', cultures: { 'es-ES': counts({ Approved: 5, Outdated: 1 }), ar: counts({ Untranslated: 6 }), 'fr-FR': counts({ InReview: 6 }) } },
  { documentKey: DOC2, name: 'Asthma', contentTypeAlias: 'carePagesCondition', cultures: { 'es-ES': counts({ Approved: 4 }), ar: counts({ Translated: 4 }), 'fr-FR': counts({ Untranslated: 4 }) } },
];
