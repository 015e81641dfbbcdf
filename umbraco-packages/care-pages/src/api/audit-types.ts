/*
 * The site audit's API shapes (`/umbraco/care-pages/api/v1/audit/…`), written by hand from the agreed contract while
 * the server's OpenAPI document does not describe them yet. Every other API type comes from schema.generated.ts
 * (see types.ts); once the audit endpoints are in openapi/care-pages-api.v1.json and the schema is regenerated, each
 * declaration here becomes one line of the form `export type AuditRun = Schemas['AuditRun'];` (the names below are
 * the C# record names in CarePages.Core/Audit, which the OpenAPI document will use), and the audit paths in
 * care-pages-api.ts go through `fill` like the others.
 */
import type { FindingSeverity } from './types.js';

/** Where a run is (AuditRunState). */
export type AuditRunState = 'Queued' | 'Running' | 'Completed' | 'Cancelled' | 'Failed';

/** Which version of the pages was audited (AuditedVersion). */
export type AuditedVersion = 'Draft' | 'Published';

/** Where a page's next clinical review stands (ReviewDueState; the reviews list holds only these two). */
export type ReviewDueState = 'DueSoon' | 'Overdue';

/** One run of the site audit, with its progress (AuditRun). Dates are ISO 8601 date-times. */
export interface AuditRun {
  id: string;
  state: AuditRunState;
  /** What started it: `backoffice`, `api`, `schedule`, `cli`. */
  trigger: string;
  /** Who asked for it (a user's name, or the schedule). */
  requestedBy: string;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** The server working on it. */
  owner: string | null;
  heartbeatAt: string | null;
  /** How many times it was taken up again after an interruption. */
  resumed: number;
  /** Documents in the site. */
  documents: number;
  /** Documents this run has to audit (those changed since their last audit). */
  total: number;
  /** Documents audited so far. */
  done: number;
  culturesChecked: number;
  unreadable: number;
  currentDocumentKey: string | null;
  currentDocumentName: string | null;
  cancelRequested: boolean;
  /** Why it failed. */
  error: string | null;
  /** Queued or running. */
  isActive: boolean;
}

/** The findings of one culture (AuditCultureCount). */
export interface AuditCultureCount {
  culture: string;
  pages: number;
  pagesWithBlockers: number;
  blockers: number;
  warnings: number;
  infos: number;
}

/** The findings of one rule (AuditRuleCount). */
export interface AuditRuleCount {
  ruleId: string;
  severity: FindingSeverity;
  findings: number;
  pages: number;
}

/** The pages of one document type (AuditContentTypeCount). */
export interface AuditContentTypeCount {
  contentTypeAlias: string;
  pages: number;
  pagesWithBlockers: number;
}

/** The stored findings' counts (AuditCounts). */
export interface AuditCounts {
  documents: number;
  cultures: AuditCultureCount[];
  rules: AuditRuleCount[];
  contentTypes: AuditContentTypeCount[];
}

/** GET audit/summary (AuditSummary). */
export interface AuditSummary {
  version: AuditedVersion;
  counts: AuditCounts;
  reviewsOverdue: number;
  reviewsDueSoon: number;
  latestRun: AuditRun | null;
}

/** One finding of a page (AuditFindingView); message and hint are in the `uiCulture` asked for. */
export interface AuditFinding {
  documentKey: string;
  documentName: string;
  contentTypeAlias: string;
  culture: string;
  version: AuditedVersion;
  ruleId: string;
  severity: FindingSeverity;
  /** The property's alias, or null for a finding about the page as a whole. */
  property: string | null;
  /** The property's label, in the interface language. */
  propertyLabel: string | null;
  snippet: string;
  message: string;
  hint: string;
  wcag: string[];
  actRule: string | null;
  arguments: Record<string, string>;
  /** yyyy-MM-dd. */
  nextReviewDue: string | null;
  checkedAt: string;
}

/** GET audit/findings (AuditFindingViewPage). */
export interface AuditFindingPage {
  total: number;
  skip: number;
  items: AuditFinding[];
}

/** A page whose review is overdue or due soon (ReviewPlanEntry). */
export interface AuditReview {
  documentKey: string;
  documentName: string;
  contentTypeAlias: string;
  culture: string;
  /** yyyy-MM-dd, or null when the page was never reviewed. */
  reviewedOn: string | null;
  /** yyyy-MM-dd. */
  nextReviewDue: string;
  state: ReviewDueState;
  /** Days until the review is due; negative when overdue. */
  daysLeft: number;
}

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
