import { css, html, nothing, type TemplateResult } from 'lit';
import type { FieldImportReport, MachinePrefillReport, MachinePrefillStatus, TranslationDiff, TranslationImportReport, TranslationImportStatus } from '../api/types.js';
import type { CarePagesTermKey } from '../localization/en.js';
import type { LocalizeFn } from '../localization/localize.js';
import { renderVersions } from './diff-text.js';
import { localizeIsolated } from './isolated-args.js';

/** What the import report needs from the view that shows it. */
export interface ImportReportView {
  localize: LocalizeFn;
  /** The language dates are written in; the browser's when undefined. */
  uiCulture: string | undefined;
  /** The name to show for a document of the report. */
  documentName: (documentKey: string) => string;
  /** Imports the same file again, replacing the newer translations; undefined when that file is not at hand. */
  replaceNewer: (() => void) | undefined;
  busy: boolean;
}

/** A report in the import's shape: of a returned file, or of a machine pre-fill (which names its engine). */
export type ExchangeReport = TranslationImportReport | MachinePrefillReport;

/** The summary of each overall status; the refusals (too large, unknown job…) come as errors, not reports. */
const SUMMARIES: Partial<Record<TranslationImportStatus, CarePagesTermKey>> = {
  Success: 'importStatusSuccess',
  PartlyApplied: 'importStatusPartlyApplied',
  AlreadyApplied: 'importStatusAlreadyApplied',
  NeedsConfirmation: 'importStatusNeedsConfirmation',
};

/** The summary of each overall status of a pre-fill; the refusals (no engine, not your language…) come as errors. */
const PREFILL_SUMMARIES: Partial<Record<MachinePrefillStatus, CarePagesTermKey>> = {
  Success: 'prefillStatusSuccess',
  PartlyApplied: 'prefillStatusPartlyApplied',
  NothingToPrefill: 'prefillStatusNothingToPrefill',
};

const isPrefill = (report: ExchangeReport): report is MachinePrefillReport => 'engine' in report;

/**
 * The report of an import, or of a machine pre-fill, per document and field: newer translations that were kept are shown beside the file's, and
 * the button that replaces them comes right after the summary, where a phone shows it. Fields and documents are named by
 * their labels; the server writes every reason and warning in the interface language (a text without a key, from an
 * older server, is marked as English); all are isolated so that a right-to-left page keeps their punctuation in place.
 * A pre-fill's report names the engine (and its version) that wrote the drafts.
 */
export const renderImportReport = (report: ExchangeReport, view: ImportReportView): TemplateResult => {
  const { localize } = view;
  const prefill = isPrefill(report) ? report : undefined;
  const summary = prefill ? (PREFILL_SUMMARIES[prefill.status] ?? 'prefillStatusNothingApplied') : (SUMMARIES[report.status as TranslationImportStatus] ?? 'importStatusNothingApplied');
  return html`<section class="import-report" role="status" data-status=${report.status} data-kind=${prefill ? 'prefill' : 'import'}>
    <h3>${localize(prefill ? 'prefillReportHeading' : 'importReportHeading')}</h3>
    <p class="summary">${localize(summary)}</p>
    ${prefill
      ? html`<p class="engine">${localizeIsolated(localize, 'prefillEngine', prefill.engineVersion ? `${prefill.engine}, ${prefill.engineVersion}` : prefill.engine)}</p>`
      : nothing}
    ${report.status === 'NeedsConfirmation' && view.replaceNewer
      ? html`<div class="toolbar">
          <uui-button look="primary" color="warning" label=${localize('replaceNewer')} ?disabled=${view.busy} @click=${view.replaceNewer}>${localize('replaceNewer')}</uui-button>
        </div>`
      : nothing}
    ${report.messages.length > 0 ? html`<ul>${report.messages.map((m) => html`<li dir="auto">${m}</li>`)}</ul>` : nothing}
    ${report.documents.map(
      (d) => html`<div class="document" data-document=${d.documentKey}>
        <h4>${d.documentName ?? view.documentName(d.documentKey)}: ${localize(d.applied ? 'documentApplied' : 'documentNotApplied')}</h4>
        ${d.reason ? html`<p lang=${d.reasonKey ? nothing : 'en'} dir="auto">${d.reason}</p>` : nothing}
        <ul>
          ${d.fields.map((f) => renderImportedField(f, report.targetCulture, view))}
        </ul>
        ${d.validationIssues?.length
          ? html`<div class="validation-issues">
              <p>${localize('validationIssuesHeading')}</p>
              <ul>
                ${d.validationIssues.map(
                  (i) => html`<li data-property=${i.property}><code>${i.property}</code>${i.culture ? html` (<bdi>${i.culture}</bdi>)` : nothing}: <bdi lang="en">${i.message}</bdi></li>`,
                )}
              </ul>
            </div>`
          : nothing}
      </div>`,
    )}
  </section>`;
};

const renderImportedField = (field: FieldImportReport, targetCulture: string | null, view: ImportReportView) => {
  const diff = field.diff;
  return html`<li data-path=${field.path} data-outcome=${field.outcome}>
    ${field.label ? html`<span class="field-label">${field.label}</span>` : html`<code>${field.path}</code>`}: ${view.localize(`outcome${field.outcome}`)}${field.reason && !diff ? html` — <bdi lang=${field.reasonKey ? nothing : 'en'}>${field.reason}</bdi>` : nothing}
    ${diff ? renderNewerTranslation(diff, targetCulture, view) : nothing}
    ${field.warnings?.length ? html`<ul>${field.warnings.map((w, i) => html`<li lang=${field.warningKeys?.[i] ? nothing : 'en'} dir="auto">${w}</li>`)}</ul>` : nothing}
  </li>`;
};

/** The kept translation beside the file's, each marking the words the other lacks, with who translated it again and when. */
const renderNewerTranslation = (diff: TranslationDiff, targetCulture: string | null, view: ImportReportView) => {
  const { localize } = view;
  const changedAt = new Date(diff.changedAt).toLocaleString(view.uiCulture ?? undefined);
  return html`<div class="diff newer-translation">
    <p class="by">${localizeIsolated(localize, 'newerTranslationBy', diff.changedBy.displayName, changedAt)}</p>
    ${renderVersions(localize, diff.inFile, diff.inDraft, targetCulture, [
      { className: 'kept', label: localize('newerTranslationKept'), marks: 'added' },
      { className: 'in-file', label: localize('translationInFile'), marks: 'removed' },
    ])}
  </div>`;
};

export const importReportStyles = css`
  .versions { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(14em, 100%), 1fr)); gap: 0.5em 1em; margin-block: 0.25em; }
  .versions dt { font-weight: 600; }
  .versions dd { margin-inline: 0; margin-block: 0.25em 0; }
`;
