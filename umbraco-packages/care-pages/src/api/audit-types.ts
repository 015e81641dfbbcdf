/*
 * The site audit's API shapes (`/umbraco/care-pages/api/v1/audit/…`): the server's, from schema.generated.ts, under the
 * names the dashboard uses, and the client's own request shapes (filters, export format, start outcome).
 */
import type { components } from './schema.generated.js';
import type { FindingSeverity } from './types.js';

type Schemas = components['schemas'];

/** Where a run is (AuditRunState). */
export type AuditRunState = Schemas['AuditRunState'];

/** Which version of the pages was audited (AuditedVersion). */
export type AuditedVersion = Schemas['AuditedVersion'];

/** Where a page's next clinical review stands (ReviewDueState; the reviews list holds only these two). */
export type ReviewDueState = Schemas['ReviewDueState'];

/** One run of the site audit, with its progress (AuditRun). Dates are ISO 8601 date-times. */
export type AuditRun = Schemas['AuditRun'];

/** The findings of one culture (AuditCultureCount). */
export type AuditCultureCount = Schemas['AuditCultureCount'];

/** The findings of one rule (AuditRuleCount). */
export type AuditRuleCount = Schemas['AuditRuleCount'];

/** The pages of one document type (AuditContentTypeCount). */
export type AuditContentTypeCount = Schemas['AuditContentTypeCount'];

/** The stored findings' counts (AuditCounts). */
export type AuditCounts = Schemas['AuditCounts'];

/** GET audit/summary (AuditSummary). */
export type AuditSummary = Schemas['AuditSummary'];

/** One finding of a page (AuditFindingView); message and hint are in the `uiCulture` asked for. */
export type AuditFinding = Schemas['AuditFindingView'];

/** GET audit/findings (AuditFindingViewPage). */
export type AuditFindingPage = Schemas['AuditFindingViewPage'];

/** A page whose review is overdue or due soon (ReviewPlanEntry). */
export type AuditReview = Schemas['ReviewPlanEntry'];

/** The filters of GET audit/findings and audit/findings/export. */
export interface AuditFindingFilter {
  rule?: string | undefined;
  /** The minimum severity: Warn means warnings and blockers. */
  severity?: FindingSeverity | undefined;
  cultures?: readonly string[] | undefined;
  contentType?: string | undefined;
  document?: string | undefined;
  /** yyyy-MM-dd: only pages whose review is due by then. */
  reviewDueBy?: string | undefined;
  version?: AuditedVersion | undefined;
}

/** The export formats of audit/findings/export. */
export type AuditExportFormat = 'csv' | 'sarif';

/** What POST audit/runs answered: the new run, or (409) the run already active. */
export interface AuditRunStart {
  run: AuditRun;
  /** False when a run was already active: `run` is that run. */
  started: boolean;
}
