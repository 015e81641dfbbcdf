import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CheckFinding, CultureCheckResult, DocumentCheckResponse, FindingSeverity } from '../api/types.js';
import { localizePlural } from '../localization/plural.js';
import { languageName } from '../shared/context-cultures.js';
import { CarePagesElement } from './care-pages-element.js';
import { sharedStyles } from './shared-styles.js';

const SEVERITIES: ReadonlyArray<{ severity: FindingSeverity; key: 'severityBlock' | 'severityWarn' | 'severityInfo'; color: 'danger' | 'warning' | 'default' }> = [
  { severity: 'Block', key: 'severityBlock', color: 'danger' },
  { severity: 'Warn', key: 'severityWarn', color: 'warning' },
  { severity: 'Info', key: 'severityInfo', color: 'default' },
];

/**
 * The findings of a document's latest saved draft, one culture at a time, grouped by severity. Dispatches
 * `care-pages-recheck` and `care-pages-jump-to-property` {culture, property}.
 */
@customElement('care-pages-accessibility-findings')
export class CarePagesAccessibilityFindingsElement extends CarePagesElement {
  @property({ attribute: false }) response: DocumentCheckResponse | undefined;
  @property({ type: Boolean }) busy = false;
  /** A message to show instead of the findings (role=alert). */
  @property() error: string | undefined;
  /** The culture shown first; the first culture of the response when not set. */
  @property() culture: string | undefined;
  /** How dates are written; the browser's default locale when not set. */
  @property({ attribute: 'ui-culture' }) uiCulture: string | undefined;

  @state() private selected: string | undefined;

  private get current(): CultureCheckResult | undefined {
    const cultures = this.response?.cultures ?? [];
    const wanted = this.selected ?? this.culture;
    return cultures.find((c) => c.culture === wanted) ?? cultures[0];
  }

  override render() {
    const response = this.response;
    return html`
      ${response ? html`<h2>${this.localize('findingsHeading', response.name)}</h2>` : nothing}
      <div class="toolbar">
        ${response && response.cultures.length > 0 ? this.renderCultureSelect(response) : nothing}
        <uui-button look="primary" label=${this.localize('checkAgain')} ?disabled=${this.busy} @click=${this.recheck}>${this.localize('checkAgain')}</uui-button>
      </div>
      ${this.renderBody()}
    `;
  }

  private renderCultureSelect(response: DocumentCheckResponse) {
    const current = this.current;
    return html`<span class="field">
      <label for="culture">${this.localize('language')}</label>
      <select id="culture" @change=${(e: Event) => (this.selected = (e.target as HTMLSelectElement).value)}>
        ${response.cultures.map(
          (c) => html`<option value=${c.culture} ?selected=${c === current}>${this.localize('cultureSummary', languageName(c.culture, this.uiCulture), localizePlural(this.localize, 'blockerCount', c.blockers, this.uiCulture), localizePlural(this.localize, 'warningCount', c.warnings, this.uiCulture))}</option>`,
        )}
      </select>
    </span>`;
  }

  private renderBody() {
    if (this.error) {
      return html`<div class="error" role="alert"><strong>${this.localize('errorTitle')}</strong> ${this.error}</div>`;
    }
    if (this.busy) {
      return html`<p role="status"><uui-loader-bar aria-hidden="true"></uui-loader-bar>${this.localize('checking')}</p>`;
    }
    const current = this.current;
    if (!this.response || !current) {
      return nothing;
    }
    const checkedAt = new Date(this.response.checkedAt);
    return html`
      <p class="checked">${this.localize('checkedAt', checkedAt.toLocaleString(this.uiCulture ?? undefined))}</p>
      ${current.findings.length === 0
        ? html`<div class="note empty" role="status">
            <strong>${this.localize('noProblems')}</strong>
            <p>${this.localize('noProblemsDetail', languageName(current.culture, this.uiCulture))}</p>
          </div>`
        : SEVERITIES.map(({ severity, key, color }) => {
            const findings = current.findings.filter((f) => f.severity === severity);
            return findings.length === 0
              ? nothing
              : html`<section class="severity" data-severity=${severity}>
                  <h3><uui-tag color=${color} look="primary">${findings.length}</uui-tag> ${this.localize(key)}</h3>
                  <ul>
                    ${findings.map((f) => this.renderFinding(current.culture, f))}
                  </ul>
                </section>`;
          })}
    `;
  }

  private renderFinding(culture: string, finding: CheckFinding) {
    const label = finding.propertyName ?? finding.property ?? undefined;
    return html`<li class="finding" data-rule=${finding.ruleId}>
      <p class="message"><strong>${finding.message}</strong></p>
      ${label ? html`<p class="property">${this.localize('inField', label)}</p>` : nothing}
      <p class="hint">${this.localize('howToFix')}: ${finding.hint}</p>
      ${finding.snippet ? html`<p class="snippet">${this.localize('foundIn')}: <code>${finding.snippet}</code></p>` : nothing}
      ${finding.wcag.length > 0 ? html`<p class="wcag">${this.localize('wcagCriteria')}: ${finding.wcag.join(', ')}</p>` : nothing}
      ${finding.property
        ? html`<uui-button
            look="secondary"
            label=${this.localize('goToFieldLabel', label ?? finding.property)}
            @click=${() => this.emit('care-pages-jump-to-property', { culture, property: finding.property! })}
            >${this.localize('goToField')}</uui-button
          >`
        : nothing}
    </li>`;
  }

  private recheck = () => {
    if (!this.busy) {
      this.emit('care-pages-recheck', { culture: this.current?.culture });
    }
  };

  static override styles = [
    sharedStyles,
    css`
      ul { list-style: none; padding: 0; margin: 0; }
      .finding { border: 1px solid #d1d5db; border-radius: 4px; padding: 0.5em 1em; margin-block: 0.5em; }
      .finding p { margin-block: 0.25em; }
      .checked { color: #4b5563; }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'care-pages-accessibility-findings': CarePagesAccessibilityFindingsElement;
  }
}
