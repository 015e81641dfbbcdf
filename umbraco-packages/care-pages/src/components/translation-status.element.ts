import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type {
  CarePagesUser,
  DocumentTranslationStatus,
  ExchangeFormat,
  FieldStatus,
  MachineEngineResponse,
  MachinePrefillReport,
  SourceChange,
  TranslationImportReport,
} from '../api/types.js';
import { CarePagesElement } from './care-pages-element.js';
import { renderDiffParts } from './diff-text.js';
import { renderCultureSelect, renderExportOptions } from './export-options.js';
import { importReportStyles, renderImportReport, type ExchangeReport } from './import-report.js';
import { machineTranslationStyles, renderMachineDraft, renderPrefillControl } from './machine-translation.js';
import { sharedStyles } from './shared-styles.js';
import { renderStatusTag } from './status-tag.js';
import { wordDiff } from './word-diff.js';

/**
 * A document's translation status per culture and field: outdated fields with the source diff, export and import,
 * submit for review, and approval for reviewers. Cultures the user may not work on are shown read-only. Where the site
 * has a machine-translation engine, each of the user's cultures can be pre-filled with a machine draft (after a
 * confirmation); a field's draft is shown beside what the translator made of it.
 * Dispatches `care-pages-export`, `care-pages-import` {file, replaceNewer?}, `care-pages-prefill` {documentKeys,
 * targetCulture} and `care-pages-review` {culture, step, fields}.
 */
@customElement('care-pages-translation-status')
export class CarePagesTranslationStatusElement extends CarePagesElement {
  @property({ attribute: false }) status: DocumentTranslationStatus | undefined;
  @property({ attribute: false }) user: CarePagesUser | undefined;
  /** The cultures to show, in order; every culture of `status` when not set. */
  @property({ attribute: false }) cultures: string[] | undefined;
  /** Display names of cultures by ISO code; the code is shown when missing. */
  @property({ attribute: false }) cultureNames: Record<string, string> = {};
  @property({ attribute: false }) importReport: TranslationImportReport | undefined;
  /** The site's machine-translation engine; no pre-fill is offered while it is unknown. */
  @property({ attribute: false }) machineEngine: MachineEngineResponse | undefined;
  @property({ attribute: false }) prefillReport: MachinePrefillReport | undefined;
  @property({ type: Boolean }) busy = false;
  @property() error: string | undefined;
  /** The language dates are written in; the browser's when not set. */
  @property({ attribute: 'ui-culture' }) uiCulture: string | undefined;

  @state() private exportCulture: string | undefined;
  @state() private format: ExchangeFormat = 'Xliff12';
  @state() private copySource = false;
  @state() private file: File | undefined;
  /** The file of the latest import, which the report's "replace the newer translations" imports again. */
  @state() private importedFile: File | undefined;
  /** The culture whose pre-fill waits for the user's confirmation. */
  @state() private confirmingPrefill: string | undefined;

  private get shownCultures(): string[] {
    const available = Object.keys(this.status?.cultures ?? {});
    return (this.cultures ?? available).filter((c) => available.includes(c));
  }

  private mayWorkOn(culture: string): boolean {
    return this.user?.cultures.includes(culture) ?? false;
  }

  private name(culture: string): string {
    return this.cultureNames[culture] ?? culture;
  }

  override render() {
    const status = this.status;
    return html`
      ${status ? html`<h2>${this.localize('translationHeading', status.name)}</h2>` : nothing}
      ${this.error ? html`<div class="error" role="alert"><strong>${this.localize('errorTitle')}</strong> ${this.error}</div>` : nothing}
      ${this.busy ? html`<p role="status">${this.localize('loading')}</p>` : nothing}
      ${status ? this.shownCultures.map((c) => this.renderCulture(c, status.cultures[c] ?? [])) : nothing}
      ${status ? this.renderExchange(status) : nothing} ${this.importReport ? this.renderReport(this.importReport) : nothing}
      ${this.prefillReport ? this.renderReport(this.prefillReport) : nothing}
    `;
  }

