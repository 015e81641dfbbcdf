import { customElement, html, state } from '@umbraco-cms/backoffice/external/lit';
import type { CarePagesContext, ExportRequestBody, MachineEngineResponse, MachinePrefillReport, MatrixRow, PrefillRequestBody } from '../api/types.js';
import '../components/translation-matrix.element.js';
import { userTargetCultures, withCultureNamesIn } from '../shared/context-cultures.js';
import { loadUserMatrix } from '../shared/user-matrix.js';
import { downloadExport } from '../shared/download.js';
import { loadMachineEngine } from '../shared/machine-engine.js';
import { backofficeLocalize } from './backoffice-localize.js';
import { CarePagesBackofficeElement } from './care-pages-backoffice-element.js';

/** Dashboard "Translations" in the Content section: the documents × cultures matrix with bulk export and machine pre-fill. */
@customElement('care-pages-translation-dashboard')
export class CarePagesTranslationDashboardElement extends CarePagesBackofficeElement {
  @state() private context: CarePagesContext | undefined;
  @state() private rows: MatrixRow[] = [];
  @state() private machineEngine: MachineEngineResponse | undefined;
  @state() private prefillReport: MachinePrefillReport | undefined;

  protected override load() {
    return this.run(async (api) => {
      this.context = withCultureNamesIn(await api.getContext(), this.localize.lang());
      this.machineEngine = await loadMachineEngine(api);
      this.rows = await loadUserMatrix(api, this.context);
    });
  }

  #prefill(body: PrefillRequestBody) {
    return this.run(async (api) => {
      this.prefillReport = await api.prefillWithMachine(body, this.localize.lang());
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
        .machineEngine=${this.machineEngine}
        .prefillReport=${this.prefillReport}
        ui-culture=${this.localize.lang()}
        @care-pages-export=${(e: CustomEvent<ExportRequestBody>) => this.run((api) => downloadExport(api, e.detail, this.localize.lang()))}
        @care-pages-prefill=${(e: CustomEvent<PrefillRequestBody>) => this.#prefill(e.detail)}
      ></care-pages-translation-matrix>
    </uui-box>`;
  }
}

export { CarePagesTranslationDashboardElement as element };
