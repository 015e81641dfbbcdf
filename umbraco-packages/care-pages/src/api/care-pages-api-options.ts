/** How the client reaches the API. */
export interface CarePagesApiOptions {
  /** Prefix of every path (scheme, host and any virtual directory); '' for the same origin. */
  baseUrl?: string;
  /** Headers that authorise a request: a bearer token in the backoffice, X-CarePages-User in the demo. */
  authorize: () => Promise<Record<string, string>>;
  /** The fetch to use; the global one by default (tests pass a fake). */
  fetch?: typeof fetch;
}
