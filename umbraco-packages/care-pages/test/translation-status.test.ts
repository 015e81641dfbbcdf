import { expect } from '@esm-bundle/chai';
import '../src/components/translation-status.element.js';
import type { CarePagesTranslationStatusElement } from '../src/components/translation-status.element.js';
import { CarePagesApi } from '../src/api/care-pages-api.js';
import type { TranslationImportReport } from '../src/api/types.js';
import { runBusy } from '../src/shared/run-busy.js';
import { $, $$, arabic, button, change, countEvents, expectNoAxeViolations, mount, nextEvent, rendered, text } from './helpers.js';
import { ana, apertium, DOC, DOC2, importReport, lateFileReport, lucia, machineDraft, prefillReport, refusedReport, replayReport, translation, warningsReport } from './fixtures.js';

const TAG = 'care-pages-translation-status';

const render = (user = ana, setup: (e: CarePagesTranslationStatusElement) => void = () => {}) =>
  mount<CarePagesTranslationStatusElement>(TAG, (e) => {
    e.status = translation();
    e.user = user;
    e.cultureNames = { 'es-ES': 'Spanish (Spain)', ar: 'Arabic' };
    setup(e);
  });

/** The element with the Arabic interface, right to left. */
const renderArabic = (user = ana, setup: (e: CarePagesTranslationStatusElement) => void = () => {}) =>
  mount<CarePagesTranslationStatusElement>(
    TAG,
    (e) => {
      e.status = translation();
      e.user = user;
      e.localize = arabic;
      e.uiCulture = 'ar';
      setup(e);
    },
    'ar',
    'rtl',
  );

