import type { UmbAuthContext } from '@umbraco-cms/backoffice/auth';
import { CarePagesApi } from '../api/care-pages-api.js';

/**
 * What the client needs of the backoffice's auth context (`UMB_AUTH_CONTEXT`, an `UmbAuthContext` in 17 and 18), named
 * so that tests can pass a fake:
 * - `getOpenApiConfiguration()`: the Management API's `base` URL, the fetch `credentials` ('include': the access token
 *   is an http-only cookie) and the `token` function (refreshes when due; in 17+ it may give a placeholder that the
 *   server swaps for the cookie). Replaces `getServerUrl()` and a hand-built bearer header; `getServerUrl()` is
 *   deprecated in 18.
 * - `timeOut()`: marks the session as timed out, which makes the backoffice open its own sign-in dialog, as its http
 *   client's 401 interceptor does.
 * - `isAuthorized`: emits true once the user has signed in again (`authorizationSignal` is deprecated in 18).
 */
export type CarePagesAuth = Pick<UmbAuthContext, 'getOpenApiConfiguration' | 'timeOut'> & {
  readonly isAuthorized: {
    subscribe(observer: { next: (authorized: boolean) => void; complete: () => void }): { unsubscribe(): void };
  };
};

const pendingSignIns = new WeakMap<CarePagesAuth, Promise<boolean>>();

/**
 * Lets the backoffice re-authenticate after a 401: times the session out (the backoffice shows its sign-in dialog)
 * and resolves true when the user is signed in again, false if the auth context goes away first. Requests that get a
 * 401 meanwhile wait for the same sign-in.
 */
export const reauthenticate = (auth: CarePagesAuth): Promise<boolean> => {
  const pending = pendingSignIns.get(auth);
  if (pending) {
    return pending;
  }
  const signIn = new Promise<boolean>((resolve) => {
    auth.timeOut();
    let settled = false;
    let subscription: { unsubscribe(): void } | undefined;
    const settle = (authorized: boolean) => {
      if (!settled) {
        settled = true;
        subscription?.unsubscribe();
        resolve(authorized);
      }
    };
    // isAuthorized replays its current value (false after timeOut) and then emits each change.
    subscription = auth.isAuthorized.subscribe({
      next: (authorized) => authorized && settle(true),
      complete: () => settle(false),
    });
    if (settled) {
      subscription.unsubscribe();
    }
  }).finally(() => pendingSignIns.delete(auth));
  pendingSignIns.set(auth, signIn);
  return signIn;
};

/**
 * The API client as the backoffice user: each request is sent with the auth context's OpenAPI configuration (read
 * again for every request), and a 401 lets the backoffice sign the user in again before the request is retried once.
 */
export const createBackofficeApi = (auth: CarePagesAuth, fetch?: typeof globalThis.fetch): CarePagesApi =>
  new CarePagesApi({
    configuration: () => auth.getOpenApiConfiguration(),
    reauthenticate: () => reauthenticate(auth),
    ...(fetch ? { fetch } : {}),
  });
