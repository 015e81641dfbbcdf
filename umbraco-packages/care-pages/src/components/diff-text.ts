import { html } from 'lit';
import type { LocalizeFn } from '../localization/localize.js';
import type { DiffPart } from './word-diff.js';

/**
 * Renders word-diff runs: removed words in `<del>`, added ones in `<ins>`, each with a spoken "[removed: …]" or
 * "[added: …]" since screen readers do not announce the elements themselves.
 */
export const renderDiffParts = (localize: LocalizeFn, parts: readonly DiffPart[]) =>
  parts.map((part) =>
    part.kind === 'same'
      ? part.text
      : part.kind === 'removed'
        ? html`<del><span class="visually-hidden">[${localize('removed')}: </span>${part.text}<span class="visually-hidden">]</span></del>`
        : html`<ins><span class="visually-hidden">[${localize('added')}: </span>${part.text}<span class="visually-hidden">]</span></ins>`,
  );