  private renderCulture(culture: string, fields: FieldStatus[]) {
    const editable = this.mayWorkOn(culture);
    // A machine draft is submitted as the translator's once they have checked it.
    const toSubmit = fields.filter((f) => f.status === 'Translated' || f.status === 'MachineTranslated').map((f) => f.path);
    const reviewer = editable && (this.user?.canReview ?? false);
    return html`<section class="culture" data-culture=${culture}>
      <h3>${this.name(culture)}</h3>
      ${editable ? this.renderPrefill(culture) : html`<p class="note read-only">${this.localize('readOnlyCulture', this.name(culture))}</p>`}
      ${fields.length === 0
        ? html`<p>${this.localize('noFields')}</p>`
        : html`<table>
            <thead>
              <tr>
                <th scope="col">${this.localize('field')}</th>
                <th scope="col">${this.localize('status')}</th>
                ${reviewer ? html`<th scope="col"><span class="visually-hidden">${this.localize('approve')}</span></th>` : nothing}
              </tr>
            </thead>
            <tbody>
              ${fields.map((f) => this.renderField(culture, f, reviewer))}
            </tbody>
          </table>`}
      ${editable
        ? html`<div class="toolbar">
            <uui-button
              look="primary"
              label=${this.localize('submitForReview')}
              ?disabled=${toSubmit.length === 0 || this.busy}
              @click=${() => toSubmit.length > 0 && this.emit('care-pages-review', { culture, step: 'submit', fields: toSubmit })}
              >${this.localize('submitForReview')}</uui-button
            >
            ${toSubmit.length === 0 ? html`<span class="hint">${this.localize('nothingToSubmit')}</span>` : nothing}
          </div>`
        : nothing}
    </section>`;
  }

  private renderField(culture: string, field: FieldStatus, reviewer: boolean) {
    const own = !!field.translatedBy && field.translatedBy.userKey === this.user?.key;
    return html`<tr data-path=${field.path}>
      <th scope="row">
        ${field.label ?? field.name}
        ${field.translatedBy ? html`<div class="by">${this.localize('translatedBy', field.translatedBy.displayName)}</div>` : nothing}
        ${field.status === 'Outdated' && field.sourceChange ? this.renderSourceChange(field.sourceChange) : nothing}
        ${field.status === 'MachineTranslated' && this.mayWorkOn(culture) ? html`<p class="machine-hint">${this.localize('machineDraftHint')}</p>` : nothing}
        ${field.machine ? renderMachineDraft(this.localize, field.machine, culture, this.uiCulture) : nothing}
      </th>
      <td>${renderStatusTag(this.localize, field.status)}</td>
      ${reviewer
        ? html`<td>
            ${field.status === 'InReview'
              ? html`<uui-button
                    look="secondary"
                    color="positive"
                    label=${this.localize('approveField', field.label ?? field.name)}
                    ?disabled=${own || this.busy}
                    @click=${() => !own && this.emit('care-pages-review', { culture, step: 'approve', fields: [field.path] })}
                    >${this.localize('approve')}</uui-button
                  >
                  ${own ? html`<p class="own">${this.localize('ownTranslation')}</p>` : nothing}`
              : nothing}
          </td>`
        : nothing}
    </tr>`;
  }

  private renderSourceChange(change: SourceChange) {
    if (change.oldSourceText == null) {
      return html`<div class="diff"><p>${this.localize('sourceUnknown')}</p><p class="diff-text" lang=${this.status?.sourceCulture ?? nothing} dir="auto">${change.newSourceText}</p></div>`;
    }
    return html`<div class="diff">
      <p>${this.localize('sourceChanged')}</p>
      <p class="diff-text" lang=${this.status?.sourceCulture ?? nothing} dir="auto">${renderDiffParts(this.localize, wordDiff(change.oldSourceText, change.newSourceText))}</p>
    </div>`;
  }

