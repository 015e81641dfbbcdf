import '@umbraco-ui/uui';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CarePagesApi } from '../api/care-pages-api.js';
import type {
  CarePagesContext,
  DocumentCheckResponse,
  DocumentTranslationStatus,
  ExportRequestBody,
  MachineEngineResponse,
  MachinePrefillReport,
  MatrixRow,
  PrefillRequestBody,
  ReviewStep,
  TranslationImportReport,
} from '../api/types.js';
import '../components/index.js';
import type { ImportRequest } from '../components/events.js';
import { UI_LANGUAGES, type UiLanguage } from '../localization/dictionaries.js';
import { createLocalize, type LocalizeFn } from '../localization/localize.js';
import { cultureNames, targetCultures, userTargetCultures, withCultureNamesIn } from '../shared/context-cultures.js';
import { loadUserMatrix } from '../shared/user-matrix.js';
import { downloadExport } from '../shared/download.js';
import { loadMachineEngine } from '../shared/machine-engine.js';
import { runBusy } from '../shared/run-busy.js';

const USERS = ['ana', 'rami', 'claire', 'lucia'] as const;
const VIEWS = ['accessibility', 'translation', 'dashboard', 'export', 'audit'] as const;
type View = (typeof VIEWS)[number];

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

/**
 * The demo's editor preview: mounts the presentational components against the demo's API as one of the demo users,
 * in one of the UI languages. `?view=…&user=…&ui=…&document=…` selects the initial state (used by screenshot tests).
 */
@customElement('care-pages-editor-preview')
export class CarePagesEditorPreviewElement extends LitElement {
  @property({ attribute: 'api-base' }) apiBase = '';

  @state() private user: (typeof USERS)[number] = 'lucia';
  @state() private ui: UiLanguage = 'en';
  @state() private view: View = 'accessibility';
  @state() private documentKey = '';
  @state() private context: CarePagesContext | undefined;
  @state() private rows: MatrixRow[] = [];
  @state() private checks: DocumentCheckResponse | undefined;
  @state() private status: DocumentTranslationStatus | undefined;
  @state() private importReport: TranslationImportReport | undefined;
  @state() private machineEngine: MachineEngineResponse | undefined;
  @state() private prefillReport: MachinePrefillReport | undefined;
  @state() private busy = false;
  @state() private error: string | undefined;
  @state() private notice: string | undefined;

  override connectedCallback() {
    super.connectedCallback();
    const query = new URLSearchParams(window.location.search);
    this.view = pick(query.get('view'), VIEWS, 'accessibility');
    this.user = pick(query.get('user'), USERS, 'lucia');
    this.ui = pick(query.get('ui'), UI_LANGUAGES.map((l) => l.culture), 'en');
    this.documentKey = query.get('document') ?? '';
    void this.reload();
  }

  private get localize(): LocalizeFn {
    return createLocalize(UI_LANGUAGES.find((l) => l.culture === this.ui)!.dictionary);
  }

  private get api(): CarePagesApi {
    // The demo has no sign-in: the user is named in a header, and a 401 shows as "signed out" without a retry.
    return new CarePagesApi({ configuration: { base: this.apiBase, credentials: 'same-origin' }, headers: () => ({ 'X-CarePages-User': this.user }) });
  }

  #auditApi: { user: string; api: CarePagesApi } | undefined;

  /** A document (or one of its fields) opens here as the document's accessibility view. */
  private previewHref = (key: string): string => `?${new URLSearchParams({ view: 'accessibility', user: this.user, ui: this.ui, document: key })}`;

