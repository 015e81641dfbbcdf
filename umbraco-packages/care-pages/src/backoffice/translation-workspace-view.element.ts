import { customElement, html, state } from '@umbraco-cms/backoffice/external/lit';
import type { CarePagesApi } from '../api/care-pages-api.js';
import type {
  CarePagesContext,
  DocumentTranslationStatus,
  ExportRequestBody,
  MachineEngineResponse,
  MachinePrefillReport,
  PrefillRequestBody,
  ReviewStep,
  TranslationImportReport,
} from '../api/types.js';
import '../components/translation-status.element.js';
import type { ImportRequest } from '../components/events.js';
import { cultureNames, targetCultures, withCultureNamesIn } from '../shared/context-cultures.js';
import { downloadExport } from '../shared/download.js';
import { loadMachineEngine } from '../shared/machine-engine.js';
import { backofficeLocalize } from './backoffice-localize.js';
import { CarePagesDocumentViewElement } from './care-pages-document-view-element.js';

/** Workspace view "Translation": the document's status per culture and field, export, import, machine pre-fill and review. */
@customElement('care-pages-translation-workspace-view')
export class CarePagesTranslationWorkspaceViewElement extends CarePagesDocumentViewElement {
  @state() private context: CarePagesContext | undefined;
  @state() private status: DocumentTranslationStatus | undefined;
  @state() private importReport: TranslationImportReport | undefined;
  @state() private machineEngine: MachineEngineResponse | undefined;
  @state() private prefillReport: MachinePrefillReport | undefined;

  protected override load() {
    return this.documentKey
      ? this.run(async (api) => {
          this.context ??= withCultureNamesIn(await api.getContext(), this.localize.lang());
          this.machineEngine = await loadMachineEngine(api);
          await this.#loadStatus(api);
        })
      : Promise.resolve();
  }

  /** Reads the statuses again; called within the action's run, so that a refusal stays shown. */
  async #loadStatus(api: CarePagesApi) {
    const key = this.documentKey;
    if (key) this.status = await api.getDocumentTranslation(key, targetCultures(this.context).map((c) => c.isoCode), this.localize.lang());
  }

  #export(body: ExportRequestBody) {
    return this.run((api) => downloadExport(api, body, this.localize.lang()));
  }

  #import(file: File, replaceNewer = false) {
    return this.run(async (api) => {
      this.importReport = await api.importFile(file, { replaceNewer, uiCulture: this.localize.lang() });
      this.prefillReport = undefined;
      await this.#loadStatus(api);
    });
  }

  #prefill(body: PrefillRequestBody) {
    return this.run(async (api) => {
      this.prefillReport = await api.prefillWithMachine(body, this.localize.lang());
      this.importReport = undefined;
      await this.#loadStatus(api);
    });
  }

  #review(culture: string, step: ReviewStep, fields: string[]) {
    const key = this.documentKey;
    return this.run(async (api) => {
      if (key) await api.review(key, culture, step, fields, this.localize.lang());
      await this.#loadStatus(api);
    });
  }

  override render() {
    return html`<uui-box>
      <care-pages-translation-status
        .localize=${backofficeLocalize(this.localize)}
        .status=${this.status}
        .user=${this.context?.user}
        .cultureNames=${cultureNames(this.context)}
        .importReport=${this.importReport}
        .machineEngine=${this.machineEngine}
        .prefillReport=${this.prefillReport}
        ui-culture=${this.localize.lang()}
        .busy=${this.busy}
        .error=${this.error}
        @care-pages-export=${(e: CustomEvent<ExportRequestBody>) => this.#export(e.detail)}
        @care-pages-import=${(e: CustomEvent<ImportRequest>) => this.#import(e.detail.file, e.detail.replaceNewer)}
        @care-pages-prefill=${(e: CustomEvent<PrefillRequestBody>) => this.#prefill(e.detail)}
        @care-pages-review=${(e: CustomEvent<{ culture: string; step: ReviewStep; fields: string[] }>) => this.#review(e.detail.culture, e.detail.step, e.detail.fields)}
      ></care-pages-translation-status>
    </uui-box>`;
  }
}

export { CarePagesTranslationWorkspaceViewElement as element };
