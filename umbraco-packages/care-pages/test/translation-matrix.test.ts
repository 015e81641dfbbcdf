import { expect } from '@esm-bundle/chai';
import '../src/components/translation-matrix.element.js';
import type { CarePagesTranslationMatrixElement } from '../src/components/translation-matrix.element.js';
import type { MatrixRow } from '../src/api/types.js';
import ar from '../src/localization/ar.js';
import { formatNumber } from '../src/shared/format.js';
import { $, $$, arabic, button, change, countEvents, expectNoAxeViolations, mount, nextEvent, rendered, text } from './helpers.js';
import { ana, apertium, cultures, DOC, DOC2, lucia, matrix, prefillReport } from './fixtures.js';

const TAG = 'care-pages-translation-matrix';

const render = (setup: (e: CarePagesTranslationMatrixElement) => void = () => {}, lang = 'en', dir: 'ltr' | 'rtl' = 'ltr') =>
  mount<CarePagesTranslationMatrixElement>(
    TAG,
    (e) => {
      e.rows = matrix();
      e.cultures = cultures;
      setup(e);
    },
    lang,
    dir,
  );

const rowNames = (el: Element) => $$(el, 'tbody th[scope="row"]').map((th) => th.textContent);
const words = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** `count` documents, "Ward leaflet 001", "Clinic leaflet 002" … (odd and even), each with an outdated Spanish field. */
const manyRows = (count: number): MatrixRow[] =>
  Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const c = { Untranslated: 0, InTranslation: 0, Translated: 0, InReview: 0, Approved: 3, Outdated: 1 };
    return {
      documentKey: `doc-${n}`,
      name: `${n % 2 === 1 ? 'Ward' : 'Clinic'} leaflet ${String(n).padStart(3, '0')}`,
      contentTypeAlias: 'carePagesCondition',
      cultures: { 'es-ES': c, ar: { ...c, Outdated: 0 }, 'fr-FR': { ...c, Outdated: 0 } },
    };
  });

/** Clicks a pager button and waits for the page to render. */
const page = async (el: CarePagesTranslationMatrixElement, label: string) => {
  button(el, label).click();
  await rendered(el);
};

