import { html, type TemplateResult } from 'lit';
import { EXCHANGE_FORMATS, type ExchangeFormat } from '../api/types.js';
import type { LocalizeFn } from '../localization/localize.js';

/** The export format and copy-source controls, shared by the status view, the matrix and the export dialog. */
export const renderExportOptions = (
  localize: LocalizeFn,
  idPrefix: string,
  format: ExchangeFormat,
  copySource: boolean,
  onFormat: (format: ExchangeFormat) => void,
  onCopySource: ((copy: boolean) => void) | undefined,
): TemplateResult => html`
  <span class="field">
    <label for="${idPrefix}-format">${localize('format')}</label>
    <select id="${idPrefix}-format" name="format" @change=${(e: Event) => onFormat((e.target as HTMLSelectElement).value as ExchangeFormat)}>
      ${EXCHANGE_FORMATS.map((f) => html`<option value=${f} ?selected=${f === format}>${localize(`format${f}`)}</option>`)}
    </select>
  </span>
  ${onCopySource
    ? html`<span class="field inline">
        <input id="${idPrefix}-copy" name="copySource" type="checkbox" .checked=${copySource} @change=${(e: Event) => onCopySource((e.target as HTMLInputElement).checked)} />
        <label for="${idPrefix}-copy">${localize('copySource')}</label>
      </span>`
    : ''}
`;

/** A culture select over ISO codes, labelled. */
export const renderCultureSelect = (
  label: string,
  id: string,
  cultures: ReadonlyArray<{ isoCode: string; name: string }>,
  value: string | undefined,
  onChange: (culture: string) => void,
): TemplateResult => html`
  <span class="field">
    <label for=${id}>${label}</label>
    <select id=${id} name="culture" @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${cultures.map((c) => html`<option value=${c.isoCode} ?selected=${c.isoCode === value}>${c.name}</option>`)}
    </select>
  </span>
`;
