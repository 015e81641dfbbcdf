import { UMB_AUTH_CONTEXT } from '@umbraco-cms/backoffice/auth';
import { UmbEntityActionBase } from '@umbraco-cms/backoffice/entity-action';
import { UmbLocalizationController } from '@umbraco-cms/backoffice/localization-api';
import { umbOpenModal } from '@umbraco-cms/backoffice/modal';
import { downloadExport } from '../shared/download.js';
import { createBackofficeApi } from './backoffice-api.js';
import { CARE_PAGES_EXPORT_MODAL } from './export-modal.token.js';

/** "Export for translation…" on a document: asks for culture and format, then downloads the file. */
export class CarePagesExportEntityAction extends UmbEntityActionBase<never> {
  override async execute(): Promise<void> {
    const unique = this.args.unique;
    if (!unique) {
      return;
    }
    const request = await umbOpenModal(this, CARE_PAGES_EXPORT_MODAL, { data: { unique } });
    const auth = await this.getContext(UMB_AUTH_CONTEXT);
    if (!auth) {
      throw new Error('No auth context: the backoffice user is not signed in.');
    }
    await downloadExport(createBackofficeApi(auth), request, new UmbLocalizationController(this).lang());
  }
}

export { CarePagesExportEntityAction as api };
