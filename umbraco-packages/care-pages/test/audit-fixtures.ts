import { CarePagesApi } from '../src/api/care-pages-api.js';
import type { AuditFinding, AuditReview, AuditRun, AuditSummary } from '../src/api/types.js';
import { DOC, DOC2 } from './fixtures.js';

export const AUDIT = '/umbraco/care-pages/api/v1/audit/';

/** A run as the server writes it; `isActive` follows the state. */
export const auditRun = (run: Partial<AuditRun> = {}): AuditRun => {
  const state = run.state ?? 'Completed';
  return {
    id: 'run-1',
    trigger: 'backoffice',
    requestedBy: 'Dr Lucía Pérez',
    requestedAt: '2026-03-01T09:00:00Z',
    startedAt: '2026-03-01T09:00:02Z',
    finishedAt: state === 'Completed' || state === 'Cancelled' || state === 'Failed' ? '2026-03-01T09:12:00Z' : null,
    owner: 'web-1/4242',
    heartbeatAt: null,
    resumed: 0,
    documents: 3,
    total: 3,
    done: state === 'Completed' ? 3 : 0,
    culturesChecked: 0,
    unreadable: 0,
    currentDocumentKey: null,
    currentDocumentName: null,
    cancelRequested: false,
    error: null,
    ...run,
    state,
    isActive: state === 'Queued' || state === 'Running',
  };
};

export const auditSummary = (latestRun: AuditRun | null = auditRun(), version: AuditSummary['version'] = 'Published'): AuditSummary => ({
  version,
  counts: {
    documents: 3,
    cultures: [
      { culture: 'en-GB', pages: 3, pagesWithBlockers: 1, blockers: 2, warnings: 4, infos: 1 },
      { culture: 'ar', pages: 3, pagesWithBlockers: 2, blockers: 3, warnings: 1, infos: 0 },
    ],
    rules: [
      { ruleId: 'image-alt', severity: 'Block', findings: 5, pages: 3 },
      { ruleId: 'link-name', severity: 'Warn', findings: 5, pages: 2 },
    ],
    contentTypes: [
      { contentTypeAlias: 'carePagesTreatmentOverview', pages: 2, pagesWithBlockers: 2 },
      { contentTypeAlias: 'carePagesCondition', pages: 4, pagesWithBlockers: 1 },
    ],
  },
  reviewsOverdue: 1,
  reviewsDueSoon: 1,
  latestRun,
});

const finding = (f: Partial<AuditFinding>): AuditFinding => ({
  documentKey: DOC,
  documentName: 'Knee replacement',
  contentTypeAlias: 'carePagesTreatmentOverview',
  culture: 'en-GB',
  version: 'Published',
  ruleId: 'image-alt',
  severity: 'Block',
  property: 'heroImage',
  propertyLabel: 'Hero image',
  snippet: '<img src="knee.jpg">',
  message: 'The image has no text alternative.',
  hint: 'Describe what the image shows.',
  wcag: ['1.1.1'],
  actRule: '23a2a8',
  arguments: {},
  nextReviewDue: '2026-06-01',
  checkedAt: '2026-03-01T09:05:00Z',
  ...f,
});

/** Five findings: the first in Arabic (a right-to-left document name), one about the page as a whole. */
export const auditFindings = (): AuditFinding[] => [
  finding({ culture: 'ar', documentName: 'استبدال الركبة', snippet: '<img src="ركبة.jpg">' }),
  finding({}),
  finding({ ruleId: 'link-name', severity: 'Warn', property: 'howItWorks', propertyLabel: 'How it works', message: 'The link text does not say where it goes.', hint: 'Name the destination.', wcag: ['2.4.4'] }),
  finding({ documentKey: DOC2, documentName: 'Asthma', contentTypeAlias: 'carePagesCondition', ruleId: 'page-language', severity: 'Info', property: null, propertyLabel: null, snippet: '', message: 'The page has no summary.', hint: 'Add one.', wcag: [] }),
  finding({ documentKey: DOC2, documentName: 'Asthma', contentTypeAlias: 'carePagesCondition', ruleId: 'link-name', severity: 'Warn', property: 'summary', propertyLabel: 'Summary' }),
];

export const auditReviews = (): AuditReview[] => [
  { documentKey: DOC2, documentName: 'Asthma', contentTypeAlias: 'carePagesCondition', culture: 'en-GB', reviewedOn: '2025-02-01', nextReviewDue: '2026-02-01', state: 'Overdue', daysLeft: -28 },
  { documentKey: DOC, documentName: 'استبدال الركبة', contentTypeAlias: 'carePagesTreatmentOverview', culture: 'ar', reviewedOn: null, nextReviewDue: '2026-03-15', state: 'DueSoon', daysLeft: 14 },
];

