import { expect } from '@esm-bundle/chai';
import { CarePagesApi, CarePagesApiError } from '../src/api/index.js';

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

const api = (fetch: typeof globalThis.fetch) => new CarePagesApi({ baseUrl: 'https://site.test/', authorize: async () => ({ Authorization: 'Bearer t0ken' }), fetch });

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

  it('throws CarePagesApiError with the status text when there is no ProblemDetails', async () => {
    const fake = fakeFetch(() => new Response('', { status: 401, statusText: 'Unauthorized' }));
    const error = (await api(fake.fetch).getContext().catch((e: unknown) => e)) as CarePagesApiError;
    expect([error.status, error.title, error.operationStatus]).to.deep.equal([401, 'Unauthorized', undefined]);
  });
});
