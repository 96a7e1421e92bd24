import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ar } from './ar.ts';
import type { Messages } from './en.ts';
import { loadSettings, type Language } from '../state/settings-store.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Messages };
  }
}

export const LANGUAGES: Record<Language, { dir: 'rtl' | 'ltr' }> = { ar: { dir: 'rtl' }, en: { dir: 'ltr' } };

/** `<html lang dir>` follows the UI language (the document's title is each page's: shell/PageTitle.tsx). */
export function applyDocumentLanguage(language: Language): void {
  // Written only when they differ: a change on <html> restyles the whole (perhaps prerendered) page.
  const root = document.documentElement;
  if (root.lang !== language) root.lang = language;
  if (root.dir !== LANGUAGES[language].dir) root.dir = LANGUAGES[language].dir;
}

/**
 * The strings of a language, loaded when first needed: Arabic, the default, comes with the page; English is a chunk of
 * its own, loaded before the first render for a reader who chose it, or when they switch.
 */
export async function ensureLanguage(language: Language): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  if (language === 'en') i18next.addResourceBundle('en', 'translation', (await import('./en.ts')).en);
}

/** Switches the UI language once its strings are loaded. */
export async function changeLanguage(language: Language): Promise<void> {
  await ensureLanguage(language);
  await i18next.changeLanguage(language);
}

/** Resolves when the stored language's strings are loaded (the first render waits for it). */
export function initI18n(): Promise<void> {
  const { language } = loadSettings();
  void i18next.use(initReactI18next).init({
    resources: { ar: { translation: ar } },
    partialBundledLanguages: true,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(language);
  i18next.on('languageChanged', (lng) => applyDocumentLanguage(lng as Language));
  return changeLanguage(language);
}
