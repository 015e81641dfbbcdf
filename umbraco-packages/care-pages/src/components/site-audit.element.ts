import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { CarePagesSignedOutError } from '../api/care-pages-api-error.js';
import type { CarePagesApi } from '../api/care-pages-api.js';
import type {
  AuditCultureCount,
  AuditedVersion,
  AuditExportFormat,
  AuditFinding,
  AuditFindingFilter,
  AuditFindingPage,
  AuditReview,
  AuditRun,
  AuditSummary,
  FindingSeverity,
} from '../api/types.js';
import type { CarePagesTermKey } from '../localization/en.js';
import { languageName } from '../shared/context-cultures.js';
import { downloadBlob } from '../shared/download.js';
import { errorMessage } from '../shared/error-message.js';
import { formatDate, formatDateTime, formatDaysFromToday, formatNumber } from '../shared/format.js';
import { runBusy } from '../shared/run-busy.js';
import { CarePagesElement } from './care-pages-element.js';
import { pagingStyles, renderPager, renderRange, type PageView } from './paging.js';
import { sharedStyles } from './shared-styles.js';
import { renderSeverityTag } from './status-tag.js';

/** The backoffice's route to a document in one culture; the backoffice wrapper passes the one its router builds. */
export const defaultDocumentHref = (key: string, culture: string): string =>
  `/umbraco/section/content/workspace/document/edit/${encodeURIComponent(key)}/${encodeURIComponent(culture)}`;

/** The CarePages document types by name; another type shows its alias. */
const CONTENT_TYPE_NAMES: Record<string, CarePagesTermKey> = {
  carePagesCondition: 'docTypeCondition',
  carePagesTreatmentRoute: 'docTypeTreatmentRoute',
  carePagesTreatmentOverview: 'docTypeTreatmentOverview',
};

const RUN_STATE_NAMES: Record<AuditRun['state'], CarePagesTermKey> = {
  Queued: 'runStateQueued',
  Running: 'runStateRunning',
  Completed: 'runStateCompleted',
  Cancelled: 'runStateCancelled',
  Failed: 'runStateFailed',
};

const RUN_STATE_COLORS: Record<AuditRun['state'], 'default' | 'positive' | 'warning' | 'danger'> = {
  Queued: 'default',
  Running: 'default',
  Completed: 'positive',
  Cancelled: 'warning',
  Failed: 'danger',
};

/** Marks where a value goes in a localised sentence, so that it can be rendered isolated (`<bdi>`) in its place. */
const SLOT = '\u0000';

const sum = (cultures: readonly AuditCultureCount[], pick: (c: AuditCultureCount) => number): number => cultures.reduce((total, c) => total + pick(c), 0);

/**
 * The site audit dashboard: the latest run (with its progress while it runs, polled every `pollInterval` ms, and
 * "Run audit" / "Cancel audit"), the stored findings' counts, the findings that pass the filters one page at a time
 * (each linking to its document and field), the reviews overdue or due soon, and CSV / SARIF export of the filtered
 * findings. Unlike the other components it talks to the API itself (given as `api`): the polling, paging and filters
 * are the same in the backoffice and in the demo's preview. Dispatches `care-pages-open-field` when a field link is
 * followed.
 */
@customElement('care-pages-site-audit')
export class CarePagesSiteAuditElement extends CarePagesElement {
  /** The API; the dashboard loads when it is set (and again when another is set, e.g. after signing in again). */
  @property({ attribute: false }) api: CarePagesApi | undefined;
  /** The interface language: the server's texts, and how numbers and dates are written. */
  @property({ attribute: 'ui-culture' }) uiCulture: string | undefined;
  /** The link to a document in a culture. */
  @property({ attribute: false }) documentHref: (key: string, culture: string) => string = defaultDocumentHref;
  /** The link to a field of a document in a culture; the document's content view (`…/view/content`) when not set. */
  @property({ attribute: false }) fieldHref: ((key: string, culture: string, property: string) => string) | undefined;
  /** How often the run's progress is read while it is active, in milliseconds. */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 1500;
  /** Findings per page (the API allows 500 at most). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  @state() version: AuditedVersion = 'Published';
  @state() filterSeverity: FindingSeverity | '' = '';
  @state() filterCulture = '';
  @state() filterRule = '';
  @state() filterContentType = '';
  @state() skip = 0;

  @state() summary: AuditSummary | undefined;
  /** The newest run, kept up to date while it is active. */
  @state() run: AuditRun | undefined;
  @state() findings: AuditFindingPage | undefined;
  @state() reviews: AuditReview[] | undefined;
  @state() busy = false;
  @state() error: string | undefined;
  /** What the polite live region says: a run started, ended, or a file was downloaded. */
  @state() announcement = '';

