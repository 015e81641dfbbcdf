import { css, html, nothing, type TemplateResult } from 'lit';
import type { MachineDraftStatus, MachineEngineResponse } from '../api/types.js';
import type { LocalizeFn } from '../localization/localize.js';
import { renderVersions } from './diff-text.js';
import { localizeIsolated } from './isolated-args.js';

/** What the pre-fill control needs from the view that shows it (the Translation view per culture, the dashboard). */
export interface PrefillControlView {
  localize: LocalizeFn;
  /** The site's engine; undefined while unknown (nothing is shown). */
  engine: MachineEngineResponse | undefined;
  /** The culture to pre-fill, and its name for people. */
  culture: string;
  cultureName: string;
  /** The button's label: "Pre-fill with machine translation", or "… selected" on the dashboard. */
  label: string;
  /** True when the view has nothing to pre-fill yet (no document selected). */
  empty: boolean;
  busy: boolean;
  /** True while the view asks the user to confirm. */
  confirming: boolean;
  ask: () => void;
  confirm: () => void;
  cancel: () => void;
}

/** Whether the engine offers the culture (culture names compared as BCP 47 tags are: without case). */
export const engineOffers = (engine: MachineEngineResponse | undefined, culture: string): boolean =>
  engine?.status === 'Success' && engine.targetCultures.some((c) => c.toLowerCase() === culture.toLowerCase());

/**
 * "Pre-fill with machine translation" for one culture: disabled with the reason when the site has no engine or it
 * does not answer, an explanation instead when the engine does not translate into the culture, and a confirmation
 * (what is replaced, what is kept, that nothing is published) before the request is sent.
 */
export const renderPrefillControl = (view: PrefillControlView): TemplateResult | typeof nothing => {
  const { localize, engine } = view;
  if (!engine) {
    return nothing;
  }
  if (engine.status !== 'Success') {
    return html`<div class="toolbar prefill">
      <uui-button look="secondary" label=${view.label} disabled>${view.label}</uui-button>
      <span class="hint" data-reason=${engine.status}>
        ${engine.status === 'NotConfigured' ? localize('machineNotConfigured') : localizeIsolated(localize, 'machineUnavailable', engine.engine)}
      </span>
    </div>`;
  }
  if (!engineOffers(engine, view.culture)) {
    return html`<p class="hint prefill" data-reason="CultureNotOffered">${localizeIsolated(localize, 'machineCultureNotOffered', engine.engine, view.cultureName)}</p>`;
  }
  if (view.confirming) {
    return html`<div class="note prefill-confirm" role="group" aria-label=${localize('prefillConfirmHeading')}>
      <p><strong>${localize('prefillConfirmHeading')}</strong></p>
      <p>${localizeIsolated(localize, 'prefillConfirm', view.cultureName, engine.engine)}</p>
      <div class="toolbar">
        <uui-button look="primary" label=${localize('prefillConfirmButton')} ?disabled=${view.busy} @click=${view.confirm}>${localize('prefillConfirmButton')}</uui-button>
        <uui-button look="secondary" label=${localize('cancel')} @click=${view.cancel}>${localize('cancel')}</uui-button>
      </div>
    </div>`;
  }
  return html`<div class="toolbar prefill">
    <uui-button look="secondary" label=${view.label} ?disabled=${view.empty || view.busy} @click=${() => !view.empty && view.ask()}>${view.label}</uui-button>
  </div>`;
};

/**
 * A field's machine draft beside its translation now, for the translator who corrects it and the reviewer who
 * approves it: the engine's output with the words post-editing removed, and the translation with those it added; or
 * the output alone, said to be unedited. Engine, version and date are isolated for right-to-left pages.
 */
export const renderMachineDraft = (localize: LocalizeFn, machine: MachineDraftStatus, culture: string, uiCulture: string | undefined): TemplateResult => {
  const at = new Date(machine.at).toLocaleDateString(uiCulture ?? undefined, { dateStyle: 'medium' });
  const output = { className: 'machine-output', label: localizeIsolated(localize, 'machineOutput', machine.engine, machine.engineVersion, at), marks: 'removed' } as const;
  return html`<div class="diff machine-draft" data-post-edited=${String(machine.isPostEdited)}>
    ${machine.isPostEdited
      ? renderVersions(localize, machine.output, machine.current ?? '', culture, [output, { className: 'post-edited', label: localize('machinePostEdited'), marks: 'added' }])
      : html`${renderVersions(localize, machine.output, machine.output, culture, [output])}
          <p class="not-post-edited">${localize('machineNotPostEdited')}</p>`}
  </div>`;
};

export const machineTranslationStyles = css`
  .prefill-confirm { margin-block: 0.5em; flex-basis: 100%; }
  .prefill-confirm p { margin-block: 0.25em; }
  .hint.prefill { margin-block: 0.5em; }
  .prefill .hint, .hint.prefill { color: #4b5563; font-size: 0.9em; }
  .not-post-edited { font-style: italic; }
`;
