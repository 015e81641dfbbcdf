import { css } from 'lit';

/** Styles the components share: readable text, visible focus, hidden-but-spoken text, labelled controls. */
export const sharedStyles = css`
  :host {
    display: block;
    font-family: var(--uui-font-family, system-ui, sans-serif);
    color: var(--uui-color-text, #1b264f);
    line-height: 1.5;
  }
  /* Diffs of rich text come as paragraphs and list items separated by line breaks. */
  .diff-text {
    white-space: pre-line;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  h2, h3, h4 { margin-block: 0.75em 0.25em; line-height: 1.25; }
  .field { display: inline-flex; flex-direction: column; gap: 0.25em; margin-inline-end: 1em; margin-block-end: 0.5em; }
  .field.inline { flex-direction: row; align-items: center; }
  select, input[type='text'], input[type='search'], input[type='file'] {
    font: inherit;
    padding: 0.25em 0.5em;
    border: 1px solid #6b7280;
    border-radius: 3px;
    background: #fff;
    color: #1b264f;
  }
  select:focus-visible, input:focus-visible { outline: 2px solid #3544b1; outline-offset: 2px; }
  .error { border-inline-start: 4px solid #b42318; background: #fef3f2; padding: 0.5em 1em; color: #7a271a; }
  .note { border-inline-start: 4px solid #3544b1; background: #f2f4fb; padding: 0.5em 1em; }
  .toolbar { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.5em 1em; margin-block: 0.5em; }
  code { font-family: ui-monospace, monospace; background: #f3f4f6; padding: 0 0.25em; border-radius: 2px; overflow-wrap: anywhere; }
  uui-tag { vertical-align: middle; }
`;
