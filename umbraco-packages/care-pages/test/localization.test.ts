import { expect } from '@esm-bundle/chai';
import en from '../src/localization/en.js';
import { UI_LANGUAGES } from '../src/localization/dictionaries.js';
import { createLocalize } from '../src/localization/localize.js';
import { manifests } from '../src/localization/manifests.js';

describe('localization', () => {
  const keys = Object.keys(en.carePages).sort();

  for (const { culture, dictionary } of UI_LANGUAGES) {
    it(`${culture} has every English key, no extra keys and no empty strings`, () => {
      expect(Object.keys(dictionary.carePages).sort()).to.deep.equal(keys);
      const empty = Object.entries(dictionary.carePages).filter(([, value]) => value.trim() === '');
      expect(empty).to.deep.equal([]);
    });

    it(`${culture} keeps the placeholders of the English text`, () => {
      const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();
      // A plural form for zero, one or two may name its number in words ("تحذيران", two warnings).
      const different = keys.filter((k) => !/_(zero|one|two)$/.test(k)).filter((k) => placeholders(dictionary.carePages[k as keyof typeof en.carePages]).join() !== placeholders(en.carePages[k as keyof typeof en.carePages]).join());
      expect(different).to.deep.equal([]);
    });
  }

  it('has a localization manifest per language that loads its dictionary', async () => {
    expect(manifests.map((m) => m.meta.culture)).to.deep.equal(UI_LANGUAGES.map((l) => l.culture));
    expect(manifests.find((m) => m.meta.culture === 'ar')?.meta.direction).to.equal('rtl');
    const load = manifests.find((m) => m.meta.culture === 'es')!.js as () => Promise<{ default: typeof en }>;
    expect((await load()).default.carePages.export).to.equal('Exportar');
  });

  it('translates the import replay and late-file strings in every language', () => {
    const replayKeys = ['importStatusAlreadyApplied', 'importStatusNeedsConfirmation', 'outcomeAlreadyApplied', 'outcomeNewerTranslationKept', 'newerTranslationBy', 'newerTranslationKept', 'translationInFile', 'replaceNewer'] as const;
    const untranslated = UI_LANGUAGES.filter((l) => l.culture !== 'en').flatMap(({ culture, dictionary }) =>
      replayKeys.filter((k) => !dictionary.carePages[k] || dictionary.carePages[k] === en.carePages[k]).map((k) => `${culture}.${k}`),
    );
    expect(untranslated).to.deep.equal([]);
  });

  it('translates the site audit strings in every language', () => {
    const auditKeys = ['auditHeading', 'runAudit', 'cancelAudit', 'auditProgress', 'auditQueued', 'auditCancelling', 'pagesWithBlockers', 'reviewsOverdue', 'reviewsDueSoon', 'findingsCaption', 'noFindings', 'exportCsv', 'reviewsListHeading', 'noReviewsDue'] as const;
    const untranslated = UI_LANGUAGES.filter((l) => l.culture !== 'en').flatMap(({ culture, dictionary }) =>
      auditKeys.filter((k) => !dictionary.carePages[k] || dictionary.carePages[k] === en.carePages[k]).map((k) => `${culture}.${k}`),
    );
    expect(untranslated).to.deep.equal([]);
  });

  it('fills placeholders', () => {
    expect(createLocalize(en)('newerTranslationBy', 'Ana', '2 March')).to.equal('Translated again by Ana on 2 March, after this file was exported.');
  });
});
