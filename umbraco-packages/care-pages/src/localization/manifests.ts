import type { ManifestLocalization } from '@umbraco-cms/backoffice/localization';

/** The backoffice's localization extensions: one per UI language, loaded on demand. */
export const manifests: Array<ManifestLocalization> = [
  { type: 'localization', alias: 'CarePages.Localization.En', name: 'CarePages English', meta: { culture: 'en' }, js: () => import('./en.js') },
  { type: 'localization', alias: 'CarePages.Localization.Es', name: 'CarePages Spanish', meta: { culture: 'es' }, js: () => import('./es.js') },
  { type: 'localization', alias: 'CarePages.Localization.Fr', name: 'CarePages French', meta: { culture: 'fr' }, js: () => import('./fr.js') },
  { type: 'localization', alias: 'CarePages.Localization.De', name: 'CarePages German', meta: { culture: 'de' }, js: () => import('./de.js') },
  { type: 'localization', alias: 'CarePages.Localization.Ar', name: 'CarePages Arabic', meta: { culture: 'ar', direction: 'rtl' }, js: () => import('./ar.js') },
];
