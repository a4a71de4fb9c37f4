// Dates and money as the rep reads them, in the rep's locale (a BCP 47 tag such as "de-DE", see
// app/i18n/language.ts). Formatting lives with the texts, never in app/domain.

/**
 * "2024-10-20" → "20 Oct 2024" (en-GB), "Oct 20, 2024" (en-US), "20. Okt. 2024" (de-DE); long: with the weekday
 * and the month written out. Anything else is shown as it is.
 */
export function formatDealDate(isoDate: string, locale: string, style: 'short' | 'long' = 'short'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const parts = style === 'long' ? ({ weekday: 'long', month: 'long' } as const) : ({ month: 'short' } as const);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', year: 'numeric', timeZone: 'UTC', ...parts }).format(date);
}

/** 20000000 + "EUR" → "€20,000,000" (en-GB), "20.000.000 €" (de-DE); cents only when there are some. */
export function formatMoney(amount: number, currency: string | null, locale: string): string {
  const fraction = Number.isInteger(amount) ? 0 : 2;
  const plain = { minimumFractionDigits: fraction, maximumFractionDigits: 2 };
  if (currency) {
    try {
      return new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', ...plain }).format(amount);
    } catch {
      // Not an ISO 4217 code Intl knows: show the number and the code as Zoho gave it.
      return `${new Intl.NumberFormat(locale, plain).format(amount)} ${currency}`;
    }
  }
  return new Intl.NumberFormat(locale, plain).format(amount);
}
