import { expect } from '@esm-bundle/chai';
import '../src/components/translation-matrix.element.js';
import type { CarePagesTranslationMatrixElement } from '../src/components/translation-matrix.element.js';
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
});
