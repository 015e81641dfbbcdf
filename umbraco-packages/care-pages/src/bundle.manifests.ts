import { manifests as backoffice } from './backoffice/manifests.js';
import { manifests as localization } from './localization/manifests.js';

/** The bundle's entry (umbraco-package.json → CarePages.Bundle): every CarePages extension. */
export const manifests: Array<UmbExtensionManifest> = [...localization, ...backoffice];
