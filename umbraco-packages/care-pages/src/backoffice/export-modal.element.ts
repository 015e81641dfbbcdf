import { UMB_AUTH_CONTEXT } from '@umbraco-cms/backoffice/auth';
import { customElement, html, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbModalBaseElement } from '@umbraco-cms/backoffice/modal';
import type { ContentCulture, ExportRequestBody } from '../api/types.js';
import '../components/export-dialog.element.js';
import { userTargetCultures, withCultureNamesIn } from '../shared/context-cultures.js';
import { errorMessage } from '../shared/error-message.js';
import { createBackofficeApi } from './backoffice-api.js';
import { backofficeLocalize } from './backoffice-localize.js';
import type { CarePagesExportModalData } from './export-modal.token.js';

/** The modal around the export dialog: loads the user's cultures and the document's name, returns the request. */
@customElement('care-pages-export-modal')
export class CarePagesExportModalElement extends UmbModalBaseElement<CarePagesExportModalData, ExportRequestBody> {
  @state() private name = '';
  @state() private cultures: ContentCulture[] = [];
  @state() private error: string | undefined;
  @state() private busy = true;

  constructor() {
    super();
    this.consumeContext(UMB_AUTH_CONTEXT, async (auth) => {
      const key = this.data?.unique;
      if (!auth || !key) {
        return;
      }
      const api = createBackofficeApi(auth);
      try {
        const context = withCultureNamesIn(await api.getContext(), this.localize.lang());
        this.cultures = userTargetCultures(context);
        this.name = (await api.getDocumentTranslation(key, [])).name;
      } catch (error) {
        this.error = errorMessage(error, backofficeLocalize(this.localize));
      } finally {
        this.busy = false;
      }
    });
  }

  override render() {
    return html`<uui-dialog-layout headline=${this.localize.term('carePages_exportHeading')}>
      <care-pages-export-dialog
        .localize=${backofficeLocalize(this.localize)}
        document-name=${this.name}
        .documentKeys=${this.data ? [this.data.unique] : []}
        .cultures=${this.cultures}
        .busy=${this.busy}
        .error=${this.error}
        @care-pages-export=${(e: CustomEvent<ExportRequestBody>) => {
          this.value = e.detail;
          this._submitModal();
        }}
        @care-pages-cancel=${() => this._rejectModal()}
      ></care-pages-export-dialog>
    </uui-dialog-layout>`;
  }
}

export { CarePagesExportModalElement as element };
