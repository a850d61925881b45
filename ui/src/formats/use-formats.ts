import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, formatPercent, localeOf, type BelgianLocale } from './belgian-formats';

export interface Formats {
  locale: BelgianLocale;
  money: (cents: number) => string;
  date: (iso: string) => string;
  percent: (decimal: string) => string;
}

/** Formats in the language the user chose (fr-BE by default). */
export function useFormats(): Formats {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return useMemo(
    () => ({
      locale,
      money: (cents: number) => formatMoney(cents, locale),
      date: (iso: string) => formatDate(iso, locale),
      percent: (decimal: string) => formatPercent(decimal, locale),
    }),
    [locale],
  );
}
