import { UMB_AUTH_CONTEXT } from '@umbraco-cms/backoffice/auth';
import { UMB_EDIT_DOCUMENT_WORKSPACE_PATH_PATTERN } from '@umbraco-cms/backoffice/document';
import { customElement, html, state } from '@umbraco-cms/backoffice/external/lit';
import { UmbLitElement } from '@umbraco-cms/backoffice/lit-element';
import type { CarePagesApi } from '../api/care-pages-api.js';
import '../components/site-audit.element.js';
import { createBackofficeApi } from './backoffice-api.js';
import { backofficeLocalize } from './backoffice-localize.js';
import { focusPropertyWhenShown } from './jump-to-property.js';

/** A document in one culture, by the backoffice's own route (relative to its base, so any backoffice path works). */
const documentHref = (key: string, culture: string): string =>
  `${UMB_EDIT_DOCUMENT_WORKSPACE_PATH_PATTERN.generateAbsolute({ unique: key })}/${encodeURIComponent(culture)}`;

/** About five seconds of animation frames: the document workspace has to open before its field can be focused. */
const OPEN_DOCUMENT_FRAMES = 300;

/**
 * Dashboard "Site audit" in the Content section: the site audit component with the API as the signed-in user. The
 * component loads, polls and pages by itself; after the user signs in again it gets a new API, and so loads again.
 */
@customElement('care-pages-audit-dashboard')
export class CarePagesAuditDashboardElement extends UmbLitElement {
  @state() private api: CarePagesApi | undefined;

  constructor() {
    super();
    this.consumeContext(UMB_AUTH_CONTEXT, (auth) => {
      this.api = auth ? createBackofficeApi(auth) : undefined;
      let signedOut = false;
      this.observe(
        auth?.isAuthorized,
        (authorized) => {
          if (authorized && signedOut && auth) this.api = createBackofficeApi(auth);
          signedOut = !authorized;
        },
        '_carePagesSignedIn',
      );
    });
  }

  override render() {
    return html`<uui-box>
      <care-pages-site-audit
        .api=${this.api}
        .localize=${backofficeLocalize(this.localize)}
        .documentHref=${documentHref}
        ui-culture=${this.localize.lang()}
        @care-pages-open-field=${(e: CustomEvent<{ property: string }>) => focusPropertyWhenShown(e.detail.property, OPEN_DOCUMENT_FRAMES)}
      ></care-pages-site-audit>
    </uui-box>`;
  }
}

export { CarePagesAuditDashboardElement as element };
