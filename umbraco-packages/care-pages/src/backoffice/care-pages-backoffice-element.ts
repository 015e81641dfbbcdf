import { UMB_AUTH_CONTEXT } from '@umbraco-cms/backoffice/auth';
import { state } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import { CarePagesSignedOutError } from '../api/care-pages-api-error.js';
import type { CarePagesApi } from '../api/care-pages-api.js';
import { runBusy } from '../shared/run-busy.js';
import { createBackofficeApi } from './backoffice-api.js';
import { backofficeLocalize } from './backoffice-localize.js';

/** What the backoffice wrappers share: the API as the signed-in user, and busy/error state around each call. */
export abstract class CarePagesBackofficeElement extends UmbLitElement {
  @state() protected busy = false;
  @state() protected error: string | undefined;

  protected api: CarePagesApi | undefined;

  /** The last call ended signed out: the view shows so, and loads again once the user is signed in. */
  #signedOut = false;

  constructor() {
    super();
    this.consumeContext(UMB_AUTH_CONTEXT, (auth) => {
      this.api = auth ? createBackofficeApi(auth) : undefined;
      this.observe(
        auth?.isAuthorized,
        (authorized) => {
          if (authorized && this.#signedOut) {
            void this.load();
          }
        },
        '_carePagesSignedIn',
      );
      void this.load();
    });
  }

  /** (Re)loads the view's data; called when the API (or, for document views, the document) becomes known. */
  protected abstract load(): Promise<void>;

  /** Runs one API call with the busy flag set, showing a failure (or "signed out") as the view's error. */
  protected async run(work: (api: CarePagesApi) => Promise<unknown>): Promise<void> {
    const api = this.api;
    if (api) {
      this.#signedOut = false;
      const failure = await runBusy((busy, error) => ((this.busy = busy), (this.error = error)), () => work(api), backofficeLocalize(this.localize));
      this.#signedOut = failure instanceof CarePagesSignedOutError;
    }
  }
}
