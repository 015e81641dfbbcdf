import { expect } from '@esm-bundle/chai';
import '../src/components/export-dialog.element.js';
import type { CarePagesExportDialogElement } from '../src/components/export-dialog.element.js';
import { $, $$, arabic, button, change, expectNoAxeViolations, mount, nextEvent, text } from './helpers.js';
import { cultures, DOC } from './fixtures.js';

const TAG = 'care-pages-export-dialog';

const render = (setup: (e: CarePagesExportDialogElement) => void = () => {}, lang = 'en', dir: 'ltr' | 'rtl' = 'ltr') =>
  mount<CarePagesExportDialogElement>(
    TAG,
    (e) => {
      e.documentName = 'Knee replacement';
      e.documentKeys = [DOC];
      e.cultures = cultures.slice(0, 2);
      setup(e);
    },
    lang,
    dir,
  );

describe(TAG, () => {
  it('offers only the given cultures and exports with the chosen options', async () => {
    const el = await render();
    expect($(el, 'h2').textContent).to.equal('Export “Knee replacement” for translation');
    expect($$<HTMLOptionElement>(el, '#culture option').map((o) => o.value)).to.deep.equal(['es-ES', 'ar']);
    await change(el, '#culture', 'ar');
    await change(el, '#dialog-format', 'Xliff22');
    const exported = await nextEvent('care-pages-export', () => button(el, 'Export').click());
    expect(exported.detail).to.deep.equal({ documentKeys: [DOC], targetCulture: 'ar', format: 'Xliff22', copySourceToTarget: false });
  });

  it('cancels', async () => {
    const el = await render();
    const cancelled = await nextEvent('care-pages-cancel', () => button(el, 'Cancel').click());
    expect(cancelled.type).to.equal('care-pages-cancel');
  });

  it('says so when the user has no cultures, and cannot export', async () => {
    const el = await render((e) => (e.cultures = []));
    expect(text(el)).to.contain('You have no languages to translate into.');
    expect(button(el, 'Export').disabled).to.equal(true);
  });

  it('has no axe violations in English (ltr) and Arabic (rtl)', async () => {
    await expectNoAxeViolations(await render());
    const el = await render((e) => (e.localize = arabic), 'ar', 'rtl');
    expect(text(el)).to.contain('تصدير «Knee replacement» للترجمة');
    await expectNoAxeViolations(el);
  });
});
