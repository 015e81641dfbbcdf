import type { ProblemDetails } from './types.js';

/** A refusal or failure of the CarePages API, read from its ProblemDetails body when there is one. */
export class CarePagesApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly operationStatus: string | undefined;
  /** The ProblemDetails body as sent, with any extension members (audit/runs' 409 carries the active `run`). */
  readonly problem: (ProblemDetails & Record<string, unknown>) | undefined;

  constructor(status: number, problem: ProblemDetails | undefined, fallbackTitle: string) {
    const title = problem?.title ?? fallbackTitle;
    super(problem?.detail ? `${title}: ${problem.detail}` : title);
    this.name = 'CarePagesApiError';
    this.status = problem?.status ?? status;
    this.title = title;
    this.detail = problem?.detail ?? undefined;
    this.operationStatus = problem?.operationStatus ?? undefined;
    this.problem = problem as (ProblemDetails & Record<string, unknown>) | undefined;
  }

  /** Reads the error from a failed response: ProblemDetails JSON when the server sent it, else the status text. */
  static async fromResponse(response: Response): Promise<CarePagesApiError> {
    return new CarePagesApiError(response.status, await readProblem(response), statusText(response));
  }
}

/**
 * The user is not (or no longer) signed in: the API answered 401 and signing in again did not help, was not
 * possible, or was not offered. Views show it as "signed out" rather than as a failure of the request.
 */
export class CarePagesSignedOutError extends CarePagesApiError {
  constructor(problem: ProblemDetails | undefined, fallbackTitle: string) {
    super(401, problem, fallbackTitle);
    this.name = 'CarePagesSignedOutError';
  }

  /** Reads the error from a 401 response, keeping its ProblemDetails like any other refusal. */
  static override async fromResponse(response: Response): Promise<CarePagesSignedOutError> {
    return new CarePagesSignedOutError(await readProblem(response), statusText(response));
  }
}

const statusText = (response: Response): string => response.statusText || `HTTP ${response.status}`;

const readProblem = async (response: Response): Promise<ProblemDetails | undefined> => {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) {
    return undefined;
  }
  try {
    return (await response.json()) as ProblemDetails;
  } catch {
    return undefined;
  }
};