  #pending = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pollFailed = false;
  /** The newest request of each kind: an older answer that arrives later is dropped. */
  readonly #requests = new Map<string, number>();

  override connectedCallback() {
    super.connectedCallback();
    if (this.run?.isActive) this.#schedulePoll();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#stopPolling();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // The server writes messages, hints and field labels in the interface language: another language reads them again.
    if (this.api && (changed.has('api') || (changed.has('uiCulture') && this.hasUpdated))) {
      void this.reload();
    }
  }

  /** Reads the summary, the run, the current page of findings and the reviews again. */
  reload(): Promise<void> {
    return this.#run((api) => this.#loadAll(api));
  }

  private get findingFilter(): AuditFindingFilter {
    return {
      rule: this.filterRule || undefined,
      severity: this.filterSeverity || undefined,
      cultures: this.filterCulture ? [this.filterCulture] : [],
      contentType: this.filterContentType || undefined,
      version: this.version,
    };
  }

  /** Runs one or more API calls with the busy flag set; a failure shows (through errorMessage) as the alert. */
  async #run(work: (api: CarePagesApi) => Promise<unknown>): Promise<void> {
    const api = this.api;
    if (!api) return;
    this.#pending++;
    await runBusy(
      (busy, error) => {
        if (busy) {
          this.busy = true;
          this.error = undefined;
        } else {
          this.busy = --this.#pending > 0;
          if (error) this.error = error;
        }
      },
      () => work(api),
      this.localize,
    );
  }

  /** Calls `load` and hands its answer to `apply` unless a newer call of the same kind was made meanwhile. */
  async #latest<T>(kind: string, load: () => Promise<T>, apply: (value: T) => void): Promise<void> {
    const request = (this.#requests.get(kind) ?? 0) + 1;
    this.#requests.set(kind, request);
    const value = await load();
    if (this.#requests.get(kind) === request) apply(value);
  }

  #loadAll(api: CarePagesApi) {
    return Promise.all([
      this.#latest('summary', () => api.getAuditSummary(this.version, this.uiCulture), (summary) => {
        this.summary = summary;
        this.#showRun(summary.latestRun ?? undefined);
      }),
      this.#loadFindings(api),
      this.#loadReviews(api),
    ]);
  }

  #loadFindings(api: CarePagesApi) {
    return this.#latest('findings', () => api.getAuditFindings(this.findingFilter, { skip: this.skip, take: this.pageSize }, this.uiCulture), (page) => (this.findings = page));
  }

  #loadReviews(api: CarePagesApi) {
    return this.#latest('reviews', () => api.getAuditReviews({ culture: this.filterCulture || undefined, version: this.version }), (reviews) => (this.reviews = reviews));
  }

  /** Shows the run, polls while it is active; true when this ends a run that was shown as active. */
  #showRun(run: AuditRun | undefined): boolean {
    const ended = (this.run?.isActive ?? false) && !(run?.isActive ?? false);
    this.run = run;
    if (run?.isActive) {
      this.#schedulePoll();
    } else {
      this.#stopPolling();
    }
    if (ended && run) {
      this.announcement = this.localize('auditEnded', this.localize(RUN_STATE_NAMES[run.state]));
    }
    return ended;
  }

  #schedulePoll() {
    if (this.#timer !== undefined || !this.isConnected) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.#poll();
    }, this.pollInterval);
  }

  #stopPolling() {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Reads the run's progress; when it has ended, reads the results it left. A failed read is shown and retried. */
  async #poll() {
    const api = this.api;
    if (!api || !this.run?.isActive) return;
    let run: AuditRun | undefined;
    try {
      run = await api.getLatestAuditRun();
    } catch (error) {
      this.#pollFailed = true;
      this.error = errorMessage(error, this.localize);
      if (!(error instanceof CarePagesSignedOutError)) this.#schedulePoll();
      return;
    }
    if (this.#pollFailed) {
      this.#pollFailed = false;
      this.error = undefined;
    }
    if (this.#showRun(run)) {
      await this.reload();
    }
  }

  #start() {
    return this.#run(async (api) => {
      const { run, started } = await api.startAuditRun(this.uiCulture);
      this.announcement = started ? this.localize('auditStarted') : this.localize('auditAlreadyRunning', run.requestedBy);
      if (this.#showRun(run) || !run.isActive) await this.#loadAll(api);
    });
  }

  #cancel() {
    return this.#run(async (api) => {
      const run = (await api.cancelAuditRun(this.uiCulture)) ?? (await api.getLatestAuditRun());
      if (this.#showRun(run)) await this.#loadAll(api);
    });
  }

  #export(format: AuditExportFormat) {
    return this.#run(async (api) => {
      const file = await api.exportAuditFindings(format, this.findingFilter, this.uiCulture);
      downloadBlob(file.blob, file.fileName);
      this.announcement = this.localize('downloaded', file.fileName);
    });
  }

  /** Applies a filter change: back to the first page; the summary and reviews too when they depend on it. */
  #filter(change: () => void, scope: 'findings' | 'culture' | 'version') {
    change();
    this.skip = 0;
    void this.#run((api) =>
      scope === 'version' ? this.#loadAll(api) : Promise.all([this.#loadFindings(api), scope === 'culture' ? this.#loadReviews(api) : undefined]),
    );
  }

  #page(skip: number) {
    this.skip = Math.max(0, skip);
    void this.#run((api) => this.#loadFindings(api));
  }

  private number(value: number) {
    return formatNumber(value, this.uiCulture);
  }

  private languageName(culture: string) {
    return languageName(culture, this.uiCulture);
  }

  private contentTypeName(alias: string) {
    const key = CONTENT_TYPE_NAMES[alias];
    return key ? this.localize(key) : alias;
  }

  /** A localised sentence with `value` isolated (its own direction) where the placeholder was. */
  private sentence(key: CarePagesTermKey, args: Array<string | number>, value: string, lang?: string): TemplateResult {
    const [before = '', after = ''] = this.localize(key, ...args, SLOT).split(SLOT);
    return html`${before}<bdi lang=${lang ?? nothing} dir="auto">${value}</bdi>${after}`;
  }

  override render() {
    return html`
      <h2>${this.localize('auditHeading')}</h2>
      <p class="intro">${this.localize('auditIntro')}</p>
      ${this.error ? html`<div class="error" role="alert"><strong>${this.localize('errorTitle')}</strong> ${this.error}</div>` : nothing}
      ${this.renderRun()}
      <p class="announcement" role="status">${this.announcement}</p>
      ${this.renderFilters()} ${this.renderSummary()} ${this.renderFindings()} ${this.renderReviews()}
    `;
  }

  private renderRun() {
    const run = this.run;
    const active = run?.isActive ?? false;
    return html`<div class="toolbar run-controls">
        <uui-button look="primary" label=${this.localize('runAudit')} ?disabled=${active || this.busy || !this.api} @click=${() => this.#start()}
          >${this.localize('runAudit')}</uui-button
        >
        ${active
          ? html`<uui-button look="secondary" label=${this.localize('cancelAudit')} ?disabled=${run!.cancelRequested || this.busy} @click=${() => this.#cancel()}
              >${this.localize('cancelAudit')}</uui-button
            >`
          : nothing}
      </div>
      ${active ? this.renderProgress(run!) : nothing}
      ${this.summary && !run ? html`<p class="note" data-empty="run">${this.localize('noAuditYet')}</p>` : nothing}`;
  }

  private renderProgress(run: AuditRun) {
    const queued = run.state === 'Queued';
    const name = run.currentDocumentName;
    const label = queued
      ? html`${this.localize('auditQueued')}`
      : name
        ? this.sentence('auditProgress', [this.number(run.done), this.number(run.total)], name)
        : html`${this.localize('auditProgressNoCurrent', this.number(run.done), this.number(run.total))}`;
    return html`<div class="progress" data-state=${run.state}>
      <p id="progress-label">${label}</p>
      ${queued
        ? html`<progress aria-labelledby="progress-label"></progress>`
        : html`<progress aria-labelledby="progress-label" max=${Math.max(run.total, 1)} .value=${Math.min(run.done, Math.max(run.total, 1))}></progress>`}
      ${run.cancelRequested ? html`<p class="cancelling">${this.localize('auditCancelling')}</p>` : nothing}
    </div>`;
  }

  private renderFilters() {
    const counts = this.summary?.counts;
    const select = (id: string, label: string, value: string, options: Array<[string, string]>, onChange: (value: string) => void) =>
      html`<span class="field">
        <label for=${id}>${label}</label>
        <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select>
      </span>`;
    return html`<div class="toolbar filters" role="group" aria-label=${this.localize('filtersHeading')}>
      ${select(
        'filter-version',
        this.localize('auditVersion'),
        this.version,
        [
          ['Published', this.localize('versionPublished')],
          ['Draft', this.localize('versionDraft')],
        ],
        (v) => this.#filter(() => (this.version = v as AuditedVersion), 'version'),
      )}
      ${select(
        'filter-culture',
        this.localize('language'),
        this.filterCulture,
        [['', this.localize('allLanguages')], ...(counts?.cultures ?? []).map((c): [string, string] => [c.culture, this.languageName(c.culture)])],
        (v) => this.#filter(() => (this.filterCulture = v), 'culture'),
      )}
      ${select(
        'filter-severity',
        this.localize('severity'),
        this.filterSeverity,
        [
          ['', this.localize('allSeverities')],
          ['Warn', this.localize('minSeverityWarn')],
          ['Block', this.localize('minSeverityBlock')],
        ],
        (v) => this.#filter(() => (this.filterSeverity = v as FindingSeverity | ''), 'findings'),
      )}
      ${select(
        'filter-rule',
        this.localize('rule'),
        this.filterRule,
        [['', this.localize('allRules')], ...(counts?.rules ?? []).map((r): [string, string] => [r.ruleId, `${r.ruleId} (${this.number(r.findings)})`])],
        (v) => this.#filter(() => (this.filterRule = v), 'findings'),
      )}
      ${select(
        'filter-content-type',
        this.localize('documentType'),
        this.filterContentType,
        [['', this.localize('allDocumentTypes')], ...(counts?.contentTypes ?? []).map((t): [string, string] => [t.contentTypeAlias, this.contentTypeName(t.contentTypeAlias)])],
        (v) => this.#filter(() => (this.filterContentType = v), 'findings'),
      )}
    </div>`;
  }

  private renderSummary() {
    const summary = this.summary;
    if (!summary) {
      return this.busy ? html`<p class="loading">${this.localize('loading')}</p>` : nothing;
    }
    const cultures = summary.counts.cultures.filter((c) => !this.filterCulture || c.culture === this.filterCulture);
    const reviews = this.filterCulture && this.reviews ? this.reviews : undefined;
    const overdue = reviews ? reviews.filter((r) => r.state === 'Overdue').length : summary.reviewsOverdue;
    const dueSoon = reviews ? reviews.filter((r) => r.state === 'DueSoon').length : summary.reviewsDueSoon;
    const last = this.run ?? summary.latestRun ?? undefined;
    return html`<section class="summary" aria-labelledby="summary-heading">
      <h3 id="summary-heading">${this.localize('summaryHeading')}</h3>
      <div class="cards">
        <section class="card" data-card="blockers" aria-labelledby="card-blockers">
          <h4 id="card-blockers">${this.localize('pagesWithBlockers')}</h4>
          <p class="figure">${this.number(sum(cultures, (c) => c.pagesWithBlockers))}</p>
          <p class="detail">${this.localize('pagesChecked', this.number(sum(cultures, (c) => c.pages)))}</p>
          <ul>
            ${cultures.map(
              (c) => html`<li data-culture=${c.culture}>${this.localize('cultureOfPages', this.languageName(c.culture), this.number(c.pagesWithBlockers), this.number(c.pages))}</li>`,
            )}
          </ul>
        </section>
        <section class="card" data-card="warnings" aria-labelledby="card-warnings">
          <h4 id="card-warnings">${this.localize('severityWarn')}</h4>
          <p class="figure">${this.number(sum(cultures, (c) => c.warnings))}</p>
          <p class="detail">${this.localize('blockersTotal', this.number(sum(cultures, (c) => c.blockers)))}</p>
          <ul>
            ${cultures.map((c) => html`<li data-culture=${c.culture}>${this.localize('cultureValue', this.languageName(c.culture), this.number(c.warnings))}</li>`)}
          </ul>
        </section>
        <section class="card" data-card="reviews" aria-labelledby="card-reviews">
          <h4 id="card-reviews">${this.localize('reviewsHeading')}</h4>
          <dl>
            <div class=${overdue > 0 ? 'overdue' : ''}><dt>${this.localize('reviewsOverdue')}</dt><dd data-count="overdue">${this.number(overdue)}</dd></div>
            <div><dt>${this.localize('reviewsDueSoon')}</dt><dd data-count="due-soon">${this.number(dueSoon)}</dd></div>
          </dl>
        </section>
        <section class="card" data-card="last-run" aria-labelledby="card-last-run">
          <h4 id="card-last-run">${this.localize('lastRunHeading')}</h4>
          ${last ? this.renderLastRun(last) : html`<p>${this.localize('noAuditYetShort')}</p>`}
        </section>
      </div>
    </section>`;
  }

  private renderLastRun(run: AuditRun) {
    return html`<p><uui-tag look="primary" color=${RUN_STATE_COLORS[run.state]} data-state=${run.state}>${this.localize(RUN_STATE_NAMES[run.state])}</uui-tag></p>
      <ul class="run-facts">
        ${run.finishedAt
          ? html`<li data-fact="finished">${this.localize('lastRunFinished', formatDateTime(run.finishedAt, this.uiCulture))}</li>`
          : html`<li data-fact="requested">${this.localize('lastRunRequested', formatDateTime(run.requestedAt, this.uiCulture))}</li>`}
        <li data-fact="by">${this.sentence('lastRunBy', [], run.requestedBy)}</li>
        <li data-fact="audited">${this.localize('lastRunAudited', this.number(run.done), this.number(run.total))}</li>
        ${run.unreadable > 0 ? html`<li data-fact="unreadable">${this.localize('lastRunUnreadable', this.number(run.unreadable))}</li>` : nothing}
        ${run.error ? html`<li data-fact="error">${this.sentence('lastRunError', [], run.error, 'en')}</li>` : nothing}
      </ul>`;
  }

  private renderFindings() {
    const page = this.findings;
    const total = page?.total ?? 0;
    const skip = page?.skip ?? this.skip;
    const shown = page?.items ?? [];
    const view: PageView = { localize: this.localize, uiCulture: this.uiCulture, skip, pageSize: this.pageSize, total };
    return html`<section class="findings" aria-labelledby="findings-heading" aria-busy=${this.busy ? 'true' : 'false'}>
      <h3 id="findings-heading">${this.localize('findingsTableHeading')}</h3>
      <div class="toolbar exports">
        ${(['csv', 'sarif'] as const).map((format) => {
          const label = this.localize(format === 'csv' ? 'exportCsv' : 'exportSarif');
          return html`<uui-button look="secondary" label=${label} data-format=${format} ?disabled=${this.busy || !this.api} @click=${() => this.#export(format)}>${label}</uui-button>`;
        })}
      </div>
      ${renderRange(page ? view : undefined, shown.length, 'findingsRange', this.localize('noFindings'))}
      ${shown.length > 0
        ? html`<div class="table-wrap">
            <table role="table">
              <caption>${this.localize('findingsCaption')}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th role="columnheader" scope="col">${this.localize('document')}</th>
                  <th role="columnheader" scope="col">${this.localize('field')}</th>
                  <th role="columnheader" scope="col">${this.localize('severity')}</th>
                  <th role="columnheader" scope="col">${this.localize('problem')}</th>
                  <th role="columnheader" scope="col">${this.localize('language')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                ${shown.map((f) => this.renderFinding(f))}
              </tbody>
            </table>
          </div>`
        : nothing}
      ${renderPager(view, this.localize('paging'), (next) => this.#page(next))}
    </section>`;
  }

  private renderFinding(f: AuditFinding) {
    const href = this.documentHref(f.documentKey, f.culture);
    const label = (key: CarePagesTermKey) => html`<span class="cell-label" aria-hidden="true">${this.localize(key)}</span>`;
    return html`<tr role="row" data-document=${f.documentKey} data-culture=${f.culture} data-rule=${f.ruleId}>
      <th role="rowheader" scope="row">
        ${label('document')}
        <a class="document" href=${href} lang=${f.culture} dir="auto">${f.documentName}</a>
        <span class="type">${this.contentTypeName(f.contentTypeAlias)}</span>
      </th>
      <td role="cell">
        ${label('field')}
        ${f.property
          ? html`<a
              class="field-link"
              href=${this.fieldHref?.(f.documentKey, f.culture, f.property) ?? `${href}/view/content`}
              @click=${() => this.emit('care-pages-open-field', { documentKey: f.documentKey, culture: f.culture, property: f.property! })}
              >${f.propertyLabel ?? f.property}</a
            >`
          : html`<span class="whole-page">${this.localize('wholePage')}</span>`}
      </td>
      <td role="cell">${label('severity')} ${renderSeverityTag(this.localize, f.severity)}</td>
      <td role="cell" class="problem">
        ${label('problem')}
        <p class="message" dir="auto"><strong>${f.message}</strong></p>
        <p class="hint">${this.localize('howToFix')}: <bdi dir="auto">${f.hint}</bdi></p>
        ${f.snippet ? html`<p class="snippet">${this.localize('foundIn')}: <code lang=${f.culture} dir="auto">${f.snippet}</code></p>` : nothing}
        <p class="rule">
          <code>${f.ruleId}</code>${f.wcag.length > 0 ? html` · ${this.localize('wcagCriteria')}: ${f.wcag.join(', ')}` : nothing}
        </p>
      </td>
      <td role="cell">${label('language')} <bdi>${this.languageName(f.culture)}</bdi></td>
    </tr>`;
  }

  private renderReviews() {
    const reviews = this.reviews;
    if (!reviews) return nothing;
    return html`<section class="reviews" aria-labelledby="reviews-heading">
      <h3 id="reviews-heading">${this.localize('reviewsListHeading')}</h3>
      ${reviews.length === 0
        ? html`<p class="empty">${this.localize('noReviewsDue')}</p>`
        : html`<div class="table-wrap">
            <table role="table">
              <caption>${this.localize('reviewsCaption')}</caption>
              <thead role="rowgroup">
                <tr role="row">
                  <th role="columnheader" scope="col">${this.localize('document')}</th>
                  <th role="columnheader" scope="col">${this.localize('language')}</th>
                  <th role="columnheader" scope="col">${this.localize('reviewDue')}</th>
                  <th role="columnheader" scope="col">${this.localize('lastReviewed')}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                ${reviews.map((r) => this.renderReview(r))}
              </tbody>
            </table>
          </div>`}
    </section>`;
  }

  private renderReview(r: AuditReview) {
    const label = (key: CarePagesTermKey) => html`<span class="cell-label" aria-hidden="true">${this.localize(key)}</span>`;
    return html`<tr role="row" data-document=${r.documentKey} data-culture=${r.culture} data-state=${r.state}>
      <th role="rowheader" scope="row">
        ${label('document')}
        <a class="document" href=${this.documentHref(r.documentKey, r.culture)} lang=${r.culture} dir="auto">${r.documentName}</a>
        <span class="type">${this.contentTypeName(r.contentTypeAlias)}</span>
      </th>
      <td role="cell">${label('language')} <bdi>${this.languageName(r.culture)}</bdi></td>
      <td role="cell">
        ${label('reviewDue')}
        <uui-tag look="primary" color=${r.state === 'Overdue' ? 'danger' : 'warning'}>${this.localize(r.state === 'Overdue' ? 'reviewsOverdue' : 'reviewsDueSoon')}</uui-tag>
        <time datetime=${r.nextReviewDue}>${formatDate(r.nextReviewDue, this.uiCulture)}</time>
        <span class="days">(${formatDaysFromToday(r.daysLeft, this.uiCulture)})</span>
      </td>
      <td role="cell">
        ${label('lastReviewed')}
        ${r.reviewedOn ? html`<time datetime=${r.reviewedOn}>${formatDate(r.reviewedOn, this.uiCulture)}</time>` : this.localize('neverReviewed')}
      </td>
    </tr>`;
  }

  static override styles = [
    sharedStyles,
    pagingStyles,
    css`
      :host { container-type: inline-size; }
      .intro { margin-block: 0 0.5em; color: #4b5563; }
      .announcement:empty { margin: 0; }
      .progress { margin-block: 0.5em 1em; }
      .progress p { margin-block: 0.25em; }
      progress { width: 100%; height: 1.25em; accent-color: #3544b1; }
      .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr)); gap: 0.75em; }
      .card { border: 1px solid #d1d5db; border-radius: 4px; padding: 0.5em 1em; min-width: 0; }
      .card h4 { margin-block: 0.25em; font-size: 1em; }
      .card ul { list-style: none; margin: 0; padding: 0; }
      .card p { margin-block: 0.25em; }
      .figure { font-size: 1.75em; font-weight: bold; line-height: 1.2; }
      .detail { color: #4b5563; }
      dl { margin: 0; }
      dl div { display: flex; justify-content: space-between; gap: 1em; }
      dl div.overdue dd { color: #b42318; }
      dt { margin: 0; }
      dd { margin: 0; font-weight: bold; font-size: 1.25em; }
      table { border-collapse: collapse; width: 100%; }
      caption { text-align: start; font-weight: bold; padding-block: 0.5em; }
      th, td { text-align: start; vertical-align: top; padding: 0.4em 0.6em; border-block-end: 1px solid #d1d5db; }
      tbody th { font-weight: normal; }
      td p { margin-block: 0 0.25em; }
      a { color: #1b3a8c; overflow-wrap: anywhere; }
      a:focus-visible { outline: 2px solid #3544b1; outline-offset: 2px; }
      .document { font-weight: bold; }
      .type, .rule, .days, .whole-page { display: block; color: #4b5563; font-size: 0.9em; }
      .days { display: inline; }
      .empty { color: #4b5563; }
      .cell-label { display: none; }
      /* Narrow (a phone, a split screen): each row becomes a card with its column names, nothing scrolls sideways. */
      @container (max-width: 40rem) {
        table, thead, tbody, tr, th, td, caption { display: block; }
        thead tr { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        tbody tr { border: 1px solid #d1d5db; border-radius: 4px; margin-block-end: 0.75em; padding: 0.25em 0; }
        th, td { border: none; padding: 0.25em 0.75em; }
        .cell-label { display: block; font-size: 0.85em; font-weight: bold; color: #4b5563; }
        .filters .field { flex: 1 1 100%; margin-inline-end: 0; }
        .filters select { width: 100%; }
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'care-pages-site-audit': CarePagesSiteAuditElement;
  }
}
