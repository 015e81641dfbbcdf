import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeFn } from '../localization/localize.js';
import { wordDiff, type DiffPart } from './word-diff.js';

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

/** One column of `renderVersions`: its class, its heading, and which of the diff's changes it marks. */
export interface VersionColumn {
  className: string;
  label: string | TemplateResult;
  marks: 'removed' | 'added';
}

/**
 * Two versions of a text side by side (a list of terms, stacked on a phone), each column showing its own words and
 * marking those the other lacks: the earlier text's removed words, the later text's added ones.
 */
export const renderVersions = (localize: LocalizeFn, before: string, after: string, lang: string | null | undefined, columns: readonly VersionColumn[]): TemplateResult => {
  const parts = wordDiff(before, after);
  return html`<dl class="versions">
    ${columns.map(
      (column) => html`<div class=${column.className}>
        <dt>${column.label}</dt>
        <dd class="diff-text" lang=${lang ?? nothing} dir="auto">${renderDiffParts(localize, parts.filter((p) => p.kind === 'same' || p.kind === column.marks))}</dd>
      </div>`,
    )}
  </dl>`;
};
