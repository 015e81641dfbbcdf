import { html } from 'lit';
import type { FindingSeverity, TranslationStatus } from '../api/types.js';
import type { LocalizeFn } from '../localization/localize.js';

/** The UUI tag colour of each status; the tag always carries the status text, never colour alone. */
export const STATUS_COLORS: Record<TranslationStatus, 'default' | 'positive' | 'warning' | 'danger'> = {
  Untranslated: 'warning',
  InTranslation: 'default',
  MachineTranslated: 'warning',
  Translated: 'default',
  InReview: 'default',
  Approved: 'positive',
  Outdated: 'danger',
};

export const renderStatusTag = (localize: LocalizeFn, status: TranslationStatus, count?: number) =>
  html`<uui-tag look="primary" color=${STATUS_COLORS[status]} data-status=${status}>${count === undefined ? '' : `${count} `}${localize(`status${status}`)}</uui-tag>`;

/** The UUI tag colour of each finding severity; the tag always carries the severity's name, never colour alone. */
export const SEVERITY_COLORS: Record<FindingSeverity, 'default' | 'warning' | 'danger'> = {
  Block: 'danger',
  Warn: 'warning',
  Info: 'default',
};

export const renderSeverityTag = (localize: LocalizeFn, severity: FindingSeverity) =>
  html`<uui-tag look="primary" color=${SEVERITY_COLORS[severity]} data-severity=${severity}>${localize(`severityTag${severity}`)}</uui-tag>`;
