import { useTranslation } from 'react-i18next';
import type { Published } from '../../core/bundle-schema.ts';
import { useSettings } from '../state/use-settings.tsx';
import { formatNumber, formatPartialDate, type DisplayPrefs } from './format.ts';

/** Date and number formatting that follows the UI language, digits and calendar settings. */
export function useFormat() {
  const { i18n } = useTranslation();
  const { settings } = useSettings();
  const prefs: DisplayPrefs = { language: i18n.language, digits: settings.digits, calendar: settings.calendar };
  return {
    date: (published: Published) => formatPartialDate(published.value, published.precision, prefs),
    month: (month: string) => formatPartialDate(month, 'month', { ...prefs, calendar: 'gregory' }),
    number: (n: number) => formatNumber(n, prefs),
  };
}