export interface Call {
  method: string;
  url: URL;
  /** The path after `…/api/v1/audit/`. */
  route: string;
}

const json = (body: unknown, status = 200, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

/**
 * The audit API of a site, behind a fake fetch: POST runs queues a run (409 with the active one when one is active),
 * each GET runs/latest while it is active takes the next of `progress`, POST runs/cancel marks it, GET findings pages
 * through `findings` (after a run, `findingsAfterRun`), and GET findings/export answers a file.
 */
export class FakeAuditServer {
  readonly calls: Call[] = [];
  run: AuditRun | null = auditRun();
  /** What runs/latest answers next, one per read, while the run is active. */
  progress: AuditRun[] = [];
  findings: AuditFinding[] = auditFindings();
  findingsAfterRun: AuditFinding[] | undefined;
  reviews: AuditReview[] = auditReviews();
  /** Answers instead of the route when it returns one (a failure, say). */
  override: ((call: Call) => Response | undefined) | undefined;

  readonly api = new CarePagesApi({
    configuration: { base: 'https://cms.test' },
    fetch: async (input, init) => {
      const url = new URL(String(input));
      const call = { method: init?.method ?? 'GET', url, route: url.pathname.startsWith(AUDIT) ? url.pathname.slice(AUDIT.length) : url.pathname };
      this.calls.push(call);
      return this.override?.(call) ?? this.#answer(call);
    },
  });

  /** The calls of one route ("GET findings"). */
  of(route: string): Call[] {
    return this.calls.filter((c) => `${c.method} ${c.route}` === route);
  }

  /** The query of the latest call of one route, as a plain object (repeated names as arrays). */
  lastQuery(route: string): Record<string, string | string[]> {
    const call = this.of(route).at(-1);
    if (!call) throw new Error(`No call of ${route}`);
    const query: Record<string, string | string[]> = {};
    for (const name of new Set(call.url.searchParams.keys())) {
      const values = call.url.searchParams.getAll(name);
      query[name] = values.length > 1 ? values : values[0]!;
    }
    return query;
  }

  #answer(call: Call): Response {
    switch (`${call.method} ${call.route}`) {
      case 'GET summary':
        return json(auditSummary(this.run, (call.url.searchParams.get('version') as AuditSummary['version']) ?? 'Published'));
      case 'GET findings': {
        const skip = Number(call.url.searchParams.get('skip') ?? 0);
        const take = Number(call.url.searchParams.get('take') ?? 50);
        return json({ total: this.findings.length, skip, items: this.findings.slice(skip, skip + take) });
      }
      case 'GET reviews': {
        const culture = call.url.searchParams.get('culture');
        return json(this.reviews.filter((r) => !culture || r.culture === culture));
      }
      case 'GET runs/latest':
        if (this.run?.isActive && this.progress.length > 0) {
          this.run = this.progress.shift()!;
          if (!this.run.isActive && this.findingsAfterRun) this.findings = this.findingsAfterRun;
        }
        return this.run ? json(this.run) : json({ type: null, title: 'Not Found', status: 404, detail: 'No audit has run yet.', instance: null }, 404, 'application/problem+json');
      case 'POST runs':
        if (this.run?.isActive) {
          return json({ type: null, title: 'Conflict', status: 409, detail: 'An audit is already running.', instance: null, run: this.run }, 409, 'application/problem+json');
        }
        this.run = auditRun({ id: 'run-2', state: 'Queued', requestedBy: 'Dr Lucía Pérez', requestedAt: '2026-03-02T08:00:00Z', startedAt: null, done: 0 });
        return json(this.run, 202);
      case 'POST runs/cancel':
        if (!this.run?.isActive) {
          return json({ type: null, title: 'Conflict', status: 409, detail: 'No audit is running.', instance: null }, 409, 'application/problem+json');
        }
        this.run = { ...this.run, cancelRequested: true };
        return json(this.run, 202);
      case 'GET findings/export': {
        const format = call.url.searchParams.get('format');
        const name = `carepages-audit-${(call.url.searchParams.get('version') ?? 'published').toLowerCase()}.${format}`;
        return new Response(format === 'csv' ? 'document,culture,rule\n' : '{"version":"2.1.0","runs":[]}', {
          status: 200,
          headers: { 'Content-Type': format === 'csv' ? 'text/csv' : 'application/sarif+json', 'Content-Disposition': `attachment; filename="${name}"` },
        });
      }
      default:
        return json({ type: null, title: 'Not Found', status: 404, detail: `No route ${call.route}`, instance: null }, 404, 'application/problem+json');
    }
  }
}
