import { customElement, html, state } from '@umbraco-cms/backoffice/external/lit';
import type { CarePagesContext, ExportRequestBody, MatrixRow } from '../api/types.js';
import '../components/translation-matrix.element.js';
import { downloadBlob } from '../shared/download.js';
import { backofficeLocalize } from './backoffice-localize.js';
import { CarePagesBackofficeElement } from './care-pages-backoffice-element.js';

/** Dashboard "Translations" in the Content section: the documents × cultures matrix with bulk export. */
@customElement('care-pages-translation-dashboard')
export class CarePagesTranslationDashboardElement extends CarePagesBackofficeElement {
  @state() private context: CarePagesContext | undefined;
  @state() private rows: MatrixRow[] = [];

  protected override load() {
    return this.run(async (api) => {
      this.context = await api.getContext();
      this.rows = await api.getMatrix(this.#targets().map((c) => c.isoCode));
    });
  }

  #targets() {
    return (this.context?.cultures ?? []).filter((c) => c.isoCode !== this.context?.sourceCulture);
  }

  override render() {
    return html`<uui-box>
      <care-pages-translation-matrix
        .localize=${backofficeLocalize(this.localize)}
        .rows=${this.rows}
        .cultures=${this.#targets()}
        .user=${this.context?.user}
        .busy=${this.busy}
        .error=${this.error}
        @care-pages-export=${(e: CustomEvent<ExportRequestBody>) =>
          this.run(async (api) => {
            const file = await api.exportForTranslation(e.detail);
            downloadBlob(file.blob, file.fileName);
          })}
      ></care-pages-translation-matrix>
    </uui-box>`;
  }
}

export { CarePagesTranslationDashboardElement as element };