/** Chooses a file in the import field and clicks Import, as a translator would. */
const importChosenFile = async (el: CarePagesTranslationStatusElement, name: string) => {
  const input = $<HTMLInputElement>(el, '#import-file');
  const transfer = new DataTransfer();
  transfer.items.add(new File(['<xliff/>'], name, { type: 'application/xliff+xml' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
  return nextEvent<{ file: File; replaceNewer?: boolean }>('care-pages-import', () => button(el, el.localize('import')).click());
};

/** Imports a file and shows the host's answer: `report`. */
const importAndReport = async (el: CarePagesTranslationStatusElement, report: TranslationImportReport) => {
  const imported = await importChosenFile(el, 'knee.es-ES.xlf');
  el.importReport = report;
  await rendered(el);
  return imported;
};

describe(TAG, () => {
  it('shows each field status as text per given culture only', async () => {
    const el = await render(ana, (e) => (e.cultures = ['es-ES']));
    expect($$(el, 'section.culture').map((s) => s.dataset['culture'])).to.deep.equal(['es-ES']);
    const tags = $$(el, 'tr[data-path] uui-tag').map((t) => t.textContent?.trim());
    expect(tags).to.deep.equal(['Translated', 'In review', 'In review', 'Outdated', 'Machine draft']);
  });

  it('shows the word diff of an outdated field with del/ins and spoken removed/added', async () => {
    const el = await render();
    const diff = $(el, 'tr[data-path="recovery"] .diff-text');
    expect([...diff.querySelectorAll('del')].map((d) => d.textContent)).to.deep.equal(['[removed: two days.]']);
    expect([...diff.querySelectorAll('ins')].map((d) => d.textContent)).to.deep.equal(['[added: with help ]', '[added: one day.]']);
    expect(diff.textContent?.replace(/\s+/g, ' ')).to.contain('Most people walk');
  });

  it('shows a rich-text source change as paragraphs in the source language, marking only the added paragraph', async () => {
    const status = translation();
    status.cultures['es-ES']![3] = {
      ...status.cultures['es-ES']![3]!,
      sourceChange: { oldSourceText: 'Spray it into your nose.', newSourceText: 'Spray it into your nose.\n\nTell the nurse if you have a cold.', newFingerprint: { value: 'def' } },
    };
    const el = await render(ana, (e) => (e.status = status));
    const diff = $(el, 'tr[data-path="recovery"] .diff-text');
    expect(diff.getAttribute('lang')).to.equal('en-GB');
    expect(diff.getAttribute('dir')).to.equal('auto');
    expect($$(el, 'tr[data-path="recovery"] .diff-text del')).to.have.length(0);
    expect(getComputedStyle(diff).whiteSpace).to.equal('pre-line');
  });

  it('shows a culture the user may not work on as read-only, without actions', async () => {
    const el = await render();
    const arabicSection = $(el, 'section[data-culture="ar"]');
    expect(arabicSection.querySelector('.read-only')?.textContent).to.contain('You can read Arabic but not work on it.');
    expect(arabicSection.querySelector('uui-button')).to.equal(null);
    expect($(el, 'section[data-culture="es-ES"]').querySelector('.read-only')).to.equal(null);
  });

  it('hides approval from translators and submits translated fields and checked machine drafts for review', async () => {
    const el = await render(ana);
    expect($$(el, 'uui-button[label^="Approve"]')).to.have.length(0);
    const review = await nextEvent<{ culture: string; step: string; fields: string[] }>('care-pages-review', () =>
      ($(el, 'section[data-culture="es-ES"]').querySelector('uui-button[label="Submit for review"]') as HTMLElement).click(),
    );
    expect(review.detail).to.deep.equal({ culture: 'es-ES', step: 'submit', fields: ['title', 'preparation'] });
  });

  it('lets a reviewer approve others’ translations but not their own', async () => {
    const el = await render(lucia);
    const others = button(el, 'Approve “Summary”');
    const own = button(el, 'Approve “How it works”');
    expect(own.disabled).to.equal(true);
    expect($(el, 'tr[data-path="howItWorks"] .own').textContent).to.contain('You translated this field');
    expect(await countEvents('care-pages-review', () => own.click())).to.equal(0);
    const review = await nextEvent<{ culture: string; step: string; fields: string[] }>('care-pages-review', () => others.click());
    expect(review.detail).to.deep.equal({ culture: 'es-ES', step: 'approve', fields: ['summary'] });
  });

  it('exports with the chosen format and copy-source, and imports the chosen file', async () => {
    const el = await render(ana);
    await change(el, '#export-format', 'Markdown');
    const copy = $<HTMLInputElement>(el, '#export-copy');
    copy.click();
    await el.updateComplete;
    const exported = await nextEvent('care-pages-export', () => button(el, 'Export').click());
    expect(exported.detail).to.deep.equal({ documentKeys: [DOC], targetCulture: 'es-ES', format: 'Markdown', copySourceToTarget: true });

    expect(button(el, 'Import').disabled).to.equal(true);
    const imported = await importChosenFile(el, 'knee.es-ES.xlf');
    expect(imported.detail.file.name).to.equal('knee.es-ES.xlf');
    expect(imported.detail.replaceNewer).to.equal(undefined);
  });

  it('marks as English only the warnings the server could not write in the reader\'s language', async () => {
    const el = await render(ana);
    await importAndReport(el, warningsReport());
    const items = [...$(el, '.import-report').querySelectorAll('[data-path="summary"] li')];
    expect(items.map((li) => li.getAttribute('lang'))).to.deep.equal([null, 'en']);
  });

  it('shows why a file was refused in the reader\'s language, not marked as English', async () => {
    const el = await render(ana);
    await importAndReport(el, refusedReport());
    const message = $(el, '.import-report > ul li');
    expect(message.textContent).to.equal('Ninguna exportación creó la tarea cp-20260101-000000000000000.');
    expect(message.closest('[lang="en"]')).to.equal(null);
  });

  it('says a file imported before changed nothing, and offers no replacement', async () => {
    const el = await render(ana);
    await importAndReport(el, replayReport());
    const report = $(el, '.import-report[role="status"]');
    expect(report.querySelector('.summary')?.textContent).to.equal('This file was imported before: the drafts already hold its translations. Nothing was changed.');
    expect([...report.querySelectorAll('[data-path]')].map((f) => f.textContent?.replace(/\s+/g, ' ').trim())).to.deep.equal(['title: Already imported', 'summary: Already imported']);
    expect(report.querySelector('uui-button')).to.equal(null);
  });

  it('shows a newer translation kept beside the file’s, who made it and when, and replaces it only when asked', async () => {
    const el = await render(ana, (e) => (e.uiCulture = 'en-GB'));
    const first = await importAndReport(el, lateFileReport());

    const report = $(el, '.import-report');
    expect(report.querySelector('.summary')?.textContent).to.contain('Some fields were translated again after this file was exported. The newer translations were kept and nothing was saved.');
    const field = report.querySelector<HTMLElement>('[data-path="summary"]')!;
    expect(field.textContent?.replace(/\s+/g, ' ')).to.contain('summary: Newer translation kept');
    expect([...field.querySelectorAll('.by bdi')].map((b) => b.textContent)).to.deep.equal(['لوسيا', new Date('2026-03-02T09:30:00Z').toLocaleString('en-GB')]);
    expect(field.querySelector('.by')?.textContent).to.match(/^Translated again by لوسيا on .*2026.*, after this file was exported\.$/);
    const kept = field.querySelector('.kept dd')!;
    const inFile = field.querySelector('.in-file dd')!;
    expect([kept, inFile].map((d) => d.getAttribute('lang'))).to.deep.equal(['es-ES', 'es-ES']);
    expect(kept.textContent?.replace(/\s+/g, ' ')).to.contain('La mayoría camina [added: con ayuda ]en [added: un día.]');
    expect([...kept.querySelectorAll('ins')].map((i) => i.textContent)).to.deep.equal(['[added: con ayuda ]', '[added: un día.]']);
    expect([...inFile.querySelectorAll('del')].map((d) => d.textContent)).to.deep.equal(['[removed: dos días.]']);
    expect(field.textContent).not.to.contain('UTC');

    const replace = button(el, 'Replace the newer translations with this file');
    // On a phone the report is long: the choice comes right after the summary, before the field list.
    expect(report.querySelector('.summary + .toolbar uui-button')).to.equal(replace);
    const reason = report.querySelector('.document > p')!;
    expect([reason.getAttribute('lang'), reason.getAttribute('dir')]).to.deep.equal(['en', 'auto']);
    const again = await nextEvent<{ file: File; replaceNewer?: boolean }>('care-pages-import', () => replace.click());
    expect(again.detail.file).to.equal(first.detail.file);
    expect(again.detail.replaceNewer).to.equal(true);
    el.busy = true;
    await el.updateComplete;
    expect(replace.disabled).to.equal(true);
  });

  it('lists the import report per document and field', async () => {
    const el = await render(ana, (e) => (e.importReport = importReport()));
    const report = $(el, '.import-report');
    expect(report.querySelector('.summary')?.textContent).to.equal('Some documents were saved as drafts; the others were left unchanged.');
    expect(report.querySelector(`[data-document="${DOC}"] h4`)?.textContent).to.contain('Knee replacement: Saved as a draft');
    expect(report.querySelector(`[data-document="${DOC2}"]`)?.textContent).to.contain('The document changed since the export.');
    expect(report.querySelector(`[data-document="${DOC}"] [data-path="summary"]`)?.textContent?.replace(/\s+/g, ' ')).to.contain('summary: Imported, needs review');
  });

  it('names documents and fields by their labels, and shows a reason the server localised without marking it English', async () => {
    const report = importReport();
    const document = report.documents[1]!;
    report.documents[1] = {
      ...document,
      documentName: 'رأس الركبة',
      fields: [{ ...document.fields[0]!, path: 'benefits[0e114c2e-0000-4000-8000-000000000000].title', label: 'Benefit 2 › Title', outcome: 'SourceCopied', reason: 'Not imported.', reasonKey: 'source-copied' }],
    };
    const el = await render(ana, (e) => (e.importReport = report));
    const field = $(el, `[data-document="${DOC2}"] li[data-outcome="SourceCopied"]`);
    expect($(el, `[data-document="${DOC2}"] h4`).textContent).to.contain('رأس الركبة');
    expect(field.textContent?.replace(/\s+/g, ' ')).to.contain('Benefit 2 › Title: Not imported: the source text unchanged');
    expect(field.textContent).to.not.contain('benefits[');
    expect(field.querySelector('bdi')?.hasAttribute('lang')).to.equal(false);
  });

  it('names the values Umbraco saved but flagged, with their culture, so the translator knows what blocks publishing', async () => {
    const el = await render(ana, (e) => (e.importReport = importReport()));
    const issues = $(el, `.import-report [data-document="${DOC}"] .validation-issues`);
    expect(issues.textContent).to.contain('values to fix before this language can be published');
    expect(issues.querySelector('[data-property="pageTitle"]')?.textContent?.replace(/\s+/g, ' ')).to.equal('pageTitle (es-ES): Value cannot be empty');
    expect($(el, `.import-report [data-document="${DOC2}"]`).querySelector('.validation-issues')).to.equal(null);
  });

  it('shows errors as an alert', async () => {
    const el = await render(ana, (e) => (e.error = 'Not your language'));
    expect($(el, '[role="alert"]').textContent).to.contain('Not your language');
  });

  it('has no axe violations in English (ltr) for a reviewer with a report', async () => {
    const el = await render(lucia, (e) => (e.importReport = importReport()));
    await expectNoAxeViolations(el);
  });

  it('has no axe violations in English (ltr) with a late file’s diff and the replace button', async () => {
    const el = await render(ana);
    await importAndReport(el, lateFileReport());
    await expectNoAxeViolations(el);
  });

  it('shows a late file’s report in Arabic (rtl) without axe violations', async () => {
    const el = await renderArabic(ana);
    await importAndReport(el, lateFileReport());
    expect($(el, '.import-report .summary').textContent).to.contain('أُعيدت ترجمة بعض الحقول');
    expect($(el, '.import-report [data-path="summary"] .by').textContent).to.contain('أعاد لوسيا ترجمته');
    expect(button(el, 'استبدال الترجمات الأحدث بهذا الملف').disabled).to.equal(false);
    await expectNoAxeViolations(el);
  });

  it('has no axe violations in Arabic (rtl)', async () => {
    const el = await renderArabic(lucia);
    expect(text(el)).to.contain('إرسال للمراجعة');
    await expectNoAxeViolations(el);
  });

  describe('machine translation', () => {
    const PREFILL = 'Pre-fill with machine translation';
    const section = (el: Element, culture: string) => $(el, `section[data-culture="${culture}"]`);
    const prefillButton = (el: Element, culture: string) => section(el, culture).querySelector<HTMLElement & { disabled: boolean }>(`uui-button[label="${PREFILL}"]`);

    it('asks before pre-filling a culture the engine offers, then asks for that document and culture', async () => {
      const el = await render(lucia, (e) => (e.machineEngine = apertium()));
      const spanish = prefillButton(el, 'es-ES')!;
      expect(spanish.disabled).to.equal(false);
      expect(await countEvents('care-pages-prefill', () => spanish.click())).to.equal(0);
      await el.updateComplete;

      const confirm = section(el, 'es-ES').querySelector<HTMLElement>('.prefill-confirm')!;
      expect(confirm.getAttribute('role')).to.equal('group');
      expect(confirm.textContent?.replace(/\s+/g, ' ')).to.contain(
        'Fields in Spanish (Spain) that are untranslated, outdated or still a machine draft get a new draft from Apertium. Translations made by a person are kept. Nothing is published',
      );
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(el.shadowRoot?.activeElement?.getAttribute('label')).to.equal('Pre-fill');
      await expectNoAxeViolations(el);

      // uui-button passes a click on to its listeners a moment later.
      (confirm.querySelector('uui-button[label="Cancel"]') as HTMLElement).click();
      await rendered(el);
      expect(section(el, 'es-ES').querySelector('.prefill-confirm')).to.equal(null);

      expect(el.shadowRoot?.activeElement?.getAttribute('label')).to.equal(PREFILL);
      prefillButton(el, 'es-ES')!.click();
      await rendered(el);
      const prefill = await nextEvent<{ documentKeys: string[]; targetCulture: string }>('care-pages-prefill', () =>
        (section(el, 'es-ES').querySelector('.prefill-confirm uui-button[label="Pre-fill"]') as HTMLElement).click(),
      );
      expect(prefill.detail).to.deep.equal({ documentKeys: [DOC], targetCulture: 'es-ES' });
      await el.updateComplete;
      expect(section(el, 'es-ES').querySelector('.prefill-confirm')).to.equal(null);
    });

    it('explains, instead of a button, that the engine does not translate into a culture', async () => {
      const el = await render(lucia, (e) => (e.machineEngine = apertium()));
      expect(prefillButton(el, 'ar')).to.equal(null);
      expect(section(el, 'ar').querySelector('.hint.prefill')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Machine translation (Apertium) does not translate into Arabic.');
    });

    it('offers no pre-fill while the engine is unknown, nor for cultures the user may only read', async () => {
      const withoutEngine = await render(ana);
      expect(prefillButton(withoutEngine, 'es-ES')).to.equal(null);
      const readOnly = await render(ana, (e) => (e.machineEngine = apertium()));
      expect(section(readOnly, 'ar').querySelector('.prefill, .prefill-confirm')).to.equal(null);
    });

    it('disables pre-fill with the reason when no engine is configured', async () => {
      const el = await render(ana, (e) => (e.machineEngine = apertium('NotConfigured')));
      const prefill = prefillButton(el, 'es-ES')!;
      expect(prefill.disabled).to.equal(true);
      expect(section(el, 'es-ES').querySelector('.prefill .hint')?.textContent?.trim()).to.equal(
        'Machine translation is not set up on this site. An administrator can configure an engine.',
      );
      expect(await countEvents('care-pages-prefill', () => prefill.click())).to.equal(0);
      expect(section(el, 'es-ES').querySelector('.prefill-confirm')).to.equal(null);
      await expectNoAxeViolations(el);
    });

    it('disables pre-fill with the reason when the engine does not answer', async () => {
      const el = await render(ana, (e) => (e.machineEngine = { ...apertium('EngineUnavailable'), engine: 'Apertium' }));
      expect(prefillButton(el, 'es-ES')!.disabled).to.equal(true);
      expect(section(el, 'es-ES').querySelector('.prefill .hint')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
        'The machine translation engine (Apertium) is not answering. Try again later.',
      );
    });

    it('shows the pre-fill report as an import report, with the engine and the machine-draft outcome', async () => {
      const el = await render(ana, (e) => ((e.machineEngine = apertium()), (e.prefillReport = prefillReport())));
      const report = $(el, '.import-report[data-kind="prefill"]');
      expect(report.getAttribute('role')).to.equal('status');
      expect(report.querySelector('h3')?.textContent).to.equal('Machine translation report');
      expect(report.querySelector('.summary')?.textContent).to.equal('Every document was saved with machine drafts. Nothing was published.');
      expect(report.querySelector('.engine')?.textContent?.trim()).to.equal('Engine: Apertium, apertium-apy en-es');
      expect(report.querySelector(`[data-document="${DOC}"] h4`)?.textContent).to.contain('Knee replacement: Saved as a draft');
      expect(report.querySelector('[data-path="preparation"]')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
        'Before the operation: Machine draft saved: a translator checks it, a reviewer approves it',
      );
      expect(report.querySelector('uui-button')).to.equal(null);
      await expectNoAxeViolations(el);
    });

    it('shows a refused pre-fill’s problem detail, as the server wrote it, in the alert', async () => {
      const detail = 'Apertium cannot translate en-GB into ar. It offers: en → es, en → ca.';
      const fetch = (async () =>
        new Response(JSON.stringify({ status: 422, title: 'No engine for this language pair', detail }), {
          status: 422,
          headers: { 'Content-Type': 'application/problem+json' },
        })) as typeof globalThis.fetch;
      const api = new CarePagesApi({ configuration: { base: '' }, fetch });
      const el = await render(lucia, (e) => (e.machineEngine = apertium()));
      // What the backoffice view does with the component's request: run it, and show its failure as the view's error.
      await runBusy(
        (busy, error) => ((el.busy = busy), (el.error = error)),
        () => api.prefillWithMachine({ documentKeys: [DOC], targetCulture: 'ar' }, 'en'),
      );
      await el.updateComplete;
      expect($(el, '[role="alert"]').textContent?.replace(/\s+/g, ' ')).to.equal(`Something went wrong ${detail}`);
      await expectNoAxeViolations(el);
    });

    it('marks a machine draft for the translator and shows the engine’s output beside the post-edited translation', async () => {
      const el = await render(ana, (e) => (e.uiCulture = 'en-GB'));
      const row = $(el, 'tr[data-path="preparation"]');
      expect(row.querySelector('uui-tag')?.textContent?.trim()).to.equal('Machine draft');
      expect(row.querySelector('.machine-hint')?.textContent).to.equal('Check and correct this machine translation, then send it for review.');
      const draft = row.querySelector<HTMLElement>('.machine-draft')!;
      const date = new Date('2026-03-03T08:00:00Z').toLocaleDateString('en-GB', { dateStyle: 'medium' });
      expect(draft.querySelector('.machine-output dt')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(`Machine translation (Apertium, apertium-apy en-es, ${date})`);
      expect([...draft.querySelectorAll('.machine-output dt bdi')].map((b) => b.textContent)).to.deep.equal(['Apertium', 'apertium-apy en-es', date]);
      expect(draft.querySelector('.post-edited dt')?.textContent).to.equal('After post-editing');
      const output = draft.querySelector('.machine-output dd')!;
      const edited = draft.querySelector('.post-edited dd')!;
      expect([output, edited].map((d) => d.getAttribute('lang'))).to.deep.equal(['es-ES', 'es-ES']);
      expect([...output.querySelectorAll('del')].map((d) => d.textContent)).to.deep.equal(['[removed: come ]']);
      expect([...edited.querySelectorAll('ins')].map((d) => d.textContent)).to.deep.equal(['[added: coma ]', '[added: durante las ]']);
      expect(output.querySelector('ins')).to.equal(null);
      expect(draft.querySelector('.not-post-edited')).to.equal(null);
      await expectNoAxeViolations(el);
    });

    it('shows a reviewer the draft a submitted field started from, and says when it was not post-edited', async () => {
      const status = translation();
      status.cultures['es-ES']![1] = { ...status.cultures['es-ES']![1]!, machine: machineDraft(false) };
      const el = await render(lucia, (e) => (e.status = status));
      const row = $(el, 'tr[data-path="summary"]');
      expect(row.querySelector('uui-tag')?.textContent?.trim()).to.equal('In review');
      expect(row.querySelector('.machine-hint')).to.equal(null);
      const draft = row.querySelector<HTMLElement>('.machine-draft')!;
      expect(draft.dataset['postEdited']).to.equal('false');
      expect(draft.querySelectorAll('dt')).to.have.length(1);
      expect(draft.querySelector('.machine-output dd')?.textContent).to.equal('No come nada seis horas antes de la operación.');
      expect(draft.querySelector('.not-post-edited')?.textContent).to.equal('Not post-edited yet');
      expect(draft.querySelectorAll('del, ins')).to.have.length(0);
      await expectNoAxeViolations(el);
    });

    it('shows the pre-fill, the machine draft and its report in Arabic, right to left, without axe violations', async () => {
      const el = await renderArabic(lucia, (e) => ((e.machineEngine = apertium()), (e.prefillReport = prefillReport())));
      const spanish = section(el, 'es-ES');
      const prefill = spanish.querySelector<HTMLElement>('uui-button[label="التعبئة المسبقة بالترجمة الآلية"]')!;
      expect(prefill.textContent).to.equal('التعبئة المسبقة بالترجمة الآلية');
      expect(section(el, 'ar').querySelector('.hint.prefill')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('الترجمة الآلية (Apertium) لا تترجم إلى ar.');

      const draft = $(el, 'tr[data-path="preparation"] .machine-draft');
      const label = draft.querySelector<HTMLElement>('.machine-output dt')!;
      expect(label.textContent).to.match(/^الترجمة الآلية \(/);
      expect(getComputedStyle(label).direction).to.equal('rtl');
      expect(label.querySelector('bdi')?.textContent).to.equal('Apertium');
      expect(draft.querySelector('.post-edited dt')?.textContent).to.equal('بعد التحرير اللاحق');
      // The Spanish texts keep their own direction inside the Arabic page.
      expect(getComputedStyle(draft.querySelector('.machine-output dd')!).direction).to.equal('ltr');
      expect($(el, 'tr[data-path="preparation"] .machine-hint').textContent).to.equal('راجع هذه الترجمة الآلية وصحّحها، ثم أرسلها للمراجعة.');

      const report = $(el, '.import-report[data-kind="prefill"]');
      expect(report.querySelector('h3')?.textContent).to.equal('تقرير الترجمة الآلية');
      expect(report.querySelector('.engine')?.textContent?.trim()).to.equal('المحرك: Apertium, apertium-apy en-es');
      expect(getComputedStyle(report.querySelector('.engine')!).direction).to.equal('rtl');
      await expectNoAxeViolations(el);

      prefill.click();
      await rendered(el);
      expect(spanish.querySelector('.prefill-confirm')?.textContent).to.contain('هل تريد التعبئة المسبقة بالترجمة الآلية؟');
      await expectNoAxeViolations(el);
    });
  });
});
