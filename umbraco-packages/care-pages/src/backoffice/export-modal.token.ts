import { UmbModalToken } from '@umbraco-cms/backoffice/modal';
import type { ExportRequestBody } from '../api/types.js';

export interface CarePagesExportModalData {
  /** The document's key. */
  unique: string;
}

export const CARE_PAGES_EXPORT_MODAL_ALIAS = 'CarePages.Modal.ExportForTranslation';

/** The "Export for translation…" dialog: resolves with what to export, rejects when cancelled. */
export const CARE_PAGES_EXPORT_MODAL = new UmbModalToken<CarePagesExportModalData, ExportRequestBody>(CARE_PAGES_EXPORT_MODAL_ALIAS, {
  modal: { type: 'dialog', size: 'small' },
});
