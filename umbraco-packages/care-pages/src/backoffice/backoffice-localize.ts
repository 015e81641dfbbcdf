import type { UmbLocalizationController } from '@umbraco-cms/backoffice/localization-api';
import type { LocalizeFn } from '../localization/localize.js';

/** The components' localize function over the backoffice's: keys live under `carePages_` in the localization extensions. */
export const backofficeLocalize =
  (localize: UmbLocalizationController): LocalizeFn =>
  (key, ...args) =>
    localize.term(`carePages_${key}`, ...args);
