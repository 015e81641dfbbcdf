import type { paths } from './schema.generated.js';
import { CarePagesApiError, CarePagesSignedOutError } from './care-pages-api-error.js';
import type { CarePagesApiConfiguration, CarePagesApiOptions } from './care-pages-api-options.js';
import type { ExportedFile } from './exported-file.js';
import type {
  AuditedVersion,
  AuditExportFormat,
  AuditFindingFilter,
  AuditFindingPage,
  AuditReview,
  AuditRun,
  AuditRunStart,
  AuditSummary,
  CarePagesContext,
  DocumentCheckResponse,
  DocumentTranslationStatus,
  ExportRequestBody,
  MachineEngineResponse,
  MachinePrefillReport,
  MatrixRow,
  PrefillRequestBody,
  ReviewFieldResult,
  ReviewStep,
  TranslationImportReport,
} from './types.js';

type ApiPath = keyof paths;

/** Fills `{name}` segments of a path from the OpenAPI document; the path itself must exist in the document. */
const fill = (path: ApiPath, parameters: Record<string, string> = {}): string =>
  path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = parameters[name];
    if (value === undefined) {
      throw new Error(`Missing path parameter ${name} for ${path}`);
    }
    return encodeURIComponent(value);
  });

const query = (entries: Array<[string, string | undefined]>): string => {
  const search = new URLSearchParams();
  for (const [name, value] of entries) {
    if (value !== undefined && value !== '') {
      search.append(name, value);
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

const cultureEntries = (cultures: readonly string[]): Array<[string, string]> => cultures.map((c) => ['cultures', c]);

/**
 * The site audit's routes. They are not in the OpenAPI document yet (the types are hand-written, see audit-types.ts);
 * once they are, these strings become `fill('/umbraco/care-pages/api/v1/audit/…')` like the other routes.
 */
const AUDIT = '/umbraco/care-pages/api/v1/audit';

/** The query of audit/findings and audit/findings/export; cultures repeat `culture`. */
const findingFilterEntries = (filter: AuditFindingFilter): Array<[string, string | undefined]> => [
  ['rule', filter.rule],
  ['severity', filter.severity],
  ...(filter.cultures ?? []).map((c): [string, string] => ['culture', c]),
  ['contentType', filter.contentType],
  ['document', filter.document],
  ['reviewDueBy', filter.reviewDueBy],
  ['version', filter.version],
];

/** The refusal's status when the API refused (not a signed-out 401, which is never read as an answer). */
const refusedWith = (error: unknown, status: number): error is CarePagesApiError =>
  error instanceof CarePagesApiError && !(error instanceof CarePagesSignedOutError) && error.status === status;

/** The `run` member of a 409 ProblemDetails from audit/runs, when it holds one. */
const conflictRun = (error: CarePagesApiError): AuditRun | undefined => {
  const run = error.problem?.['run'];
  return run && typeof run === 'object' && 'state' in run ? (run as AuditRun) : undefined;
};

/** Reads the file name from Content-Disposition (RFC 6266: filename* wins over filename). */
export const fileNameFromDisposition = (header: string | null): string | undefined => {
  if (!header) {
    return undefined;
  }
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended?.[1]) {
    return decodeURIComponent(extended[1].trim());
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  return (plain?.[2] ?? plain?.[1])?.trim();
};

/**
 * The CarePages HTTP API (`/umbraco/care-pages/api/v1/`), typed from its OpenAPI document. The transport is injected:
 * the backoffice passes its auth context's OpenAPI configuration and a re-authentication hook
 * (src/backoffice/backoffice-api.ts), the demo's editor preview and the tests a plain configuration and fetch.
 */
export class CarePagesApi {
  readonly #configuration: () => CarePagesApiConfiguration;
  readonly #headers: () => Record<string, string> | Promise<Record<string, string>>;
  readonly #fetch: typeof fetch;
  readonly #reauthenticate: (() => Promise<boolean>) | undefined;

  constructor(options: CarePagesApiOptions) {
    const configuration = options.configuration;
    this.#configuration = typeof configuration === 'function' ? configuration : () => configuration;
    this.#headers = options.headers ?? (() => ({}));
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#reauthenticate = options.reauthenticate;
  }

  /** The signed-in user (cultures, reviewer or not) and the site's cultures, source first. */
  getContext(): Promise<CarePagesContext> {
    return this.#json(fill('/umbraco/care-pages/api/v1/context'));
  }

  /** The checks of a document's latest saved draft; every culture when `cultures` is empty; messages in `uiCulture`. */
  getDocumentChecks(key: string, cultures: readonly string[] = [], uiCulture?: string): Promise<DocumentCheckResponse> {
    return this.#json(fill('/umbraco/care-pages/api/v1/checks/documents/{key}', { key }) + query([...cultureEntries(cultures), ['uiCulture', uiCulture]]));
  }

  /** The documents × cultures status matrix. */
  getMatrix(cultures: readonly string[]): Promise<MatrixRow[]> {
    return this.#json(fill('/umbraco/care-pages/api/v1/translation/matrix') + query(cultureEntries(cultures)));
  }

  /** A document's fields per culture, with the source diff of outdated fields; field labels in `uiCulture`. */
  getDocumentTranslation(key: string, cultures: readonly string[] = [], uiCulture?: string): Promise<DocumentTranslationStatus> {
    return this.#json(fill('/umbraco/care-pages/api/v1/translation/documents/{key}', { key }) + query([...cultureEntries(cultures), ['uiCulture', uiCulture]]));
  }

  /** Exports documents for translation: one XLIFF or Markdown file, or a zip of several; a refusal's detail in `uiCulture`. */
  async exportForTranslation(body: ExportRequestBody, uiCulture?: string): Promise<ExportedFile> {
    const response = await this.#send(fill('/umbraco/care-pages/api/v1/translation/export') + query([['uiCulture', uiCulture]]), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const jobId = response.headers.get('X-CarePages-Job') ?? undefined;
    const fileName = fileNameFromDisposition(response.headers.get('Content-Disposition')) ?? `${jobId ?? 'carepages-export'}.${body.targetCulture}`;
    return { blob: await response.blob(), fileName, jobId };
  }

  /**
   * Imports a returned file; the report says per document and field what happened. A file imported before changes
   * nothing (`AlreadyApplied`); fields translated again since the export keep their newer translation
   * (`NeedsConfirmation`, with the diffs) unless `replaceNewer` confirms this file should replace them. Documents and
   * fields carry names for people in `uiCulture`.
   */
  importFile(
    file: Blob,
    { replaceNewer = false, fileName = file instanceof File ? file.name : 'translation', uiCulture }: { replaceNewer?: boolean; fileName?: string; uiCulture?: string } = {},
  ): Promise<TranslationImportReport> {
    const form = new FormData();
    form.append('file', file, fileName);
    return this.#json(fill('/umbraco/care-pages/api/v1/translation/import') + query([['replaceNewer', String(replaceNewer)], ['uiCulture', uiCulture]]), { method: 'POST', body: form });
  }

  /** The site's machine-translation engine: whether it answers, and the cultures it can pre-fill from the source culture. */
  getMachineEngine(): Promise<MachineEngineResponse> {
    return this.#json(fill('/umbraco/care-pages/api/v1/translation/machine'));
  }

  /**
   * Pre-fills the documents' untranslated, outdated and machine-drafted fields in one culture with a machine draft,
   * never a person's translation, never published; the report (and a refusal's detail) in `uiCulture`.
   */
  prefillWithMachine(body: PrefillRequestBody, uiCulture?: string): Promise<MachinePrefillReport> {
    return this.#json(fill('/umbraco/care-pages/api/v1/translation/machine/prefill') + query([['uiCulture', uiCulture]]), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  /** Submits, approves, records edits, or keeps fields after a source change; no fields means all of them; a refusal's detail in `uiCulture`. */
  review(key: string, culture: string, step: ReviewStep, fields?: readonly string[], uiCulture?: string): Promise<ReviewFieldResult[]> {
    return this.#json(fill('/umbraco/care-pages/api/v1/translation/documents/{key}/cultures/{culture}/{step}', { key, culture, step }) + query([['uiCulture', uiCulture]]), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(fields ? { fields } : {}),
    });
  }

  /**
   * Asks for a site audit run. When one is already queued or running the server answers 409 with that run, which is
   * returned with `started: false` so that the view shows its progress rather than an error.
   */
  async startAuditRun(uiCulture?: string): Promise<AuditRunStart> {
    try {
      return { run: await this.#json<AuditRun>(`${AUDIT}/runs` + query([['uiCulture', uiCulture]]), { method: 'POST' }), started: true };
    } catch (error) {
      const active = refusedWith(error, 409) ? conflictRun(error) : undefined;
      if (active) {
        return { run: active, started: false };
      }
      throw error;
    }
  }

  /** The newest run (active or not), or undefined when the site has never been audited (404). */
  async getLatestAuditRun(): Promise<AuditRun | undefined> {
    try {
      return await this.#json<AuditRun>(`${AUDIT}/runs/latest`);
    } catch (error) {
      if (refusedWith(error, 404)) {
        return undefined;
      }
      throw error;
    }
  }

  /** Asks the active run to stop (it keeps what it audited); undefined when no run was active any more (409). */
  async cancelAuditRun(uiCulture?: string): Promise<AuditRun | undefined> {
    try {
      return await this.#json<AuditRun>(`${AUDIT}/runs/cancel` + query([['uiCulture', uiCulture]]), { method: 'POST' });
    } catch (error) {
      if (refusedWith(error, 409)) {
        return undefined;
      }
      throw error;
    }
  }

  /** The stored findings' counts per culture, rule and document type, the reviews to plan, and the newest run. */
  getAuditSummary(version: AuditedVersion, uiCulture?: string): Promise<AuditSummary> {
    return this.#json(`${AUDIT}/summary` + query([['version', version], ['uiCulture', uiCulture]]));
  }

  /** One page of the stored findings that pass the filter (`take` ≤ 500); messages, hints and field labels in `uiCulture`. */
  getAuditFindings(filter: AuditFindingFilter, { skip = 0, take = 50 }: { skip?: number; take?: number } = {}, uiCulture?: string): Promise<AuditFindingPage> {
    return this.#json(
      `${AUDIT}/findings` + query([...findingFilterEntries(filter), ['skip', String(skip)], ['take', String(Math.min(take, 500))], ['uiCulture', uiCulture]]),
    );
  }

  /** The pages (document × culture) whose clinical review is overdue or due soon, soonest first. */
  getAuditReviews({ culture, version }: { culture?: string | undefined; version?: AuditedVersion | undefined } = {}): Promise<AuditReview[]> {
    return this.#json(`${AUDIT}/reviews` + query([['culture', culture], ['version', version]]));
  }

  /** Every stored finding that passes the filter, as one CSV or SARIF file; texts in `uiCulture`. */
  async exportAuditFindings(format: AuditExportFormat, filter: AuditFindingFilter, uiCulture?: string): Promise<ExportedFile> {
    const response = await this.#send(`${AUDIT}/findings/export` + query([['format', format], ...findingFilterEntries(filter), ['uiCulture', uiCulture]]), {});
    const fileName = fileNameFromDisposition(response.headers.get('Content-Disposition')) ?? `carepages-audit.${format}`;
    return { blob: await response.blob(), fileName, jobId: undefined };
  }

  async #json<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await this.#send(path, init);
    return (await response.json()) as T;
  }

  /**
   * Sends a request with the configuration's base, credentials and bearer token. A 401 asks `reauthenticate` once and
   * sends the request once more when the user is signed in again; a 401 after that (or without it) is a
   * CarePagesSignedOutError. Any other failure is a CarePagesApiError read from the ProblemDetails body.
   */
  async #send(path: string, init: RequestInit): Promise<Response> {
    let response = await this.#attempt(path, init);
    if (response.status === 401) {
      const signedOut = await CarePagesSignedOutError.fromResponse(response);
      if (!this.#reauthenticate || !(await this.#reauthenticate())) {
        throw signedOut;
      }
      response = await this.#attempt(path, init);
      if (response.status === 401) {
        throw await CarePagesSignedOutError.fromResponse(response);
      }
    }
    if (!response.ok) {
      throw await CarePagesApiError.fromResponse(response);
    }
    return response;
  }

  async #attempt(path: string, init: RequestInit): Promise<Response> {
    const configuration = this.#configuration();
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json, application/problem+json, */*');
    for (const [name, value] of Object.entries(await this.#headers())) {
      headers.set(name, value);
    }
    const token = await configuration.token?.();
    if (token) {
      headers.set('Authorization', `Bearer ${token}`);
    }
    const base = (configuration.base ?? '').replace(/\/$/, '');
    return this.#fetch(base + path, {
      ...init,
      headers,
      ...(configuration.credentials ? { credentials: configuration.credentials } : {}),
    });
  }
}
