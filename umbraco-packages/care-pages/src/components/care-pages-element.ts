import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { localizeEnglish, type LocalizeFn } from '../localization/localize.js';
import type { CarePagesEventDetail, CarePagesEventName } from './events.js';

/**
 * What the presentational components share: a `localize` function (English unless the host passes another, e.g.
 * the backoffice's `localize.term`) and typed events that bubble out of shadow roots. No backoffice imports.
 */
export abstract class CarePagesElement extends LitElement {
  /** Looks up UI strings; the backoffice wrappers pass `(k, ...a) => this.localize.term('carePages_' + k, ...a)`. */
  @property({ attribute: false })
  localize: LocalizeFn = localizeEnglish;

  protected emit<N extends CarePagesEventName>(name: N, detail: CarePagesEventDetail<N>): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true }));
  }
}
