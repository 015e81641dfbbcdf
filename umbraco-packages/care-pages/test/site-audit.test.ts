import { expect } from '@esm-bundle/chai';
import '../src/components/site-audit.element.js';
import { defaultDocumentHref, type CarePagesSiteAuditElement } from '../src/components/site-audit.element.js';
import ar from '../src/localization/ar.js';
import { $, $$, arabic, button, change, expectNoAxeViolations, mount, nextEvent, rendered, text } from './helpers.js';
import { DOC, DOC2 } from './fixtures.js';
import { auditFindings, auditRun, FakeAuditServer } from './audit-fixtures.js';

const TAG = 'care-pages-site-audit';

/** Waits (up to two seconds) until `condition` holds, letting the element render in between. */
const until = async (el: CarePagesSiteAuditElement, condition: () => boolean, what: string): Promise<void> => {
  const deadline = Date.now() + 2000;
  for (;;) {
    await el.updateComplete;
    if (condition()) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

const render = async (server: FakeAuditServer, setup: (e: CarePagesSiteAuditElement) => void = () => {}, lang = 'en', dir: 'ltr' | 'rtl' = 'ltr') => {
  const el = await mount<CarePagesSiteAuditElement>(
    TAG,
    (e) => {
      e.pollInterval = 20;
      e.uiCulture = lang;
      setup(e);
      e.api = server.api;
    },
    lang,
    dir,
  );
  await until(el, () => !el.busy && el.findings !== undefined, 'the first load');
  await rendered(el);
  return el;
};

const words = (element: Element | undefined | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const progressLabel = (el: Element) => words($(el, `#${$(el, 'progress').getAttribute('aria-labelledby')}`));
const rowKeys = (el: Element, section: string) => $$(el, `.${section} tbody tr[data-document]`).map((tr) => `${tr.dataset['document']}/${tr.dataset['culture']}`);

/** The file names the page starts to download during `trigger` (the download itself is prevented). */
const downloads = async (trigger: () => void | Promise<void>, settled: () => Promise<void>): Promise<string[]> => {
  const names: string[] = [];
  const listener = (e: MouseEvent) => {
    if (e.target instanceof HTMLAnchorElement && e.target.download) {
      names.push(e.target.download);
      e.preventDefault();
    }
  };
  document.addEventListener('click', listener, true);
  try {
    await trigger();
    await settled();
  } finally {
    document.removeEventListener('click', listener, true);
  }
  return names;
};

describe(TAG, () => {
  it('renders the summary: pages with blockers per culture, warnings, reviews and the last run', async () => {
    const server = new FakeAuditServer();
    const el = await render(server);

    expect(words($(el, '[data-card="blockers"] .figure'))).to.equal('3');
    expect(words($(el, '[data-card="blockers"] .detail'))).to.equal('Pages checked: 6');
    expect($$(el, '[data-card="blockers"] li').map(words)).to.deep.equal(['British English: 1 of 3', 'Arabic: 2 of 3']);
    expect(words($(el, '[data-card="warnings"] .figure'))).to.equal('5');
    expect(words($(el, '[data-count="overdue"]'))).to.equal('1');
    expect(words($(el, '[data-count="due-soon"]'))).to.equal('1');
    const finished = new Intl.DateTimeFormat(['en'], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-03-01T09:12:00Z'));
    expect(words($(el, '[data-card="last-run"]'))).to.equal(`Last audit Completed Finished ${finished} Requested by Dr Lucía Pérez Documents audited: 3 of 3`);
    expect(server.lastQuery('GET summary')).to.deep.equal({ version: 'Published', uiCulture: 'en' });
    expect($$(el, 'progress')).to.have.length(0);
    expect(button(el, 'Run audit').disabled).to.equal(false);
    expect($$(el, 'uui-button[label="Cancel audit"]')).to.have.length(0);
  });

  it('lists the findings with links to the document in its culture and to the field, severity, problem and language', async () => {
    const server = new FakeAuditServer();
    const el = await render(server);

    expect(rowKeys(el, 'findings')).to.deep.equal([`${DOC}/ar`, `${DOC}/en-GB`, `${DOC}/en-GB`, `${DOC2}/en-GB`, `${DOC2}/en-GB`]);
    const first = $(el, '.findings tbody tr');
    const documentLink = first.querySelector<HTMLAnchorElement>('a.document')!;
    expect(documentLink.textContent).to.equal('استبدال الركبة');
    expect(documentLink.getAttribute('href')).to.equal(`/umbraco/section/content/workspace/document/edit/${DOC}/ar`);
    expect(documentLink.getAttribute('href')).to.equal(defaultDocumentHref(DOC, 'ar'));
    expect([documentLink.lang, documentLink.dir]).to.deep.equal(['ar', 'auto']);
    const fieldLink = first.querySelector<HTMLAnchorElement>('a.field-link')!;
    expect(fieldLink.textContent).to.equal('Hero image');
    expect(fieldLink.getAttribute('href')).to.equal(`/umbraco/section/content/workspace/document/edit/${DOC}/ar/view/content`);
    expect(words(first.querySelector('uui-tag[data-severity]'))).to.equal('Blocker');
    expect(words(first.querySelector('.problem'))).to.contain('The image has no text alternative. How to fix: Describe what the image shows.');
    expect(first.querySelector('.snippet code')?.getAttribute('lang')).to.equal('ar');
    expect(words(first.querySelector('td:last-child bdi'))).to.equal('Arabic');
    expect(words($(el, `tr[data-document="${DOC2}"] .whole-page`))).to.equal('The page as a whole');
    expect(words($(el, '.findings .range'))).to.equal('Findings 1–5 of 5');
    expect($$(el, '.paging')).to.have.length(0);

    fieldLink.addEventListener('click', (e) => e.preventDefault());
    const opened = await nextEvent<{ documentKey: string; culture: string; property: string }>('care-pages-open-field', () => fieldLink.click());
    expect(opened.detail).to.deep.equal({ documentKey: DOC, culture: 'ar', property: 'heroImage' });

    expect(rowKeys(el, 'reviews')).to.deep.equal([`${DOC2}/en-GB`, `${DOC}/ar`]);
    const overdue = $(el, '.reviews tr[data-state="Overdue"]');
    const due = new Intl.DateTimeFormat(['en'], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-02-01T00:00:00Z'));
    expect(words(overdue.querySelector('td:nth-of-type(2)'))).to.equal(`Review due Overdue ${due} (28 days ago)`);
    expect(words($(el, '.reviews tr[data-state="DueSoon"] td:nth-of-type(3)'))).to.equal('Last reviewed Never');
  });

  it('uses the links the host gives for documents and fields', async () => {
    const el = await render(new FakeAuditServer(), (e) => (e.documentHref = (key, culture) => `section/content/workspace/document/edit/${key}/${culture}`));
    expect($(el, '.findings a.document').getAttribute('href')).to.equal(`section/content/workspace/document/edit/${DOC}/ar`);
    expect($(el, '.findings a.field-link').getAttribute('href')).to.equal(`section/content/workspace/document/edit/${DOC}/ar/view/content`);
    expect($(el, '.reviews a.document').getAttribute('href')).to.equal(`section/content/workspace/document/edit/${DOC2}/en-GB`);
    el.fieldHref = (key, culture, property) => `?document=${key}&culture=${culture}&field=${property}`;
    await rendered(el);
    expect($(el, '.findings a.field-link').getAttribute('href')).to.equal(`?document=${DOC}&culture=ar&field=heroImage`);
  });

  it('starts a run, shows its progress while it runs, then the results it left, and stops polling', async () => {
    const server = new FakeAuditServer();
    const running = (done: number, name: string) => auditRun({ id: 'run-2', state: 'Running', total: 10000, documents: 12000, done, currentDocumentKey: DOC, currentDocumentName: name });
    server.progress = [running(1234, 'Knee replacement'), running(5000, 'استبدال الركبة'), auditRun({ id: 'run-2', state: 'Completed', total: 10000, done: 10000, finishedAt: '2026-03-02T08:20:00Z' })];
    server.findingsAfterRun = auditFindings().slice(0, 2);
    const el = await render(server, (e) => (e.pollInterval = 60));

    button(el, 'Run audit').click();
    await until(el, () => el.run?.state === 'Queued', 'the queued run');
    expect(server.of('POST runs')).to.have.length(1);
    expect(server.lastQuery('POST runs')).to.deep.equal({ uiCulture: 'en' });
    expect(progressLabel(el)).to.equal('Waiting for the server to start the audit…');
    expect($(el, 'progress').hasAttribute('value')).to.equal(false);
    expect(words($(el, '.announcement'))).to.equal('The audit has started.');
    expect(button(el, 'Run audit').disabled).to.equal(true);
    expect(button(el, 'Cancel audit').disabled).to.equal(false);

    await until(el, () => el.run?.done === 1234, 'the first progress');
    await rendered(el);
    expect(progressLabel(el)).to.equal('Audited 1,234 of 10,000 documents — now: Knee replacement');
    const progress = $<HTMLProgressElement>(el, 'progress');
    expect([progress.value, progress.max]).to.deep.equal([1234, 10000]);
    await expectNoAxeViolations(el);

    await until(el, () => el.run?.done === 5000, 'the second progress');
    expect($(el, '#progress-label bdi').getAttribute('dir')).to.equal('auto');

    await until(el, () => el.run?.state === 'Completed' && !el.busy, 'the end of the run');
    await rendered(el);
    expect($$(el, 'progress')).to.have.length(0);
    expect(words($(el, '.announcement'))).to.equal('The audit has ended: Completed.');
    expect($$(el, '.findings tbody tr[data-document]')).to.have.length(2);
    expect(words($(el, '[data-fact="audited"]'))).to.equal('Documents audited: 10,000 of 10,000');
    expect(server.of('GET summary')).to.have.length(2);
    expect(button(el, 'Run audit').disabled).to.equal(false);

    const reads = server.of('GET runs/latest').length;
    expect(reads).to.equal(3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.of('GET runs/latest')).to.have.length(reads);
  });

  it('shows the progress of the run already active when starting is refused with 409, not an error', async () => {
    const server = new FakeAuditServer();
    const el = await render(server);
    server.run = auditRun({ id: 'run-9', state: 'Running', requestedBy: 'Ana García', total: 40, done: 12, currentDocumentName: 'Asthma' });
    server.progress = [auditRun({ id: 'run-9', state: 'Running', requestedBy: 'Ana García', total: 40, done: 13, currentDocumentName: 'Asthma' })];

    button(el, 'Run audit').click();
    await until(el, () => el.run?.id === 'run-9' && !el.busy, 'the active run');
    expect($$(el, '[role="alert"]')).to.have.length(0);
    expect(words($(el, '.announcement'))).to.equal('An audit requested by Ana García is already running; its progress is shown.');
    expect(progressLabel(el)).to.equal('Audited 12 of 40 documents — now: Asthma');
    await until(el, () => el.run?.done === 13, 'its next progress');
    expect(progressLabel(el)).to.equal('Audited 13 of 40 documents — now: Asthma');
    el.remove();
  });

  it('cancels the active run and shows that it stops after the current document', async () => {
    const server = new FakeAuditServer();
    server.run = auditRun({ state: 'Running', total: 3, done: 1, currentDocumentName: 'Asthma' });
    const el = await render(server, (e) => (e.pollInterval = 80));
    expect(progressLabel(el)).to.equal('Audited 1 of 3 documents — now: Asthma');
    server.progress = [auditRun({ state: 'Running', total: 3, done: 2, cancelRequested: true }), auditRun({ state: 'Cancelled', total: 3, done: 2, cancelRequested: true })];

    button(el, 'Cancel audit').click();
    await until(el, () => el.run?.cancelRequested === true, 'the cancel request');
    expect(server.of('POST runs/cancel')).to.have.length(1);
    expect(words($(el, '.progress .cancelling'))).to.equal('Cancelling: the audit stops after the current document. What it has audited is kept.');
    expect(button(el, 'Cancel audit').disabled).to.equal(true);
    await until(el, () => el.run?.state === 'Cancelled', 'the cancelled run');
    expect(words($(el, '.announcement'))).to.equal('The audit has ended: Cancelled.');
    expect(words($(el, '[data-card="last-run"] uui-tag'))).to.equal('Cancelled');
  });

  it('sends the filters in the findings, reviews and summary queries, from the first page', async () => {
    const server = new FakeAuditServer();
    const el = await render(server);
    expect(server.lastQuery('GET findings')).to.deep.equal({ version: 'Published', skip: '0', take: '50', uiCulture: 'en' });
    expect(server.lastQuery('GET reviews')).to.deep.equal({ version: 'Published' });
    expect($$<HTMLOptionElement>(el, '#filter-culture option').map((o) => [o.value, o.textContent])).to.deep.equal([['', 'All languages'], ['en-GB', 'British English'], ['ar', 'Arabic']]);
    expect($$<HTMLOptionElement>(el, '#filter-content-type option').map((o) => o.textContent)).to.deep.equal(['All document types', 'Treatment overview', 'Condition']);

    await change(el, '#filter-severity', 'Block');
    await change(el, '#filter-culture', 'ar');
    await change(el, '#filter-rule', 'image-alt');
    await change(el, '#filter-content-type', 'carePagesTreatmentOverview');
    await until(el, () => !el.busy, 'the filtered findings');
    expect(server.lastQuery('GET findings')).to.deep.equal({
      rule: 'image-alt',
      severity: 'Block',
      culture: 'ar',
      contentType: 'carePagesTreatmentOverview',
      version: 'Published',
      skip: '0',
      take: '50',
      uiCulture: 'en',
    });
    expect(server.lastQuery('GET reviews')).to.deep.equal({ culture: 'ar', version: 'Published' });
    expect($$(el, '[data-card="blockers"] li').map(words)).to.deep.equal(['Arabic: 2 of 3']);
    expect(words($(el, '[data-count="overdue"]'))).to.equal('0');
    expect(words($(el, '[data-count="due-soon"]'))).to.equal('1');

    const summaries = server.of('GET summary').length;
    await change(el, '#filter-version', 'Draft');
    await until(el, () => !el.busy && server.of('GET summary').length > summaries, 'the draft summary');
    expect(server.lastQuery('GET summary')).to.deep.equal({ version: 'Draft', uiCulture: 'en' });
    expect(server.lastQuery('GET findings')['version']).to.equal('Draft');
    expect(server.lastQuery('GET reviews')).to.deep.equal({ culture: 'ar', version: 'Draft' });
  });

  it('pages through the findings with the filters kept, and goes back to the first page when a filter changes', async () => {
    const server = new FakeAuditServer();
    const el = await render(server, (e) => (e.pageSize = 2));
    expect(words($(el, '.range'))).to.equal('Findings 1–2 of 5');
    expect(words($(el, '.paging .page-of'))).to.equal('Page 1 of 3');
    expect($(el, '.paging').getAttribute('aria-label')).to.equal('Pages of findings');
    expect(button(el, 'Previous page').disabled).to.equal(true);

    await change(el, '#filter-severity', 'Warn');
    await until(el, () => !el.busy, 'the filter');
    button(el, 'Next page').click();
    await until(el, () => !el.busy && el.findings?.skip === 2, 'the second page');
    expect(server.lastQuery('GET findings')).to.deep.equal({ severity: 'Warn', version: 'Published', skip: '2', take: '2', uiCulture: 'en' });
    expect(words($(el, '.range'))).to.equal('Findings 3–4 of 5');
    button(el, 'Next page').click();
    await until(el, () => !el.busy && el.findings?.skip === 4, 'the last page');
    expect(words($(el, '.paging .page-of'))).to.equal('Page 3 of 3');
    expect(button(el, 'Next page').disabled).to.equal(true);
    expect(rowKeys(el, 'findings')).to.deep.equal([`${DOC2}/en-GB`]);
    button(el, 'Previous page').click();
    await until(el, () => !el.busy && el.findings?.skip === 2, 'the page before');

    await change(el, '#filter-culture', 'en-GB');
    await until(el, () => !el.busy, 'the filter');
    expect(server.lastQuery('GET findings')['skip']).to.equal('0');
    expect(words($(el, '.paging .page-of'))).to.equal('Page 1 of 3');
  });

  it('exports the filtered findings as CSV and SARIF and downloads the file', async () => {
    const server = new FakeAuditServer();
    const el = await render(server);
    await change(el, '#filter-severity', 'Warn');
    await until(el, () => !el.busy, 'the filter');

    const settled = () => until(el, () => !el.busy, 'the export');
    expect(await downloads(() => button(el, 'Export CSV').click(), settled)).to.deep.equal(['carepages-audit-published.csv']);
    expect(server.lastQuery('GET findings/export')).to.deep.equal({ format: 'csv', severity: 'Warn', version: 'Published', uiCulture: 'en' });
    expect(words($(el, '.announcement'))).to.equal('Downloaded carepages-audit-published.csv');
    expect(await downloads(() => button(el, 'Export SARIF').click(), settled)).to.deep.equal(['carepages-audit-published.sarif']);
    expect(server.lastQuery('GET findings/export')['format']).to.equal('sarif');
  });

  it('says when the site has never been audited', async () => {
    const server = new FakeAuditServer();
    server.run = null;
    server.findings = [];
    server.reviews = [];
    const el = await render(server);
    expect(words($(el, '[data-empty="run"]'))).to.equal('The site has not been audited yet. Run an audit to see its findings.');
    expect(words($(el, '[data-card="last-run"] p'))).to.equal('No audit yet.');
    expect(words($(el, '.findings .range'))).to.equal('No findings match the filters.');
    expect($$(el, '.findings table')).to.have.length(0);
    expect(words($(el, '.reviews .empty'))).to.equal('No reviews are overdue or due soon.');
    await expectNoAxeViolations(el);
  });

  it('shows a refusal by its ProblemDetails detail as an alert', async () => {
    const server = new FakeAuditServer();
    server.override = (call) =>
      call.route === 'summary'
        ? new Response(JSON.stringify({ title: 'Forbidden', status: 403, detail: 'Only administrators see the site audit.' }), { status: 403, headers: { 'Content-Type': 'application/problem+json' } })
        : undefined;
    const el = await mount<CarePagesSiteAuditElement>(TAG, (e) => (e.api = server.api));
    await until(el, () => !el.busy && el.error !== undefined, 'the refusal');
    expect(words($(el, '[role="alert"]'))).to.equal('Something went wrong Only administrators see the site audit.');
    await expectNoAxeViolations(el);
  });

  it('has no axe violations in English (ltr), with a run in progress', async () => {
    const server = new FakeAuditServer();
    server.run = auditRun({ state: 'Running', total: 3, done: 1, currentDocumentName: 'Knee replacement' });
    server.progress = Array.from({ length: 100 }, () => server.run!);
    const el = await render(server, (e) => (e.pollInterval = 1000));
    expect($$(el, 'progress')).to.have.length(1);
    await expectNoAxeViolations(el);
    el.remove();
  });

  it('renders in Arabic, right to left, with numbers and dates in Arabic, without axe violations', async () => {
    const server = new FakeAuditServer();
    server.run = auditRun({ state: 'Running', total: 10000, done: 1234, currentDocumentName: 'استبدال الركبة' });
    server.progress = Array.from({ length: 100 }, () => server.run!);
    const el = await render(server, (e) => ((e.localize = arabic), (e.pollInterval = 1000)), 'ar', 'rtl');

    expect(words($(el, 'h2'))).to.equal(ar.carePages.auditHeading);
    expect(text(el)).to.contain('تشغيل التدقيق');
    expect(button(el, 'إلغاء التدقيق').disabled).to.equal(false);
    const number = (n: number) => new Intl.NumberFormat(['ar']).format(n);
    expect(progressLabel(el)).to.equal(`المستندات المدققة: ${number(1234)} من ${number(10000)} — الآن: استبدال الركبة`);
    expect(words($(el, '[data-card="blockers"] .figure'))).to.equal(number(3));
    expect($$(el, '#filter-culture option').map(words)).to.deep.equal(['جميع اللغات', new Intl.DisplayNames(['ar'], { type: 'language' }).of('en-GB'), 'العربية']);
    expect(words($(el, '.findings tbody uui-tag[data-severity="Block"]'))).to.equal('مانعة');
    expect(getComputedStyle($(el, '.cards')).direction).to.equal('rtl');
    expect(getComputedStyle($(el, '.findings table')).direction).to.equal('rtl');
    expect($(el, '.findings a.document').getAttribute('lang')).to.equal('ar');
    expect(server.lastQuery('GET findings')['uiCulture']).to.equal('ar');
    await expectNoAxeViolations(el);
    el.remove();
  });

  it('fits a phone 390 px wide: the rows become cards with their column names, nothing scrolls sideways', async () => {
    const server = new FakeAuditServer();
    const el = await render(server);
    const main = el.parentElement!;
    main.style.width = '390px';
    await rendered(el);
    await new Promise((resolve) => requestAnimationFrame(resolve));

    expect(el.scrollWidth).to.be.at.most(390);
    for (const wide of $$(el, 'table, .cards, .filters, .toolbar')) {
      expect(wide.scrollWidth, wide.className || wide.tagName).to.be.at.most(wide.clientWidth + 1);
    }
    const label = $(el, '.findings tbody .cell-label');
    expect(getComputedStyle(label).display).to.equal('block');
    expect(label.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle($(el, '.findings thead tr')).position).to.equal('absolute');
    await expectNoAxeViolations(el);

    main.style.width = '';
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(getComputedStyle($(el, '.findings tbody .cell-label')).display).to.equal('none');
  });
});
