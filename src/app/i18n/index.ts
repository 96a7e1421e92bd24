import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './ar.ts';
import { en, type Messages } from './en.ts';
import { loadSettings, type Language } from '../settings/settings-store.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Messages };
  }
}

export const LANGUAGES: Record<Language, { dir: 'rtl' | 'ltr' }> = { ar: { dir: 'rtl' }, en: { dir: 'ltr' } };

/** `<html lang dir>` follows the UI language. */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = LANGUAGES[language].dir;
  document.title = language === 'ar' ? 'رواية' : 'Riwaya';
}

export function initI18n(): typeof i18next {
  const { language } = loadSettings();
  void i18next.use(initReactI18next).init({
    resources: { ar: { translation: ar }, en: { translation: en } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(language);
  i18next.on('languageChanged', (lng) => applyDocumentLanguage(lng as Language));
  return i18next;
}
