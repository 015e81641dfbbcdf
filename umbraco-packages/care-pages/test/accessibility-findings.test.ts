import { expect } from '@esm-bundle/chai';
import '../src/components/accessibility-findings.element.js';
import type { CarePagesAccessibilityFindingsElement } from '../src/components/accessibility-findings.element.js';
import { $, $$, arabic, button, change, countEvents, expectNoAxeViolations, mount, nextEvent, text } from './helpers.js';
import { checks } from './fixtures.js';

const TAG = 'care-pages-accessibility-findings';

describe(TAG, () => {
  it('renders the findings of the first culture grouped by severity, with hint, criteria, snippet and field', async () => {
    const el = await mount<CarePagesAccessibilityFindingsElement>(TAG, (e) => (e.response = checks()));
    const sections = $$(el, 'section.severity');
    expect(sections.map((s) => s.dataset['severity'])).to.deep.equal(['Block', 'Warn']);
    const content = text(el);
    expect(content).to.contain('Accessibility of “Knee replacement”');
    expect(content).to.contain('The image has no text alternative.');
    expect(content).to.contain('How to fix: Describe what the image shows.');
    expect(content).to.contain('WCAG success criteria: 2.4.4, 4.1.2');
    expect(content).to.contain('Field: Hero image');
    expect($(el, 'li[data-rule="image-alt"] code').textContent).to.equal('<img src="knee.jpg">');
    expect($$<HTMLOptionElement>(el, '#culture option').map((o) => o.textContent)).to.deep.equal(['British English: 1 blocker, 1 warning', 'Arabic: 0 blockers, 0 warnings']);
  });

  it('shows the empty state for a culture without findings', async () => {
    const el = await mount<CarePagesAccessibilityFindingsElement>(TAG, (e) => (e.response = checks()));
    await change(el, '#culture', 'ar');
    expect($(el, '.empty').textContent).to.contain('No problems found');
    expect($$(el, 'li.finding')).to.have.length(0);
  });

  it('emits care-pages-recheck and care-pages-jump-to-property with the culture and property', async () => {
    const el = await mount<CarePagesAccessibilityFindingsElement>(TAG, (e) => (e.response = checks()));
    const recheck = await nextEvent<{ culture: string }>('care-pages-recheck', () => button(el, 'Check again').click());
    expect(recheck.detail.culture).to.equal('en-GB');
    const jump = await nextEvent<{ culture: string; property: string }>('care-pages-jump-to-property', () => button(el, 'Go to field “How it works”').click());
    expect(jump.detail).to.deep.equal({ culture: 'en-GB', property: 'howItWorks' });
  });

  it('shows busy and error states; no recheck while busy', async () => {
    const el = await mount<CarePagesAccessibilityFindingsElement>(TAG, (e) => {
      e.response = checks();
      e.busy = true;
    });
    expect($(el, '[role="status"]').textContent).to.contain('Checking the latest saved draft…');
    expect(button(el, 'Check again').disabled).to.equal(true);
    expect(await countEvents('care-pages-recheck', () => button(el, 'Check again').click())).to.equal(0);
    el.busy = false;
    el.error = 'The server did not answer.';
    await el.updateComplete;
    expect($(el, '[role="alert"]').textContent).to.contain('The server did not answer.');
    expect($$(el, 'li.finding')).to.have.length(0);
  });

  it('has no axe violations in English (ltr)', async () => {
    const el = await mount<CarePagesAccessibilityFindingsElement>(TAG, (e) => (e.response = checks()));
    await expectNoAxeViolations(el);
  });

  it('has no axe violations in Arabic (rtl), in Arabic words', async () => {
    const el = await mount<CarePagesAccessibilityFindingsElement>(
      TAG,
      (e) => {
        e.response = checks();
        e.localize = arabic;
      },
      'ar',
      'rtl',
    );
    expect(text(el)).to.contain('إعادة الفحص');
    await expectNoAxeViolations(el);
  });
});
