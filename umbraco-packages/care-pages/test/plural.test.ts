import { expect } from '@esm-bundle/chai';
import type { ContentCulture, CarePagesContext } from '../src/api/types.js';
import ar from '../src/localization/ar.js';
import en from '../src/localization/en.js';
import { createLocalize } from '../src/localization/localize.js';
import { localizePlural } from '../src/localization/plural.js';
import { targetCultures, withCultureNamesIn } from '../src/shared/context-cultures.js';

describe('plurals and language names in the interface language', () => {
  it('writes one warning in the singular and two in the plural in English', () => {
    const localize = createLocalize(en);
    expect(localizePlural(localize, 'warningCount', 1, 'en')).to.equal('1 warning');
    expect(localizePlural(localize, 'warningCount', 2, 'en')).to.equal('2 warnings');
  });

  it('uses the Arabic dual, few and many forms', () => {
    const localize = createLocalize(ar);
    expect(localizePlural(localize, 'warningCount', 2, 'ar')).to.equal('تحذيران');
    expect(localizePlural(localize, 'warningCount', 3, 'ar')).to.equal('3 تحذيرات');
    expect(localizePlural(localize, 'warningCount', 11, 'ar')).to.equal('11 تحذيرًا');
  });

  const context = (userCultures: string[]): CarePagesContext =>
    ({
      sourceCulture: 'en-GB',
      cultures: [
        { isoCode: 'en-GB', name: 'English (United Kingdom)' },
        { isoCode: 'es-ES', name: 'Spanish (Spain)' },
        { isoCode: 'ar', name: 'Arabic' },
        { isoCode: 'fr-FR', name: 'French (France)' },
      ] as ContentCulture[],
      user: { cultures: userCultures },
    }) as unknown as CarePagesContext;

  it("puts the translator's own languages first", () => {
    expect(targetCultures(context(['fr-FR'])).map((c) => c.isoCode)).to.deep.equal(['fr-FR', 'es-ES', 'ar']);
  });

  it('names Spanish (Spain) in Arabic for an Arabic interface', () => {
    const spanish = withCultureNamesIn(context([]), 'ar').cultures.find((c) => c.isoCode === 'es-ES')!;
    expect(spanish.name).to.not.equal('Spanish (Spain)');
    expect(spanish.name).to.match(/[\u0600-\u06FF]/);
  });
});
