export * from './accessibility-findings.element.js';
export * from './export-dialog.element.js';
export * from './site-audit.element.js';
export * from './translation-matrix.element.js';
export * from './translation-status.element.js';
export type * from './events.js';
