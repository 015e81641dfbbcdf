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
});
