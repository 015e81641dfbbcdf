/*
 * Numbers and dates written in the interface language with Intl ("١٬٢٣٤" in Arabic, "1.234" in German); the browser's
 * language when none is given, and the browser's language again when the one given is not a valid locale.
 */

const locales = (uiCulture: string | undefined): string[] => {
  if (!uiCulture) return [];
  try {
    return Intl.getCanonicalLocales(uiCulture);
  } catch {
    return [];
  }
};

/** A count: "1,234". */
export const formatNumber = (value: number, uiCulture: string | undefined): string => new Intl.NumberFormat(locales(uiCulture)).format(value);

/** A moment (ISO 8601 date-time) as date and time in the reader's time zone: "3 Mar 2026, 10:15". */
export const formatDateTime = (iso: string, uiCulture: string | undefined): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locales(uiCulture), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
};

/** A calendar date (yyyy-MM-dd, no time zone) as the same day wherever the reader is: "3 Mar 2026". */
export const formatDate = (day: string, uiCulture: string | undefined): string => {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : new Intl.DateTimeFormat(locales(uiCulture), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
};

/** Days from today, with the language's plural forms: "in 5 days", "3 days ago", "today". */
export const formatDaysFromToday = (days: number, uiCulture: string | undefined): string =>
  new Intl.RelativeTimeFormat(locales(uiCulture), { numeric: 'auto' }).format(days, 'day');
