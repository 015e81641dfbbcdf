import type { ProblemDetails } from './types.js';

/** A refusal or failure of the CarePages API, read from its ProblemDetails body when there is one. */
export class CarePagesApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly operationStatus: string | undefined;

  constructor(status: number, problem: ProblemDetails | undefined, fallbackTitle: string) {
    const title = problem?.title ?? fallbackTitle;
    super(problem?.detail ? `${title}: ${problem.detail}` : title);
    this.name = 'CarePagesApiError';
    this.status = problem?.status ?? status;
    this.title = title;
    this.detail = problem?.detail ?? undefined;
    this.operationStatus = problem?.operationStatus ?? undefined;
  }

  /** Reads the error from a failed response: ProblemDetails JSON when the server sent it, else the status text. */
  static async fromResponse(response: Response): Promise<CarePagesApiError> {
    const type = response.headers.get('content-type') ?? '';
    let problem: ProblemDetails | undefined;
    if (type.includes('json')) {
      try {
        problem = (await response.json()) as ProblemDetails;
      } catch {
        problem = undefined;
      }
    }

    return new CarePagesApiError(response.status, problem, response.statusText || `HTTP ${response.status}`);
  }
}
