import { expect } from '@esm-bundle/chai';
import { CarePagesSignedOutError } from '../src/api/index.js';
import { createBackofficeApi, type CarePagesAuth } from '../src/backoffice/backoffice-api.js';

type Observer = { next: (authorized: boolean) => void; complete: () => void };

/**
 * A stand-in for UMB_AUTH_CONTEXT with what the client uses of it: the OpenAPI configuration, timeOut() (which in the
 * backoffice opens the sign-in dialog) and isAuthorized (replays its value, then emits changes, like the real one).
 */
class FakeAuth implements CarePagesAuth {
  authorized = true;
  timeOuts = 0;
  tokens = 0;
  readonly observers = new Set<Observer>();

  readonly isAuthorized = {
    subscribe: (observer: Observer) => {
      this.observers.add(observer);
      observer.next(this.authorized);
      return { unsubscribe: () => this.observers.delete(observer) };
    },
  };

  getOpenApiConfiguration() {
    return { base: 'https://cms.test', credentials: 'include' as const, token: async () => `[redacted-${++this.tokens}]` };
  }

  timeOut() {
    this.timeOuts++;
    this.setAuthorized(false);
  }

  /** What the backoffice does when the user signs in again in its dialog. */
  signIn() {
    this.setAuthorized(true);
  }

  destroy() {
    for (const observer of [...this.observers]) observer.complete();
  }

  private setAuthorized(value: boolean) {
    this.authorized = value;
    for (const observer of [...this.observers]) observer.next(value);
  }
}

interface Call {
  url: string;
  init: RequestInit;
}

const recordingFetch = (respond: (call: Call, index: number) => Response) => {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { url: String(input), init };
    calls.push(call);
    return respond(call, calls.length - 1);
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
};

const ok = () => new Response('[]', { status: 200, headers: { 'Content-Type': 'application/json' } });
const unauthorized = () => new Response('', { status: 401, statusText: 'Unauthorized' });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createBackofficeApi', () => {
  it('sends each request with the auth context\'s OpenAPI configuration: base, credentials and token', async () => {
    const auth = new FakeAuth();
    const fake = recordingFetch(ok);
    const api = createBackofficeApi(auth, fake.fetch);
    await api.getMatrix(['fr-FR']);
    await api.getMatrix([]);
    expect(fake.calls.map((c) => c.url)).to.deep.equal([
      'https://cms.test/umbraco/care-pages/api/v1/translation/matrix?cultures=fr-FR',
      'https://cms.test/umbraco/care-pages/api/v1/translation/matrix',
    ]);
    expect(fake.calls.map((c) => c.init.credentials)).to.deep.equal(['include', 'include']);
    expect(fake.calls.map((c) => new Headers(c.init.headers).get('Authorization'))).to.deep.equal(['Bearer [redacted-1]', 'Bearer [redacted-2]']);
    expect(auth.timeOuts).to.equal(0);
  });

  it('on a 401 times the session out, waits for the user to sign in again, then retries once', async () => {
    const auth = new FakeAuth();
    const fake = recordingFetch((_, index) => (index === 0 ? unauthorized() : ok()));
    const pending = createBackofficeApi(auth, fake.fetch).getMatrix([]);
    await tick();
    expect(auth.timeOuts).to.equal(1);
    expect(fake.calls).to.have.length(1);
    auth.signIn();
    expect(await pending).to.deep.equal([]);
    expect(fake.calls).to.have.length(2);
    expect(auth.observers.size).to.equal(0);
  });

  it('lets requests that meet a 401 together wait for one sign-in', async () => {
    const auth = new FakeAuth();
    const fake = recordingFetch((_, index) => (index < 2 ? unauthorized() : ok()));
    const api = createBackofficeApi(auth, fake.fetch);
    const pending = Promise.all([api.getMatrix([]), api.getContext()]);
    await tick();
    expect(auth.timeOuts).to.equal(1);
    auth.signIn();
    await pending;
    expect(fake.calls).to.have.length(4);
  });

  it('reports signed out when the retry after signing in is refused again', async () => {
    const auth = new FakeAuth();
    const fake = recordingFetch(unauthorized);
    const pending = createBackofficeApi(auth, fake.fetch).getContext().catch((e: unknown) => e);
    await tick();
    auth.signIn();
    expect(await pending).to.be.instanceOf(CarePagesSignedOutError);
    expect([auth.timeOuts, fake.calls.length]).to.deep.equal([1, 2]);
  });

  it('reports signed out when the auth context goes away before the user signs in', async () => {
    const auth = new FakeAuth();
    const fake = recordingFetch(unauthorized);
    const pending = createBackofficeApi(auth, fake.fetch).getContext().catch((e: unknown) => e);
    await tick();
    auth.destroy();
    expect(await pending).to.be.instanceOf(CarePagesSignedOutError);
    expect(fake.calls).to.have.length(1);
  });
});
