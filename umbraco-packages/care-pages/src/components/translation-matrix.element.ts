import { css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  TRANSLATION_STATUSES,
  type CarePagesUser,
  type ContentCulture,
  type ExchangeFormat,
  type MachineEngineResponse,
  type MachinePrefillReport,
  type MatrixRow,
  type TranslationStatus,
} from '../api/types.js';
import { localizePlural } from '../localization/plural.js';
import { formatNumber } from '../shared/format.js';
import { CarePagesElement } from './care-pages-element.js';
import { renderCultureSelect, renderExportOptions } from './export-options.js';
import { importReportStyles, renderImportReport } from './import-report.js';
import { machineTranslationStyles, renderPrefillControl } from './machine-translation.js';
import { clampSkip, pagingStyles, renderPager, renderRange, type PageView } from './paging.js';
import { sharedStyles } from './shared-styles.js';
import { renderStatusTag } from './status-tag.js';

/**
 * The dashboard's documents × cultures table: per cell, how many fields are in each status (as text and colour),
 * with filters by culture, status and name, row selection, a bulk export (`care-pages-export`) and, where the site has
 * a machine-translation engine, a bulk pre-fill of the chosen culture (`care-pages-prefill`, after a confirmation).
 * The rows that pass the filters are shown `pageSize` at a time (a site can have thousands of documents); selecting
 * "all" selects every row that passes the filters, on every page. `rows` is replaced, never changed in place.
 */
@customElement('care-pages-translation-matrix')
export class CarePagesTranslationMatrixElement extends CarePagesElement {
  @property({ attribute: false }) rows: MatrixRow[] = [];
  /** The columns, in order (the target cultures). */
  @property({ attribute: false }) cultures: ContentCulture[] = [];
  /** Limits the export cultures to the user's; every column when not set. */
  @property({ attribute: false }) user: CarePagesUser | undefined;
  @property({ type: Boolean }) busy = false;
  @property() error: string | undefined;
  /** The site's machine-translation engine; no pre-fill is offered while it is unknown. */
  @property({ attribute: false }) machineEngine: MachineEngineResponse | undefined;
  @property({ attribute: false }) prefillReport: MachinePrefillReport | undefined;
  /** The language dates and numbers are written in; the browser's when not set. */
  @property({ attribute: 'ui-culture' }) uiCulture: string | undefined;
  /** Rows per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 100;

  @state() filterCulture = '';
  @state() filterStatus: TranslationStatus | '' = '';
  @state() filterName = '';
  @state() private selected = new Set<string>();
  @state() private exportCulture: string | undefined;
  @state() private format: ExchangeFormat = 'Xliff12';
  @state() private confirmingPrefill = false;
  /** The rows that pass the filters before the page shown. */
  @state() private skip = 0;

  /** `shownRows`, worked out again when the rows, columns or filters change. */
  #shown: MatrixRow[] = [];
  /** The documents' names by key, for the pre-fill report. */
  #names = new Map<string, string>();

  private get shownCultures(): ContentCulture[] {
    return this.filterCulture ? this.cultures.filter((c) => c.isoCode === this.filterCulture) : this.cultures;
  }

  /** The rows that pass the filters. */
  get shownRows(): MatrixRow[] {
    const name = this.filterName.trim().toLocaleLowerCase();
    const cultures = this.shownCultures;
    return this.rows.filter(
      (row) =>
        (!name || row.name.toLocaleLowerCase().includes(name)) &&
        (!this.filterStatus || cultures.some((c) => (row.cultures[c.isoCode]?.[this.filterStatus] ?? 0) > 0)),
    );
  }

  private get size(): number {
    return Number.isFinite(this.pageSize) && this.pageSize >= 1 ? Math.floor(this.pageSize) : 100;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('rows')) this.#names = new Map(this.rows.map((r) => [r.documentKey, r.name]));
    const filtered = changed.has('filterCulture') || changed.has('filterStatus') || changed.has('filterName');
    if (filtered) this.skip = 0;
    if (filtered || changed.has('rows') || changed.has('cultures')) this.#shown = this.shownRows;
    this.skip = clampSkip(this.skip, this.size, this.#shown.length);
  }

