import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ContentCulture, ExchangeFormat } from '../api/types.js';
import { CarePagesElement } from './care-pages-element.js';
import { renderCultureSelect, renderExportOptions } from './export-options.js';
import { sharedStyles } from './shared-styles.js';

/**
 * The body of the "Export for translation…" dialog: target culture (only the user's), format and copy-source.
 * Dispatches `care-pages-export` on submit and `care-pages-cancel`.
 */
@customElement('care-pages-export-dialog')
export class CarePagesExportDialogElement extends CarePagesElement {
  @property({ attribute: 'document-name' }) documentName = '';
  @property({ attribute: false }) documentKeys: string[] = [];
  /** The cultures the user may translate into (the caller filters by the user's languages). */
  @property({ attribute: false }) cultures: ContentCulture[] = [];
  @property({ type: Boolean }) busy = false;
  @property() error: string | undefined;

  @state() private culture: string | undefined;
  @state() private format: ExchangeFormat = 'Xliff12';
  @state() private copySource = false;

  override render() {
    const target = this.culture && this.cultures.some((c) => c.isoCode === this.culture) ? this.culture : this.cultures[0]?.isoCode;
    return html`<form @submit=${(e: Event) => this.submit(e, target)}>
      <h2>${this.localize('exportDialogHeading', this.documentName)}</h2>
      ${this.error ? html`<div class="error" role="alert"><strong>${this.localize('errorTitle')}</strong> ${this.error}</div>` : nothing}
      ${this.cultures.length === 0
        ? html`<p class="note">${this.localize('noCultures')}</p>`
        : html`<div class="toolbar">
            ${renderCultureSelect(this.localize('translateInto'), 'culture', this.cultures, target, (c) => (this.culture = c))}
            ${renderExportOptions(this.localize, 'dialog', this.format, this.copySource, (f) => (this.format = f), (c) => (this.copySource = c))}
          </div>`}
      <div class="toolbar actions">
        <uui-button look="secondary" label=${this.localize('cancel')} @click=${() => this.emit('care-pages-cancel', {})}>${this.localize('cancel')}</uui-button>
        <uui-button look="primary" label=${this.localize('export')} ?disabled=${!target || this.busy} @click=${(e: Event) => this.submit(e, target)}
          >${this.localize('export')}</uui-button
        >
      </div>
    </form>`;
  }

  private submit(event: Event, target: string | undefined) {
    event.preventDefault();
    if (target && !this.busy) {
      this.emit('care-pages-export', { documentKeys: this.documentKeys, targetCulture: target, format: this.format, copySourceToTarget: this.copySource });
    }
  }

  static override styles = [sharedStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'care-pages-export-dialog': CarePagesExportDialogElement;
  }
}
