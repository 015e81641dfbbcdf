import { DOCUMENT_TYPE_ALIASES } from '../api/definitions.generated.js';
import { CARE_PAGES_EXPORT_MODAL_ALIAS } from './export-modal.token.js';

const onCarePagesDocuments = [
  { alias: 'Umb.Condition.WorkspaceAlias', match: 'Umb.Workspace.Document' },
  { alias: 'Umb.Condition.WorkspaceContentTypeAlias', oneOf: [...DOCUMENT_TYPE_ALIASES] },
];

/** Workspace views, dashboards (translations, site audit), entity action and modal. */
export const manifests: Array<UmbExtensionManifest> = [
  {
    type: 'workspaceView',
    alias: 'CarePages.WorkspaceView.Accessibility',
    name: 'CarePages Accessibility workspace view',
    element: () => import('./accessibility-workspace-view.element.js'),
    weight: 90,
    meta: { label: '#carePages_accessibilityTab', pathname: 'care-pages-accessibility', icon: 'icon-eye' },
    conditions: onCarePagesDocuments,
  },
  {
    type: 'workspaceView',
    alias: 'CarePages.WorkspaceView.Translation',
    name: 'CarePages Translation workspace view',
    element: () => import('./translation-workspace-view.element.js'),
    weight: 80,
    meta: { label: '#carePages_translationTab', pathname: 'care-pages-translation', icon: 'icon-globe' },
    conditions: onCarePagesDocuments,
  },
  {
    type: 'dashboard',
    alias: 'CarePages.Dashboard.Translation',
    name: 'CarePages Translation dashboard',
    element: () => import('./translation-dashboard.element.js'),
    weight: 20,
    meta: { label: '#carePages_dashboardTitle', pathname: 'care-pages-translations' },
    conditions: [{ alias: 'Umb.Condition.SectionAlias', match: 'Umb.Section.Content' }],
  },
  {
    type: 'dashboard',
    alias: 'CarePages.Dashboard.SiteAudit',
    name: 'CarePages Site audit dashboard',
    element: () => import('./audit-dashboard.element.js'),
    weight: 19,
    meta: { label: '#carePages_auditDashboardTitle', pathname: 'care-pages-audit' },
    conditions: [{ alias: 'Umb.Condition.SectionAlias', match: 'Umb.Section.Content' }],
  },
  {
    type: 'entityAction',
    kind: 'default',
    alias: 'CarePages.EntityAction.ExportForTranslation',
    name: 'CarePages Export for translation',
    api: () => import('./export-entity-action.js'),
    forEntityTypes: ['document'],
    weight: 150,
    meta: { icon: 'icon-download-alt', label: '#carePages_exportForTranslation' },
  },
  {
    type: 'modal',
    alias: CARE_PAGES_EXPORT_MODAL_ALIAS,
    name: 'CarePages Export for translation dialog',
    element: () => import('./export-modal.element.js'),
  },
];
