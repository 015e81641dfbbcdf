import { customElement, html, state } from '@umbraco-cms/backoffice/external/lit';
import type { DocumentCheckResponse } from '../api/types.js';
import '../components/accessibility-findings.element.js';
import { backofficeLocalize } from './backoffice-localize.js';
import { CarePagesDocumentViewElement } from './care-pages-document-view-element.js';
import { jumpToProperty } from './jump-to-property.js';

/** Workspace view "Accessibility": the checks of the document's latest saved draft, from the workspace's document. */
@customElement('care-pages-accessibility-workspace-view')
export class CarePagesAccessibilityWorkspaceViewElement extends CarePagesDocumentViewElement {
  @state() private response: DocumentCheckResponse | undefined;

  protected override load() {
    const key = this.documentKey;
    return key
      ? this.run(async (api) => {
          this.response = await api.getDocumentChecks(key, [], this.localize.lang());
        })
      : Promise.resolve();
  }

  override render() {
    return html`<uui-box>
      <care-pages-accessibility-findings
        .localize=${backofficeLocalize(this.localize)}
        .response=${this.response}
        .busy=${this.busy}
        .error=${this.error}
        ui-culture=${this.localize.lang()}
        @care-pages-recheck=${() => this.load()}
        @care-pages-jump-to-property=${(e: CustomEvent<{ culture: string; property: string }>) => jumpToProperty(e.detail.culture, e.detail.property)}
      ></care-pages-accessibility-findings>
    </uui-box>`;
  }
}

export { CarePagesAccessibilityWorkspaceViewElement as element };
