/** Small persisted settings (localStorage). A storage failure (private mode, quota) never breaks reading. */
export type Language = 'ar' | 'en';

export interface Settings {
  language: Language;
}

const KEY = 'riwaya.settings';
export const DEFAULT_SETTINGS: Settings = { language: 'ar' };

export function loadSettings(): Settings {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return DEFAULT_SETTINGS;
    const parsed = JSON.parse(raw) as Partial<Settings>;
    return { language: parsed.language === 'en' ? 'en' : 'ar' };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Returns false when the settings could not be stored. */
export function saveSettings(settings: Settings): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}