  private renderPrefill(culture: string) {
    const documentKey = this.status?.documentKey;
    return renderPrefillControl({
      localize: this.localize,
      engine: this.machineEngine,
      culture,
      cultureName: this.name(culture),
      label: this.localize('prefill'),
      empty: !documentKey,
      busy: this.busy,
      confirming: this.confirmingPrefill === culture,
      ask: () => this.askPrefill(culture),
      confirm: () => {
        this.confirmingPrefill = undefined;
        if (documentKey) this.emit('care-pages-prefill', { documentKeys: [documentKey], targetCulture: culture });
      },
      cancel: () => this.askPrefill(undefined),
    });
  }

  /** Shows (or hides) the confirmation and moves focus to its first button, or back to the pre-fill button. */
  private async askPrefill(culture: string | undefined) {
    const section = culture ?? this.confirmingPrefill;
    this.confirmingPrefill = culture;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`section[data-culture="${section}"] :is(.prefill-confirm, .prefill) uui-button`)?.focus();
  }

  /** Remembers the file, so that the report of its import can offer to import it again replacing newer translations. */
  private import(file: File, replaceNewer?: boolean) {
    this.importedFile = file;
    this.emit('care-pages-import', replaceNewer ? { file, replaceNewer } : { file });
  }

  private renderReport(report: ExchangeReport) {
    const imported = this.importedFile;
    return renderImportReport(report, {
      localize: this.localize,
      uiCulture: this.uiCulture,
      documentName: (key) => (key === this.status?.documentKey ? this.status.name : key),
      replaceNewer: imported && report === this.importReport ? () => this.import(imported, true) : undefined,
      busy: this.busy,
    });
  }

  private renderExchange(status: DocumentTranslationStatus) {
    const mine = this.shownCultures.filter((c) => this.mayWorkOn(c));
    if (mine.length === 0) {
      return nothing;
    }
    const target = this.exportCulture && mine.includes(this.exportCulture) ? this.exportCulture : mine[0]!;
    return html`<section class="exchange">
      <h3>${this.localize('exportHeading')}</h3>
      <div class="toolbar">
        ${renderCultureSelect(
          this.localize('translateInto'),
          'export-culture',
          mine.map((c) => ({ isoCode: c, name: this.name(c) })),
          target,
          (c) => (this.exportCulture = c),
        )}
        ${renderExportOptions(this.localize, 'export', this.format, this.copySource, (f) => (this.format = f), (c) => (this.copySource = c))}
        <uui-button
          look="primary"
          label=${this.localize('export')}
          ?disabled=${this.busy}
          @click=${() =>
            this.emit('care-pages-export', { documentKeys: [status.documentKey], targetCulture: target, format: this.format, copySourceToTarget: this.copySource })}
          >${this.localize('export')}</uui-button
        >
      </div>
      <h3>${this.localize('importHeading')}</h3>
      <div class="toolbar">
        <span class="field">
          <label for="import-file">${this.localize('importFile')}</label>
          <input id="import-file" type="file" accept=".xlf,.xliff,.md,.zip" @change=${(e: Event) => (this.file = (e.target as HTMLInputElement).files?.[0])} />
        </span>
        <uui-button look="primary" label=${this.localize('import')} ?disabled=${!this.file || this.busy} @click=${() => this.file && this.import(this.file)}
          >${this.localize('import')}</uui-button
        >
      </div>
    </section>`;
  }

  static override styles = [
    sharedStyles,
    importReportStyles,
    machineTranslationStyles,
    css`
      table { border-collapse: collapse; width: 100%; margin-block: 0.5em; }
      th, td { text-align: start; vertical-align: top; padding: 0.4em 0.6em; border-block-end: 1px solid #d1d5db; }
      tbody th { font-weight: normal; }
      .by, .own, .hint, .machine-hint { color: #4b5563; font-size: 0.9em; margin: 0.25em 0 0; }
      .diff { margin-block-start: 0.5em; padding: 0.25em 0.5em; background: #f9fafb; border-inline-start: 3px solid #6b7280; }
      .diff p { margin-block: 0.25em; }
      del { background: #fde8e8; color: #7a271a; }
      ins { background: #e3f6e8; color: #14532d; text-decoration: underline; }
      section.culture { margin-block-end: 1.5em; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'care-pages-translation-status': CarePagesTranslationStatusElement;
  }
}