  /** One API per user for the site audit, which loads again whenever it is given another. */
  private get auditApi(): CarePagesApi {
    if (this.#auditApi?.user !== this.user) this.#auditApi = { user: this.user, api: this.api };
    return this.#auditApi.api;
  }

  // data-state (loading | ready | error) tells the demo's browser tests when the view shows what the API returned.
  private async run(work: (api: CarePagesApi) => Promise<unknown>) {
    const api = this.api;
    this.dataset.state = 'loading';
    await runBusy((busy, error) => ((this.busy = busy), (this.error = error)), () => work(api), this.localize);
    this.dataset.state = this.error ? 'error' : 'ready';
  }

  private reload() {
    return this.run(async (api) => {
      this.context = withCultureNamesIn(await api.getContext(), this.ui);
      this.rows = await loadUserMatrix(api, this.context);
      this.machineEngine = this.view === 'translation' || this.view === 'dashboard' ? await loadMachineEngine(api) : undefined;
      if (!this.documentKey || !this.rows.some((r) => r.documentKey === this.documentKey)) {
        this.documentKey = this.rows[0]?.documentKey ?? '';
      }
      await this.loadDocument(api);
    });
  }

  private async loadDocument(api: CarePagesApi) {
    if (!this.documentKey) return;
    if (this.view === 'accessibility') {
      this.checks = await api.getDocumentChecks(this.documentKey, [], this.ui);
    } else if (this.view === 'translation') {
      this.status = await api.getDocumentTranslation(this.documentKey, targetCultures(this.context).map((c) => c.isoCode), this.ui);
    }
  }

  private select(change: () => void) {
    change();
    const query = new URLSearchParams({ view: this.view, user: this.user, ui: this.ui, document: this.documentKey });
    window.history.replaceState({}, '', `${window.location.pathname}?${query}`);
    void this.reload();
  }

  private exportFile(body: ExportRequestBody) {
    return this.run(async (api) => {
      this.notice = this.localize('downloaded', await downloadExport(api, body, this.ui));
    });
  }

  private importFile(file: File, replaceNewer = false) {
    return this.run(async (api) => {
      this.importReport = await api.importFile(file, { replaceNewer, uiCulture: this.ui });
      this.prefillReport = undefined;
      await this.loadDocument(api);
    });
  }

  private prefill(body: PrefillRequestBody) {
    return this.run(async (api) => {
      this.prefillReport = await api.prefillWithMachine(body, this.ui);
      this.importReport = undefined;
      await this.loadDocument(api);
      if (this.view === 'dashboard') this.rows = await loadUserMatrix(api, this.context);
    });
  }

  private review(culture: string, step: ReviewStep, fields: string[]) {
    return this.run(async (api) => {
      await api.review(this.documentKey, culture, step, fields, this.ui);
      await this.loadDocument(api);
    });
  }

  override updated() {
    const language = UI_LANGUAGES.find((l) => l.culture === this.ui)!;
    this.lang = language.culture;
    this.dir = language.direction;
  }

  override render() {
    const localize = this.localize;
    const viewLabel = (v: View) =>
      localize(
        v === 'accessibility' ? 'accessibilityTab' : v === 'translation' ? 'translationTab' : v === 'dashboard' ? 'viewDashboard' : v === 'audit' ? 'auditDashboardTitle' : 'exportHeading',
      );
    const document = this.rows.find((r) => r.documentKey === this.documentKey);
    return html`
      <header>
        <h1>${localize('previewTitle')}</h1>
        <div class="switches">
          <label>${localize('user')}
            <select id="user" @change=${(e: Event) => this.select(() => (this.user = (e.target as HTMLSelectElement).value as (typeof USERS)[number]))}>
              ${USERS.map((u) => html`<option value=${u} ?selected=${u === this.user}>${u}</option>`)}
            </select>
          </label>
          <label>${localize('uiLanguage')}
            <select id="ui" @change=${(e: Event) => this.select(() => (this.ui = (e.target as HTMLSelectElement).value as UiLanguage))}>
              ${UI_LANGUAGES.map((l) => html`<option value=${l.culture} ?selected=${l.culture === this.ui}>${l.culture}</option>`)}
            </select>
          </label>
          <label>${localize('document')}
            <select id="document" @change=${(e: Event) => this.select(() => (this.documentKey = (e.target as HTMLSelectElement).value))}>
              ${this.rows.map((r) => html`<option value=${r.documentKey} ?selected=${r.documentKey === this.documentKey}>${r.name}</option>`)}
            </select>
          </label>
          <label>${localize('view')}
            <select id="view" @change=${(e: Event) => this.select(() => (this.view = (e.target as HTMLSelectElement).value as View))}>
              ${VIEWS.map((v) => html`<option value=${v} ?selected=${v === this.view}>${viewLabel(v)}</option>`)}
            </select>
          </label>
        </div>
        ${this.notice ? html`<p role="status">${this.notice}</p>` : nothing}
      </header>
      <main>${this.renderView(localize, document?.name ?? '')}</main>
    `;
  }

  private renderView(localize: LocalizeFn, documentName: string) {
    switch (this.view) {
      case 'accessibility':
        return html`<care-pages-accessibility-findings
          .localize=${localize}
          .response=${this.checks}
          .busy=${this.busy}
          .error=${this.error}
          ui-culture=${this.ui}
          @care-pages-recheck=${() => this.run((api) => this.loadDocument(api))}
          @care-pages-jump-to-property=${(e: CustomEvent<{ culture: string; property: string }>) => (this.notice = `${e.detail.culture}: ${e.detail.property}`)}
        ></care-pages-accessibility-findings>`;
      case 'translation':
        return html`<care-pages-translation-status
          .localize=${localize}
          .status=${this.status}
          .user=${this.context?.user}
          .cultureNames=${cultureNames(this.context)}
          .importReport=${this.importReport}
          .machineEngine=${this.machineEngine}
          .prefillReport=${this.prefillReport}
          .busy=${this.busy}
          .error=${this.error}
          ui-culture=${this.ui}
          @care-pages-export=${(e: CustomEvent<ExportRequestBody>) => this.exportFile(e.detail)}
          @care-pages-import=${(e: CustomEvent<ImportRequest>) => this.importFile(e.detail.file, e.detail.replaceNewer)}
          @care-pages-prefill=${(e: CustomEvent<PrefillRequestBody>) => this.prefill(e.detail)}
          @care-pages-review=${(e: CustomEvent<{ culture: string; step: ReviewStep; fields: string[] }>) => this.review(e.detail.culture, e.detail.step, e.detail.fields)}
        ></care-pages-translation-status>`;
      case 'dashboard':
        return html`<care-pages-translation-matrix
          .localize=${localize}
          .rows=${this.rows}
          .cultures=${userTargetCultures(this.context)}
          .user=${this.context?.user}
          .busy=${this.busy}
          .error=${this.error}
          .machineEngine=${this.machineEngine}
          .prefillReport=${this.prefillReport}
          ui-culture=${this.ui}
          @care-pages-export=${(e: CustomEvent<ExportRequestBody>) => this.exportFile(e.detail)}
          @care-pages-prefill=${(e: CustomEvent<PrefillRequestBody>) => this.prefill(e.detail)}
        ></care-pages-translation-matrix>`;
      case 'export':
        return html`<uui-dialog-layout>
          <care-pages-export-dialog
            .localize=${localize}
            document-name=${documentName}
            .documentKeys=${this.documentKey ? [this.documentKey] : []}
            .cultures=${userTargetCultures(this.context)}
            .busy=${this.busy}
            .error=${this.error}
            @care-pages-export=${(e: CustomEvent<ExportRequestBody>) => this.exportFile(e.detail)}
            @care-pages-cancel=${() => this.select(() => (this.view = 'translation'))}
          ></care-pages-export-dialog>
        </uui-dialog-layout>`;
      case 'audit':
        // The site audit loads, polls and pages by itself; its document links open the document's accessibility view here.
        return html`<care-pages-site-audit
          .api=${this.auditApi}
          .localize=${localize}
          .documentHref=${this.previewHref}
          .fieldHref=${this.previewHref}
          ui-culture=${this.ui}
        ></care-pages-site-audit>`;
    }
  }

  static override styles = css`
    :host { display: block; font-family: system-ui, sans-serif; color: #1b264f; padding: 1em; max-width: 72rem; margin-inline: auto; }
    h1 { font-size: 1.4em; margin-block: 0 0.5em; }
    .switches { display: flex; flex-wrap: wrap; gap: 0.5em 1.5em; margin-block-end: 1em; }
    label { display: inline-flex; flex-direction: column; gap: 0.25em; }
    select { font: inherit; padding: 0.25em 0.5em; border: 1px solid #6b7280; border-radius: 3px; background: #fff; color: #1b264f; }
    main { border-block-start: 1px solid #d1d5db; padding-block-start: 1em; }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'care-pages-editor-preview': CarePagesEditorPreviewElement;
  }
}