describe(TAG, () => {
  it('renders a table of documents × cultures with counts as text', async () => {
    const el = await render();
    expect($$(el, 'thead th[scope="col"]').map((th) => th.textContent)).to.deep.equal(['Document', 'Spanish (Spain)', 'Arabic', 'French (France)']);
    expect(rowNames(el)).to.deep.equal(['Knee replacement', 'Asthma']);
    const cells = $$(el, `tr[data-document="${DOC}"] td ul`).map((ul) => [...ul.querySelectorAll('li')].map((li) => li.textContent?.trim()).join(', '));
    expect(cells).to.deep.equal(['5 Approved, 1 Outdated', '6 Untranslated', '6 In review']);
  });

  it('narrows the rows and columns with the filters', async () => {
    const el = await render();
    await change(el, '#filter-status', 'Outdated');
    expect(rowNames(el)).to.deep.equal(['Knee replacement']);
    await change(el, '#filter-status', 'Untranslated');
    await change(el, '#filter-culture', 'fr-FR');
    expect(rowNames(el)).to.deep.equal(['Asthma']);
    expect($$(el, 'thead th[scope="col"]').map((th) => th.textContent)).to.deep.equal(['Document', 'French (France)']);
    await change(el, '#filter-status', '');
    await change(el, '#filter-name', 'knee');
    expect(rowNames(el)).to.deep.equal(['Knee replacement']);
    await change(el, '#filter-name', 'nothing like it');
    expect($(el, 'td.empty').textContent).to.equal('No documents match the filters.');
  });

  it('exports the selected documents in the chosen culture (only the user’s) and format', async () => {
    const el = await render((e) => (e.user = ana));
    expect($$<HTMLOptionElement>(el, '#bulk-culture option').map((o) => o.value)).to.deep.equal(['es-ES']);
    expect(button(el, 'Export selected').disabled).to.equal(true);
    expect(await countEvents('care-pages-export', () => button(el, 'Export selected').click())).to.equal(0);
    $<HTMLInputElement>(el, 'input[aria-label="Select “Asthma”"]').click();
    await change(el, '#bulk-format', 'Xliff21');
    expect($(el, '.count').textContent).to.equal('1 selected');
    const exported = await nextEvent('care-pages-export', () => button(el, 'Export selected').click());
    expect(exported.detail).to.deep.equal({ documentKeys: [DOC2], targetCulture: 'es-ES', format: 'Xliff21', copySourceToTarget: false });
    $<HTMLInputElement>(el, '#select-all').click();
    await el.updateComplete;
    const all = await nextEvent<{ documentKeys: string[] }>('care-pages-export', () => button(el, 'Export selected').click());
    expect(all.detail.documentKeys).to.deep.equal([DOC, DOC2]);
  });

  it('shows errors as an alert', async () => {
    const el = await render((e) => (e.error = 'Name the cultures'));
    expect($(el, '[role="alert"]').textContent).to.contain('Name the cultures');
  });

  it('has no axe violations in English (ltr)', async () => {
    const el = await render((e) => (e.user = ana));
    await expectNoAxeViolations(el);
  });

  it('has no axe violations in Arabic (rtl)', async () => {
    const el = await render((e) => (e.localize = arabic), 'ar', 'rtl');
    expect(text(el)).to.contain('حالة الترجمة');
    await expectNoAxeViolations(el);
  });

  it('pre-fills the selected documents in the chosen culture after a confirmation, beside the export', async () => {
    const el = await render((e) => ((e.user = ana), (e.machineEngine = apertium())));
    const prefill = button(el, 'Pre-fill selected with machine translation');
    expect(prefill.closest('.bulk')).to.not.equal(null);
    expect(prefill.disabled).to.equal(true);
    expect(await countEvents('care-pages-prefill', () => prefill.click())).to.equal(0);

    $<HTMLInputElement>(el, 'input[aria-label="Select “Asthma”"]').click();
    await el.updateComplete;
    expect(prefill.disabled).to.equal(false);
    expect(await countEvents('care-pages-prefill', () => prefill.click())).to.equal(0);
    await el.updateComplete;
    expect($(el, '.bulk .prefill-confirm').textContent?.replace(/\s+/g, ' ')).to.contain('Fields in Spanish (Spain) that are untranslated, outdated or still a machine draft');
    await expectNoAxeViolations(el);
    const sent = await nextEvent<{ documentKeys: string[]; targetCulture: string }>('care-pages-prefill', () => button(el, 'Pre-fill').click());
    expect(sent.detail).to.deep.equal({ documentKeys: [DOC2], targetCulture: 'es-ES' });
  });

  it('explains that the engine does not translate into the chosen culture, and disables pre-fill without an engine', async () => {
    const el = await render((e) => ((e.user = lucia), (e.machineEngine = apertium())));
    await change(el, '#bulk-culture', 'ar');
    expect($$(el, 'uui-button[label="Pre-fill selected with machine translation"]')).to.have.length(0);
    expect($(el, '.bulk .hint.prefill').textContent?.replace(/\s+/g, ' ').trim()).to.equal('Machine translation (Apertium) does not translate into Arabic.');
    el.machineEngine = apertium('NotConfigured');
    await rendered(el);
    expect(button(el, 'Pre-fill selected with machine translation').disabled).to.equal(true);
    expect($(el, '.bulk .prefill .hint').textContent?.trim()).to.equal('Machine translation is not set up on this site. An administrator can configure an engine.');
    await expectNoAxeViolations(el);
  });

  it('shows the pre-fill report with the documents’ names, in English and in Arabic (rtl), without axe violations', async () => {
    const report = prefillReport();
    report.documents = [{ ...report.documents[0]!, documentName: null }];
    const el = await render((e) => ((e.user = ana), (e.machineEngine = apertium()), (e.prefillReport = report)));
    expect($(el, `.import-report [data-document="${DOC}"] h4`).textContent).to.contain('Knee replacement: Saved as a draft');
    await expectNoAxeViolations(el);
    const rtl = await render((e) => ((e.localize = arabic), (e.user = ana), (e.machineEngine = apertium()), (e.prefillReport = report)), 'ar', 'rtl');
    expect(button(rtl, 'التعبئة المسبقة للمحدد بالترجمة الآلية').disabled).to.equal(true);
    expect($(rtl, '.import-report h3').textContent).to.equal('تقرير الترجمة الآلية');
    expect(getComputedStyle($(rtl, '.import-report .summary')).direction).to.equal('rtl');
    await expectNoAxeViolations(rtl);
  });

  describe('with more rows than fit on a page', () => {
    const paged = (count = 250, setup: (e: CarePagesTranslationMatrixElement) => void = () => {}, lang = 'en', dir: 'ltr' | 'rtl' = 'ltr') =>
      render(
        (e) => {
          e.rows = manyRows(count);
          e.user = ana;
          setup(e);
        },
        lang,
        dir,
      );

    it('shows 100 rows a page by default, with the range and a pager', async () => {
      const el = await paged();
      expect(el.pageSize).to.equal(100);
      expect(el.shownRows).to.have.length(250);
      expect(rowNames(el)).to.have.length(100);
      expect(rowNames(el)[0]).to.equal('Ward leaflet 001');
      expect(words($(el, '.range'))).to.equal('Documents 1–100 of 250');
      expect($(el, '.range').getAttribute('aria-live')).to.equal('polite');
      expect($(el, '.paging').getAttribute('aria-label')).to.equal('Pages of documents');
      expect(words($(el, '.paging .page-of'))).to.equal('Page 1 of 3');
      expect(button(el, 'Previous page').disabled).to.equal(true);

      await page(el, 'Next page');
      expect(rowNames(el)).to.have.length(100);
      expect([rowNames(el)[0], rowNames(el)[99]]).to.deep.equal(['Ward leaflet 101', 'Clinic leaflet 200']);
      expect(words($(el, '.range'))).to.equal('Documents 101–200 of 250');
      expect(words($(el, '.paging .page-of'))).to.equal('Page 2 of 3');
      expect(button(el, 'Previous page').disabled).to.equal(false);

      await page(el, 'Next page');
      expect(rowNames(el)).to.have.length(50);
      expect(rowNames(el)[49]).to.equal('Clinic leaflet 250');
      expect(words($(el, '.range'))).to.equal('Documents 201–250 of 250');
      expect(words($(el, '.paging .page-of'))).to.equal('Page 3 of 3');
      expect(button(el, 'Next page').disabled).to.equal(true);

      await page(el, 'Previous page');
      expect(words($(el, '.range'))).to.equal('Documents 101–200 of 250');
    });

    it('keeps keyboard focus in the pager when the last page disables Next, and scrolls the table in a focusable region', async () => {
      const el = await paged();
      await page(el, 'Next page');
      const next = button(el, 'Next page');
      next.focus();
      next.click();
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));

      expect(next.disabled).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(button(el, 'Previous page'));
      const region = $(el, '.table-scroll');
      expect([region.getAttribute('role'), region.getAttribute('tabindex')]).to.deep.equal(['region', '0']);
      expect(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)?.tagName).to.equal('CAPTION');
    });

    it('goes back to the first page when a filter changes, with the counts of the rows that pass it', async () => {
      const el = await paged();
      await page(el, 'Next page');
      await change(el, '#filter-name', 'clinic');
      expect(words($(el, '.range'))).to.equal('Documents 1–100 of 125');
      expect(words($(el, '.paging .page-of'))).to.equal('Page 1 of 2');
      expect(rowNames(el)[0]).to.equal('Clinic leaflet 002');
      expect(rowNames(el).every((name) => name?.startsWith('Clinic'))).to.equal(true);

      await page(el, 'Next page');
      expect(words($(el, '.range'))).to.equal('Documents 101–125 of 125');
      await change(el, '#filter-status', 'Outdated');
      expect(words($(el, '.range'))).to.equal('Documents 1–100 of 125');
      await change(el, '#filter-culture', 'ar');
      expect(words($(el, '.range'))).to.equal('No documents match the filters.');
      expect($$(el, '.paging')).to.have.length(0);
      expect($(el, 'td.empty').textContent).to.equal('No documents match the filters.');

      await change(el, '#filter-culture', '');
      await change(el, '#filter-name', 'leaflet 00');
      expect(words($(el, '.range'))).to.equal('Documents 1–9 of 9');
      expect($$(el, '.paging')).to.have.length(0);
    });

    it('stays on the last page there is when fewer rows arrive, and follows the page size', async () => {
      const el = await paged();
      await page(el, 'Next page');
      await page(el, 'Next page');
      el.rows = manyRows(120);
      await rendered(el);
      expect(words($(el, '.range'))).to.equal('Documents 101–120 of 120');
      expect(words($(el, '.paging .page-of'))).to.equal('Page 2 of 2');
      el.rows = manyRows(40);
      await rendered(el);
      expect(words($(el, '.range'))).to.equal('Documents 1–40 of 40');
      expect(rowNames(el)).to.have.length(40);

      el.pageSize = 15;
      await rendered(el);
      expect(words($(el, '.paging .page-of'))).to.equal('Page 1 of 3');
      expect(rowNames(el)).to.have.length(15);
    });

    it('selects every row that passes the filters, on every page, and exports them all', async () => {
      const el = await paged();
      const all = $<HTMLInputElement>(el, '#select-all');
      expect(all.getAttribute('aria-label')).to.equal('Select all 250 documents that match the filters');
      await change(el, '#filter-name', 'clinic');
      expect(all.getAttribute('aria-label')).to.equal('Select all 125 documents that match the filters');
      all.click();
      await rendered(el);
      expect($(el, '.count').textContent).to.equal('125 selected');
      expect(all.checked).to.equal(true);
      await page(el, 'Next page');
      expect($$<HTMLInputElement>(el, 'tbody input[type="checkbox"]').every((c) => c.checked)).to.equal(true);
      const exported = await nextEvent<{ documentKeys: string[] }>('care-pages-export', () => button(el, 'Export selected').click());
      expect(exported.detail.documentKeys).to.have.length(125);
      expect(exported.detail.documentKeys.slice(0, 2)).to.deep.equal(['doc-2', 'doc-4']);
      expect(exported.detail.documentKeys.at(-1)).to.equal('doc-250');

      // One row less: the header box shows that some, not all, are selected; clicking it selects them all again.
      $<HTMLInputElement>(el, 'input[aria-label="Select “Clinic leaflet 250”"]').click();
      await rendered(el);
      expect($(el, '.count').textContent).to.equal('124 selected');
      expect([all.checked, all.indeterminate]).to.deep.equal([false, true]);
      all.click();
      await rendered(el);
      expect($(el, '.count').textContent).to.equal('125 selected');

      // Deselecting all deselects the rows that pass the filters; a row selected under another filter stays selected.
      await change(el, '#filter-name', '');
      $<HTMLInputElement>(el, 'input[aria-label="Select “Ward leaflet 001”"]').click();
      await change(el, '#filter-name', 'clinic');
      all.click();
      await rendered(el);
      expect($(el, '.count').textContent).to.equal('0 selected');
      await change(el, '#filter-name', '');
      expect($(el, '.count').textContent).to.equal('1 selected');

      await change(el, '#filter-name', 'leaflet 002');
      expect(all.getAttribute('aria-label')).to.equal('Select the 1 document that matches the filters');
      await change(el, '#filter-name', 'nothing like it');
      expect(all.disabled).to.equal(true);
    });

    it('has no axe violations with the pager shown, in English (ltr) and in Arabic (rtl) with Arabic numbers', async () => {
      const el = await paged();
      await page(el, 'Next page');
      await expectNoAxeViolations(el);

      const rtl = await paged(1250, (e) => ((e.localize = arabic), (e.uiCulture = 'ar')), 'ar', 'rtl');
      const n = (value: number) => formatNumber(value, 'ar');
      expect(words($(rtl, '.range'))).to.equal(`المستندات ${n(1)}–${n(100)} من ${n(1250)}`);
      expect(words($(rtl, '.paging .page-of'))).to.equal(`الصفحة ${n(1)} من ${n(13)}`);
      expect($(rtl, '.paging').getAttribute('aria-label')).to.equal(ar.carePages.matrixPaging);
      expect($(rtl, '#select-all').getAttribute('aria-label')).to.equal(`تحديد جميع المستندات المطابقة لعوامل التصفية، وعددها ${n(1250)}`);
      await page(rtl, ar.carePages.nextPage);
      expect(words($(rtl, '.range'))).to.equal(`المستندات ${n(101)}–${n(200)} من ${n(1250)}`);
      await expectNoAxeViolations(rtl);
    });
  });
});