  override render() {
    const rows = this.#shown;
    const page: PageView = { localize: this.localize, uiCulture: this.uiCulture, skip: this.skip, pageSize: this.size, total: rows.length };
    const pageRows = rows.slice(this.skip, this.skip + this.size);
    const cultures = this.shownCultures;
    const exportCultures = this.user ? this.cultures.filter((c) => this.user!.cultures.includes(c.isoCode)) : this.cultures;
    const target = this.exportCulture && exportCultures.some((c) => c.isoCode === this.exportCulture) ? this.exportCulture : exportCultures[0]?.isoCode;
    const selectedShown = rows.filter((r) => this.selected.has(r.documentKey));
    return html`
      <h2>${this.localize('matrixHeading')}</h2>
      ${this.error ? html`<div class="error" role="alert"><strong>${this.localize('errorTitle')}</strong> ${this.error}</div>` : nothing}
      <div class="toolbar filters">
        <span class="field">
          <label for="filter-culture">${this.localize('language')}</label>
          <select id="filter-culture" @change=${(e: Event) => (this.filterCulture = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.filterCulture}>${this.localize('allLanguages')}</option>
            ${this.cultures.map((c) => html`<option value=${c.isoCode} ?selected=${c.isoCode === this.filterCulture}>${c.name}</option>`)}
          </select>
        </span>
        <span class="field">
          <label for="filter-status">${this.localize('status')}</label>
          <select id="filter-status" @change=${(e: Event) => (this.filterStatus = (e.target as HTMLSelectElement).value as TranslationStatus | '')}>
            <option value="" ?selected=${!this.filterStatus}>${this.localize('allStatuses')}</option>
            ${TRANSLATION_STATUSES.map((s) => html`<option value=${s} ?selected=${s === this.filterStatus}>${this.localize(`status${s}`)}</option>`)}
          </select>
        </span>
        <span class="field">
          <label for="filter-name">${this.localize('filterName')}</label>
          <input id="filter-name" type="search" .value=${this.filterName} @input=${(e: Event) => (this.filterName = (e.target as HTMLInputElement).value)} />
        </span>
      </div>
      ${this.busy ? html`<p role="status">${this.localize('loading')}</p>` : nothing}
      ${renderRange(page, pageRows.length, 'documentsRange', this.localize('noDocuments'))}
      <div class="table-scroll" role="region" tabindex="0" aria-labelledby="matrix-caption">
        <table>
          <caption id="matrix-caption">${this.localize('matrixCaption')}</caption>
          <thead>
            <tr>
              <td>
                <input
                  type="checkbox"
                  id="select-all"
                  aria-label=${localizePlural(this.localize, 'selectAllMatching', rows.length, this.uiCulture, formatNumber(rows.length, this.uiCulture))}
                  ?disabled=${rows.length === 0}
                  .checked=${rows.length > 0 && selectedShown.length === rows.length}
                  .indeterminate=${selectedShown.length > 0 && selectedShown.length < rows.length}
                  @change=${(e: Event) => this.selectAll(rows, (e.target as HTMLInputElement).checked)}
                />
              </td>
              <th scope="col">${this.localize('document')}</th>
              ${cultures.map((c) => html`<th scope="col" data-culture=${c.isoCode}>${c.name}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.length === 0
              ? html`<tr><td colspan=${cultures.length + 2} class="empty">${this.localize('noDocuments')}</td></tr>`
              : pageRows.map(
                  (row) => html`<tr data-document=${row.documentKey}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label=${this.localize('selectDocument', row.name)}
                        .checked=${this.selected.has(row.documentKey)}
                        @change=${(e: Event) => this.select(row.documentKey, (e.target as HTMLInputElement).checked)}
                      />
                    </td>
                    <th scope="row">${row.name}</th>
                    ${cultures.map((c) => this.renderCell(row.cultures[c.isoCode] ?? {}))}
                  </tr>`,
                )}
          </tbody>
        </table>
      </div>
      ${renderPager(page, this.localize('matrixPaging'), (skip) => (this.skip = skip))}
      <div class="toolbar bulk">
        <p class="count" aria-live="polite">${this.localize('selectedCount', formatNumber(selectedShown.length, this.uiCulture))}</p>
        ${exportCultures.length > 0
          ? html`${renderCultureSelect(this.localize('translateInto'), 'bulk-culture', exportCultures, target, (c) => (this.exportCulture = c))}
              ${renderExportOptions(this.localize, 'bulk', this.format, false, (f) => (this.format = f), undefined)}
              <uui-button
                look="primary"
                label=${this.localize('exportSelected')}
                ?disabled=${selectedShown.length === 0 || !target || this.busy}
                @click=${() =>
                  target &&
                  selectedShown.length > 0 &&
                  this.emit('care-pages-export', {
                    documentKeys: selectedShown.map((r) => r.documentKey),
                    targetCulture: target,
                    format: this.format,
                    copySourceToTarget: false,
                  })}
                >${this.localize('exportSelected')}</uui-button
              >
              ${target ? this.renderPrefill(target, exportCultures, selectedShown) : nothing}`
          : html`<p>${this.localize('noCultures')}</p>`}
      </div>
      ${this.prefillReport
        ? renderImportReport(this.prefillReport, {
            localize: this.localize,
            uiCulture: this.uiCulture,
            documentName: (key) => this.#names.get(key) ?? key,
            replaceNewer: undefined,
            busy: this.busy,
          })
        : nothing}
    `;
  }

  private renderPrefill(target: string, cultures: ContentCulture[], selected: MatrixRow[]) {
    return renderPrefillControl({
      localize: this.localize,
      engine: this.machineEngine,
      culture: target,
      cultureName: cultures.find((c) => c.isoCode === target)?.name ?? target,
      label: this.localize('prefillSelected'),
      empty: selected.length === 0,
      busy: this.busy,
      confirming: this.confirmingPrefill,
      ask: () => this.askPrefill(true),
      confirm: () => {
        this.confirmingPrefill = false;
        this.emit('care-pages-prefill', { documentKeys: selected.map((r) => r.documentKey), targetCulture: target });
      },
      cancel: () => this.askPrefill(false),
    });
  }

  /** Shows (or hides) the confirmation and moves focus to its first button, or back to the pre-fill button. */
  private async askPrefill(confirming: boolean) {
    this.confirmingPrefill = confirming;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>('.bulk :is(.prefill-confirm, .prefill) uui-button')?.focus();
  }

  private renderCell(counts: Record<string, number>) {
    const present = TRANSLATION_STATUSES.filter((s) => (counts[s] ?? 0) > 0);
    return html`<td>
      <ul class="counts">
        ${present.map((s) => html`<li>${renderStatusTag(this.localize, s, counts[s])}</li>`)}
      </ul>
    </td>`;
  }

  private select(key: string, on: boolean) {
    const next = new Set(this.selected);
    if (on) next.add(key);
    else next.delete(key);
    this.selected = next;
  }

  /** Selects or deselects the rows that pass the filters (on every page); the other rows keep their selection. */
  private selectAll(rows: MatrixRow[], on: boolean) {
    const next = new Set(this.selected);
    for (const row of rows) {
      if (on) next.add(row.documentKey);
      else next.delete(row.documentKey);
    }
    this.selected = next;
  }

  static override styles = [
    sharedStyles,
    importReportStyles,
    machineTranslationStyles,
    pagingStyles,
    css`
      /* One column per language does not fit a phone: the table scrolls sideways in its own region (keyboard too). */
      .table-scroll { overflow-x: auto; max-width: 100%; }
      .table-scroll:focus-visible { outline: 2px solid #1b264f; outline-offset: 2px; }
      table { border-collapse: collapse; width: 100%; }
      caption { text-align: start; font-weight: bold; padding-block: 0.5em; }
      th, td { text-align: start; vertical-align: top; padding: 0.4em 0.6em; border-block-end: 1px solid #d1d5db; }
      ul.counts { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25em; }
      .empty { color: #4b5563; }
      .count { margin: 0; align-self: center; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'care-pages-translation-matrix': CarePagesTranslationMatrixElement;
  }
}
