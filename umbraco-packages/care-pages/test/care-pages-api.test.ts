import { expect } from '@esm-bundle/chai';
import { CarePagesApi, CarePagesApiError, CarePagesSignedOutError, type CarePagesApiOptions } from '../src/api/index.js';
import { createLocalize } from '../src/localization/localize.js';
import ar from '../src/localization/ar.js';
import { errorMessage } from '../src/shared/error-message.js';

interface Call {
  url: string;
  init: RequestInit;
}

const fakeFetch = (respond: (call: Call) => Response) => {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { url: String(input), init };
    calls.push(call);
    return respond(call);
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
};

const api = (fetch: typeof globalThis.fetch, options: Partial<CarePagesApiOptions> = {}) =>
  new CarePagesApi({ configuration: { base: 'https://site.test/', credentials: 'include', token: async () => 't0ken' }, fetch, ...options });

const failure = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => undefined,
    (e: unknown) => e,
  );

const header = (call: Call, name: string) => new Headers(call.init.headers).get(name);

const json = (body: unknown, status = 200, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

describe('CarePagesApi', () => {
  it('sends the authorisation headers and repeated culture parameters', async () => {
    const fake = fakeFetch(() => json([]));
    await api(fake.fetch).getMatrix(['es-ES', 'ar']);
    expect(fake.calls[0]!.url).to.equal('https://site.test/umbraco/care-pages/api/v1/translation/matrix?cultures=es-ES&cultures=ar');
    expect(new Headers(fake.calls[0]!.init.headers).get('Authorization')).to.equal('Bearer t0ken');
  });

  it('builds the checks URL with the ui culture', async () => {
    const fake = fakeFetch(() => json({ cultures: [] }));
    await api(fake.fetch).getDocumentChecks('abc', ['en-GB'], 'fr');
    expect(fake.calls[0]!.url).to.equal('https://site.test/umbraco/care-pages/api/v1/checks/documents/abc?cultures=en-GB&uiCulture=fr');
  });

  it('posts review steps with the fields', async () => {
    const fake = fakeFetch(() => json([{ path: 'title', status: 'InReview' }]));
    const result = await api(fake.fetch).review('abc', 'es-ES', 'submit', ['title']);
    expect(fake.calls[0]!.url).to.equal('https://site.test/umbraco/care-pages/api/v1/translation/documents/abc/cultures/es-ES/submit');
    expect(fake.calls[0]!.init.method).to.equal('POST');
    expect(JSON.parse(String(fake.calls[0]!.init.body))).to.deep.equal({ fields: ['title'] });
    expect(result[0]!.status).to.equal('InReview');
  });

  it('asks for review and export refusals in the ui culture', async () => {
    const fake = fakeFetch(({ url }) => (url.includes('/export') ? new Response('<xliff/>', { status: 200 }) : json([])));
    await api(fake.fetch).review('abc', 'es-ES', 'approve', undefined, 'ar');
    await api(fake.fetch).exportForTranslation({ documentKeys: ['abc'], targetCulture: 'es-ES', format: 'Xliff12', copySourceToTarget: false }, 'es');
    expect(fake.calls.map((c) => c.url)).to.deep.equal([
      'https://site.test/umbraco/care-pages/api/v1/translation/documents/abc/cultures/es-ES/approve?uiCulture=ar',
      'https://site.test/umbraco/care-pages/api/v1/translation/export?uiCulture=es',
    ]);
  });

  it('returns the exported file with its name and job id', async () => {
    const fake = fakeFetch(
      () => new Response('<xliff/>', { status: 200, headers: { 'Content-Type': 'application/xliff+xml', 'Content-Disposition': 'attachment; filename=job-7.es-ES.xlf; filename*=UTF-8\'\'job-7.es-ES.xlf', 'X-CarePages-Job': 'job-7' } }),
    );
    const file = await api(fake.fetch).exportForTranslation({ documentKeys: ['abc'], targetCulture: 'es-ES', format: 'Xliff12', copySourceToTarget: false });
    expect(file.fileName).to.equal('job-7.es-ES.xlf');
    expect(file.jobId).to.equal('job-7');
    expect(await file.blob.text()).to.equal('<xliff/>');
  });

  it('uploads the import file as multipart field "file"', async () => {
    const fake = fakeFetch(() => json({ status: 'Success', messages: [], documents: [], succeeded: true }));
    const report = await api(fake.fetch).importFile(new File(['x'], 'back.xlf'));
    const body = fake.calls[0]!.init.body as FormData;
    expect((body.get('file') as File).name).to.equal('back.xlf');
    expect(report.status).to.equal('Success');
  });

  it('keeps newer translations on import unless replaceNewer confirms the file should replace them', async () => {
    const fake = fakeFetch(() => json({ status: 'NeedsConfirmation', messages: [], documents: [], succeeded: false }));
    const file = new File(['x'], 'late.xlf');
    await api(fake.fetch).importFile(file);
    await api(fake.fetch).importFile(file, { replaceNewer: true });
    expect(fake.calls.map((c) => c.url)).to.deep.equal([
      'https://site.test/umbraco/care-pages/api/v1/translation/import?replaceNewer=false',
      'https://site.test/umbraco/care-pages/api/v1/translation/import?replaceNewer=true',
    ]);
  });

  it('asks for the machine engine, and posts a pre-fill with its documents and culture, its report in the ui culture', async () => {
    const fake = fakeFetch(({ url }) =>
      json(url.includes('/prefill') ? { status: 'Success', engine: 'Apertium', documents: [], messages: [] } : { engine: 'Apertium', status: 'Success', version: '1', targetCultures: ['es-ES'] }),
    );
    const engine = await api(fake.fetch).getMachineEngine();
    const report = await api(fake.fetch).prefillWithMachine({ documentKeys: ['abc'], targetCulture: 'es-ES' }, 'ar');
    expect(fake.calls.map((c) => [c.url, c.init.method ?? 'GET'])).to.deep.equal([
      ['https://site.test/umbraco/care-pages/api/v1/translation/machine', 'GET'],
      ['https://site.test/umbraco/care-pages/api/v1/translation/machine/prefill?uiCulture=ar', 'POST'],
    ]);
    expect(header(fake.calls[1]!, 'Content-Type')).to.equal('application/json');
    expect(JSON.parse(String(fake.calls[1]!.init.body))).to.deep.equal({ documentKeys: ['abc'], targetCulture: 'es-ES' });
    expect([engine.targetCultures, report.engine]).to.deep.equal([['es-ES'], 'Apertium']);
  });

  it('shows a pre-fill refused for its language pair by the problem’s detail', async () => {
    const detail = 'Apertium no traduce de en-GB a ar. Ofrece: en → es.';
    const fake = fakeFetch(() => json({ status: 422, title: 'Unprocessable', detail, operationStatus: 'LanguagePairNotSupported' }, 422, 'application/problem+json'));
    const error = await failure(api(fake.fetch).prefillWithMachine({ documentKeys: ['abc'], targetCulture: 'ar' }, 'es'));
    expect((error as CarePagesApiError).status).to.equal(422);
    expect(errorMessage(error)).to.equal(detail);
  });

  it('throws CarePagesApiError from ProblemDetails', async () => {
    const fake = fakeFetch(() =>
      json({ status: 403, title: 'Not your language', detail: 'Ana may not work on ar.', operationStatus: 'CultureNotAllowed' }, 403, 'application/problem+json'),
    );
    const error = await api(fake.fetch)
      .review('abc', 'ar', 'approve')
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(error).to.be.instanceOf(CarePagesApiError);
    const apiError = error as CarePagesApiError;
    expect([apiError.status, apiError.title, apiError.detail, apiError.operationStatus]).to.deep.equal([403, 'Not your language', 'Ana may not work on ar.', 'CultureNotAllowed']);
  });

  it('throws a signed-out CarePagesApiError with the status text when a 401 has no ProblemDetails', async () => {
    const fake = fakeFetch(() => new Response('', { status: 401, statusText: 'Unauthorized' }));
    const error = (await api(fake.fetch).getContext().catch((e: unknown) => e)) as CarePagesApiError;
    expect(error).to.be.instanceOf(CarePagesSignedOutError);
    expect([error.status, error.title, error.operationStatus]).to.deep.equal([401, 'Unauthorized', undefined]);
    expect(fake.calls).to.have.length(1);
  });
});

describe('CarePagesApi transport', () => {
  it('sends the configuration\'s credentials and a bearer token from its token function on every request', async () => {
    const fake = fakeFetch(() => json([]));
    let issued = 0;
    const client = api(fake.fetch, { configuration: { base: 'https://site.test', credentials: 'include', token: async () => `token-${++issued}` } });
    await client.getMatrix([]);
    await client.getContext();
    expect(fake.calls.map((c) => c.init.credentials)).to.deep.equal(['include', 'include']);
    expect(fake.calls.map((c) => header(c, 'Authorization'))).to.deep.equal(['Bearer token-1', 'Bearer token-2']);
  });

  it('reads a configuration function before every request', async () => {
    const fake = fakeFetch(() => json([]));
    let base = 'https://one.test';
    const client = api(fake.fetch, { configuration: () => ({ base, credentials: 'same-origin', token: async () => base }) });
    await client.getMatrix([]);
    base = 'https://two.test/';
    await client.getMatrix([]);
    expect(fake.calls.map((c) => c.url)).to.deep.equal(['https://one.test/umbraco/care-pages/api/v1/translation/matrix', 'https://two.test/umbraco/care-pages/api/v1/translation/matrix']);
    expect(fake.calls.map((c) => header(c, 'Authorization'))).to.deep.equal(['Bearer https://one.test', 'Bearer https://two.test/']);
    expect(fake.calls.map((c) => c.init.credentials)).to.deep.equal(['same-origin', 'same-origin']);
  });

  it('sends no Authorization header without a token, and the extra headers (the demo\'s user)', async () => {
    const fake = fakeFetch(() => json([]));
    await new CarePagesApi({ configuration: { base: '' }, headers: () => ({ 'X-CarePages-User': 'claire' }), fetch: fake.fetch }).getMatrix([]);
    await api(fake.fetch, { configuration: { token: async () => undefined } }).getMatrix([]);
    expect(fake.calls.map((c) => c.url)).to.deep.equal(['/umbraco/care-pages/api/v1/translation/matrix', '/umbraco/care-pages/api/v1/translation/matrix']);
    expect(fake.calls.map((c) => header(c, 'Authorization'))).to.deep.equal([null, null]);
    expect(header(fake.calls[0]!, 'X-CarePages-User')).to.equal('claire');
    expect(fake.calls[0]!.init.credentials).to.equal(undefined);
  });

  it('on a 401 asks to re-authenticate once and retries once with the new token', async () => {
    let signedIn = false;
    let reauthentications = 0;
    const fake = fakeFetch((call) => (header(call, 'Authorization') === 'Bearer fresh' ? json([{ documentKey: 'abc' }]) : json({ status: 401, title: 'Unauthorized' }, 401, 'application/problem+json')));
    const client = api(fake.fetch, {
      configuration: { base: 'https://site.test', credentials: 'include', token: async () => (signedIn ? 'fresh' : 'stale') },
      reauthenticate: async () => {
        reauthentications++;
        signedIn = true;
        return true;
      },
    });
    const rows = await client.getMatrix(['fr-FR']);
    expect(rows).to.deep.equal([{ documentKey: 'abc' }]);
    expect(reauthentications).to.equal(1);
    expect(fake.calls.map((c) => header(c, 'Authorization'))).to.deep.equal(['Bearer stale', 'Bearer fresh']);
    expect(fake.calls.map((c) => c.init.credentials)).to.deep.equal(['include', 'include']);
  });

  it('retries a POST with the same body after signing in again', async () => {
    let first = true;
    const fake = fakeFetch(() => {
      const response = first ? new Response('', { status: 401 }) : json([{ path: 'title', status: 'InReview' }]);
      first = false;
      return response;
    });
    const result = await api(fake.fetch, { reauthenticate: async () => true }).review('abc', 'fr-FR', 'submit', ['title']);
    expect(result[0]!.status).to.equal('InReview');
    expect(fake.calls.map((c) => [c.init.method, JSON.parse(String(c.init.body))])).to.deep.equal([
      ['POST', { fields: ['title'] }],
      ['POST', { fields: ['title'] }],
    ]);
  });

  it('reports signed out when the retry is answered 401 again, keeping the ProblemDetails', async () => {
    let reauthentications = 0;
    const fake = fakeFetch(() => json({ status: 401, title: 'Unauthorized', detail: 'The session has ended.' }, 401, 'application/problem+json'));
    const error = await failure(
      api(fake.fetch, {
        reauthenticate: async () => {
          reauthentications++;
          return true;
        },
      }).getContext(),
    );
    expect(error).to.be.instanceOf(CarePagesSignedOutError).and.to.be.instanceOf(CarePagesApiError);
    const signedOut = error as CarePagesSignedOutError;
    expect([signedOut.status, signedOut.title, signedOut.detail]).to.deep.equal([401, 'Unauthorized', 'The session has ended.']);
    expect(reauthentications).to.equal(1);
    expect(fake.calls).to.have.length(2);
  });

  it('reports signed out without retrying when re-authentication gives up', async () => {
    const fake = fakeFetch(() => new Response('', { status: 401, statusText: 'Unauthorized' }));
    const error = await failure(api(fake.fetch, { reauthenticate: async () => false }).getMatrix([]));
    expect(error).to.be.instanceOf(CarePagesSignedOutError);
    expect(fake.calls).to.have.length(1);
  });

  it('does not ask to re-authenticate for a 403', async () => {
    let reauthentications = 0;
    const fake = fakeFetch(() => json({ status: 403, title: 'Forbidden', detail: 'Only reviewers approve.', operationStatus: 'NotReviewer' }, 403, 'application/problem+json'));
    const error = (await failure(api(fake.fetch, { reauthenticate: async () => (reauthentications++, true) }).review('abc', 'fr-FR', 'approve'))) as CarePagesApiError;
    expect(error).not.to.be.instanceOf(CarePagesSignedOutError);
    expect([error.status, error.detail, error.operationStatus]).to.deep.equal([403, 'Only reviewers approve.', 'NotReviewer']);
    expect(reauthentications).to.equal(0);
    expect(fake.calls).to.have.length(1);
  });

  it('shows a signed-out error as "signed out" in the view\'s language, other refusals by their detail', () => {
    const arabic = createLocalize(ar);
    expect(errorMessage(new CarePagesSignedOutError(undefined, 'Unauthorized'), arabic)).to.equal(ar.carePages.signedOut);
    expect(errorMessage(new CarePagesSignedOutError(undefined, 'Unauthorized'))).to.equal('You are signed out. Sign in again, then try again.');
    expect(errorMessage(new CarePagesApiError(403, { type: null, title: 'Forbidden', status: 403, detail: 'Not your language.', instance: null }, 'Forbidden'), arabic)).to.equal('Not your language.');
  });
});

describe('CarePagesApi site audit', () => {
  const base = 'https://site.test/umbraco/care-pages/api/v1/audit';
  const run = { id: 'run-1', state: 'Running', isActive: true, done: 3, total: 10 };

  it('starts a run with a POST, and returns the active run (not an error) when the server answers 409 with it', async () => {
    let active = false;
    const fake = fakeFetch(() => (active ? json({ status: 409, title: 'Conflict', detail: 'An audit is already running.', run }, 409, 'application/problem+json') : ((active = true), json(run, 202))));
    const started = await api(fake.fetch).startAuditRun('fr');
    const again = await api(fake.fetch).startAuditRun();
    expect(fake.calls.map((c) => [c.init.method, c.url])).to.deep.equal([
      ['POST', `${base}/runs?uiCulture=fr`],
      ['POST', `${base}/runs`],
    ]);
    expect(started).to.deep.equal({ run, started: true });
    expect(again).to.deep.equal({ run, started: false });
  });

  it('throws a 409 without a run, like any other refusal', async () => {
    const fake = fakeFetch(() => json({ status: 409, title: 'Conflict', detail: 'Audits are switched off.' }, 409, 'application/problem+json'));
    const error = (await failure(api(fake.fetch).startAuditRun())) as CarePagesApiError;
    expect(error).to.be.instanceOf(CarePagesApiError);
    expect([error.status, error.detail]).to.deep.equal([409, 'Audits are switched off.']);
  });

  it('reads the latest run, undefined before the first (404); cancelling with none active (409) is undefined too', async () => {
    const fake = fakeFetch(({ url }) => json({ status: url.endsWith('latest') ? 404 : 409, title: 'No run' }, url.endsWith('latest') ? 404 : 409, 'application/problem+json'));
    expect(await api(fake.fetch).getLatestAuditRun()).to.equal(undefined);
    expect(await api(fake.fetch).cancelAuditRun('de')).to.equal(undefined);
    expect(fake.calls.map((c) => [c.init.method ?? 'GET', c.url])).to.deep.equal([
      ['GET', `${base}/runs/latest`],
      ['POST', `${base}/runs/cancel?uiCulture=de`],
    ]);
    const running = fakeFetch(() => json(run));
    expect(await api(running.fetch).getLatestAuditRun()).to.deep.equal(run);
  });

  it('does not read a signed-out 404 or 409 as an answer', async () => {
    const fake = fakeFetch(() => new Response('', { status: 401, statusText: 'Unauthorized' }));
    expect(await failure(api(fake.fetch).getLatestAuditRun())).to.be.instanceOf(CarePagesSignedOutError);
    expect(await failure(api(fake.fetch).startAuditRun())).to.be.instanceOf(CarePagesSignedOutError);
  });

  it('sends the findings filters, cultures repeated, take at most 500, and the summary and reviews version', async () => {
    const fake = fakeFetch(() => json({ total: 0, skip: 0, items: [] }));
    const client = api(fake.fetch);
    await client.getAuditFindings({ rule: 'image-alt', severity: 'Warn', cultures: ['es-ES', 'ar'], contentType: 'carePagesCondition', document: 'abc', reviewDueBy: '2026-04-01', version: 'Draft' }, { skip: 100, take: 1000 }, 'ar');
    await client.getAuditFindings({});
    await client.getAuditSummary('Published', 'es');
    await client.getAuditReviews({ culture: 'ar', version: 'Draft' });
    await client.getAuditReviews();
    expect(fake.calls.map((c) => c.url)).to.deep.equal([
      `${base}/findings?rule=image-alt&severity=Warn&culture=es-ES&culture=ar&contentType=carePagesCondition&document=abc&reviewDueBy=2026-04-01&version=Draft&skip=100&take=500&uiCulture=ar`,
      `${base}/findings?skip=0&take=50`,
      `${base}/summary?version=Published&uiCulture=es`,
      `${base}/reviews?culture=ar&version=Draft`,
      `${base}/reviews`,
    ]);
  });

  it('exports the filtered findings as a file named by Content-Disposition, or after its format', async () => {
    const fake = fakeFetch(({ url }) =>
      url.includes('format=csv')
        ? new Response('a,b\n', { status: 200, headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="audit-2026-03-02.csv"' } })
        : new Response('{}', { status: 200, headers: { 'Content-Type': 'application/sarif+json' } }),
    );
    const csv = await api(fake.fetch).exportAuditFindings('csv', { severity: 'Block', cultures: ['ar'], version: 'Published' }, 'fr');
    const sarif = await api(fake.fetch).exportAuditFindings('sarif', {});
    expect(fake.calls.map((c) => c.url)).to.deep.equal([`${base}/findings/export?format=csv&severity=Block&culture=ar&version=Published&uiCulture=fr`, `${base}/findings/export?format=sarif`]);
    expect([csv.fileName, await csv.blob.text()]).to.deep.equal(['audit-2026-03-02.csv', 'a,b\n']);
    expect(sarif.fileName).to.equal('carepages-audit.sarif');
  });
});
