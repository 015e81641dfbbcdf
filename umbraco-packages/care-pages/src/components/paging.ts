import { css, html, nothing, type TemplateResult } from 'lit';
import type { CarePagesTermKey } from '../localization/en.js';
import type { LocalizeFn } from '../localization/localize.js';
import { formatNumber } from '../shared/format.js';

/** A list shown one page at a time: where the page starts, how long pages are and how many items there are. */
export interface PageView {
  localize: LocalizeFn;
  /** The language numbers are written in; the browser's when undefined. */
  uiCulture: string | undefined;
  /** The items before the page (0 on the first page). */
  skip: number;
  pageSize: number;
  /** The items on every page together. */
  total: number;
}

/**
 * "Findings 1–50 of 1,234" in a polite live region (`key` has the placeholders first, last and total), `empty` when
 * there are no items; the region is rendered empty while nothing is known yet (`view` undefined), so that it is there
 * before the first announcement.
 */
export const renderRange = (view: PageView | undefined, shown: number, key: CarePagesTermKey, empty: string): TemplateResult => {
  if (!view) return html`<p class="range" aria-live="polite"></p>`;
  const n = (value: number) => formatNumber(value, view.uiCulture);
  return html`<p class="range" aria-live="polite">
    ${view.total > 0 ? view.localize(key, n(view.skip + 1), n(view.skip + shown), n(view.total)) : empty}
  </p>`;
};

/**
 * Previous page / "Page X of Y" / Next page, labelled `label`, when the items fill more than one page; `onSkip` gets
 * where the page to show starts. The buttons stay enabled while a page loads (a newer request replaces an older
 * one), because a disabled button drops keyboard focus; on the first and last page the button that leads nowhere
 * is disabled, and focus moves to the other one.
 */
export const renderPager = (view: PageView, label: string, onSkip: (skip: number) => void): TemplateResult | typeof nothing => {
  const { localize, skip, pageSize, total } = view;
  if (total <= pageSize) return nothing;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const current = Math.floor(skip / pageSize) + 1;
  const n = (value: number) => formatNumber(value, view.uiCulture);
  const go = (event: Event, next: number) => {
    onSkip(next);
    keepFocusInPager(event.currentTarget as HTMLElement);
  };
  return html`<nav class="paging" aria-label=${label}>
    <uui-button look="secondary" label=${localize('previousPage')} ?disabled=${skip === 0} @click=${(e: Event) => go(e, Math.max(0, skip - pageSize))}
      >${localize('previousPage')}</uui-button
    >
    <span class="page-of">${localize('pageOf', n(current), n(pages))}</span>
    <uui-button look="secondary" label=${localize('nextPage')} ?disabled=${current >= pages} @click=${(e: Event) => go(e, skip + pageSize)}
      >${localize('nextPage')}</uui-button
    >
  </nav>`;
};

// Once the page has been drawn again: if the button just used is now disabled (first or last page), focus the other.
const keepFocusInPager = (button: HTMLElement) =>
  requestAnimationFrame(() => {
    if (button.hasAttribute('disabled')) {
      button.closest('nav')?.querySelector<HTMLElement>('uui-button:not([disabled])')?.focus();
    }
  });

/**
 * Where a page starts after the items or the page size changed: at a page boundary, and on the last page when the
 * items no longer reach the page that was shown.
 */
export const clampSkip = (skip: number, pageSize: number, total: number): number => {
  const lastPage = Math.max(0, Math.ceil(total / pageSize) - 1);
  return Math.min(Math.floor(Math.max(0, skip) / pageSize), lastPage) * pageSize;
};

export const pagingStyles = css`
  .paging { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1em; margin-block: 0.5em; }
  .range { margin-block: 0.25em; }
`;
