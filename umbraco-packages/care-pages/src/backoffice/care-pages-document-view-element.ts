import { UMB_DOCUMENT_WORKSPACE_CONTEXT } from '@umbraco-cms/backoffice/document';
import { CarePagesBackofficeElement } from './care-pages-backoffice-element.js';

/** A workspace view of the Document workspace: knows the open document's key and reloads when it changes. */
export abstract class CarePagesDocumentViewElement extends CarePagesBackofficeElement {
  protected documentKey: string | undefined;

  constructor() {
    super();
    this.consumeContext(UMB_DOCUMENT_WORKSPACE_CONTEXT, (workspace) => {
      this.observe(workspace?.unique, (unique) => {
        this.documentKey = unique ?? undefined;
        void this.load();
      });
    });
  }
}
