import { customElement, html, state } from '@umbraco-cms/backoffice/external/lit';
import type { CarePagesContext, ExportRequestBody, MatrixRow } from '../api/types.js';
import '../components/translation-matrix.element.js';
import { userTargetCultures, withCultureNamesIn } from '../shared/context-cultures.js';
import { loadUserMatrix } from '../shared/user-matrix.js';
import { downloadExport } from '../shared/download.js';
import { backofficeLocalize } from './backoffice-localize.js';
import { CarePagesBackofficeElement } from './care-pages-backoffice-element.js';

/** Dashboard "Translations" in the Content section: the documents × cultures matrix with bulk export. */
@customElement('care-pages-translation-dashboard')
export class CarePagesTranslationDashboardElement extends CarePagesBackofficeElement {
  @state() private context: CarePagesContext | undefined;
  @state() private rows: MatrixRow[] = [];

  protected override load() {
    return this.run(async (api) => {
      this.context = withCultureNamesIn(await api.getContext(), this.localize.lang());
      this.rows = await loadUserMatrix(api, this.context);
    });
  }

  override render() {
    return html`<uui-box>
      <care-pages-translation-matrix
        .localize=${backofficeLocalize(this.localize)}
        .rows=${this.rows}
        .cultures=${userTargetCultures(this.context)}
        .user=${this.context?.user}
        .busy=${this.busy}
        .error=${this.error}
        @care-pages-export=${(e: CustomEvent<ExportRequestBody>) => this.run((api) => downloadExport(api, e.detail, this.localize.lang()))}
      ></care-pages-translation-matrix>
    </uui-box>`;
  }
}

export { CarePagesTranslationDashboardElement as element };
