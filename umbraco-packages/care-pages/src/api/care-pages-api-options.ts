/**
 * Where requests go and how they are authorised. Shaped like the backoffice's OpenAPI configuration
 * (`UmbOpenApiConfiguration`, from `UMB_AUTH_CONTEXT.getOpenApiConfiguration()`), so that object fits as it is; the demo
 * and the tests pass a plain one.
 */
export interface CarePagesApiConfiguration {
  /** Prefix of every path (scheme, host and any virtual directory); '' or none for the same origin. */
  readonly base?: string;
  /** The fetch `credentials` mode. The backoffice's is 'include': its access token lives in an http-only cookie. */
  readonly credentials?: RequestCredentials;
  /**
   * Resolves the bearer token, sent as `Authorization: Bearer …` on every request (read again for each one, so a
   * refreshed token is used); no header when it resolves empty. In Umbraco 17+ this may be a placeholder that the
   * server swaps for the cookie, which is why `credentials` matters.
   */
  readonly token?: () => Promise<string | undefined>;
}

/** How the client reaches the API: the configuration, the fetch to send with, and what to do about a 401. */
export interface CarePagesApiOptions {
  /** The configuration, or a function that gives it; a function is called before every request. */
  configuration: CarePagesApiConfiguration | (() => CarePagesApiConfiguration);
  /** Further headers for every request (the demo names its user in X-CarePages-User). */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /** The fetch to send with; the global one by default (tests pass a fake). */
  fetch?: typeof fetch;
  /**
   * Called when a request is answered 401: resolves true once the user is signed in again, and the request is then
   * sent once more; false gives up. Called at most once per request. Without it a 401 is a signed-out error at once.
   */
  reauthenticate?: () => Promise<boolean>;
}
