import { expect } from '@esm-bundle/chai';
import { manifests } from '../src/backoffice/manifests.js';

type Condition = { alias: string; oneOf?: string[] };

describe('backoffice manifests', () => {
  it('shows the accessibility and translation views on every CarePages page type and on no other', () => {
    const views = manifests.filter((m) => m.type === 'workspaceView');

    expect(views.map((v) => v.alias)).to.deep.equal(['CarePages.WorkspaceView.Accessibility', 'CarePages.WorkspaceView.Translation']);
    for (const view of views) {
      const contentTypes = ((view as { conditions?: Condition[] }).conditions ?? []).find((c) => c.alias === 'Umb.Condition.WorkspaceContentTypeAlias');
      expect(contentTypes?.oneOf).to.have.members(['carePagesTreatmentOverview', 'carePagesTreatmentRoute', 'carePagesCondition']);
    }
  });

  it('shows the translation and site audit dashboards in the Content section', () => {
    const dashboards = manifests.filter((m) => m.type === 'dashboard') as Array<{ alias: string; meta: { label: string; pathname: string }; conditions: Array<{ alias: string; match?: string }> }>;

    expect(dashboards.map((d) => [d.alias, d.meta.label, d.meta.pathname])).to.deep.equal([
      ['CarePages.Dashboard.Translation', '#carePages_dashboardTitle', 'care-pages-translations'],
      ['CarePages.Dashboard.SiteAudit', '#carePages_auditDashboardTitle', 'care-pages-audit'],
    ]);
    for (const dashboard of dashboards) {
      expect(dashboard.conditions).to.deep.equal([{ alias: 'Umb.Condition.SectionAlias', match: 'Umb.Section.Content' }]);
    }
  });
});
