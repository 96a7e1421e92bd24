/** Small persisted settings (localStorage). A storage failure (private mode, quota) never breaks reading. */
export type Language = 'ar' | 'en';
export type Digits = 'latn' | 'arab';
export type Calendar = 'gregory' | 'islamic-umalqura';
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  language: Language;
  digits: Digits;
  calendar: Calendar;
  theme: Theme;
  /** Reading text size step, 0 = default. */
  fontStep: number;
}

export const SETTINGS_STORAGE_KEY = 'riwaya.settings';
const KEY = SETTINGS_STORAGE_KEY;
export const FONT_STEPS = [-1, 0, 1, 2, 3] as const;
export const DEFAULT_SETTINGS: Settings = { language: 'ar', digits: 'latn', calendar: 'gregory', theme: 'system', fontStep: 0 };

function pick<T extends string | number>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Reads stored settings; unknown or corrupt values fall back to the defaults one by one. */
export function parseSettings(raw: string | null): Settings {
  if (!raw) return DEFAULT_SETTINGS;
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(raw) as Record<string, unknown>;
    if (typeof parsed !== 'object' || parsed === null) return DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
  return {
    language: pick(parsed.language, ['ar', 'en'], DEFAULT_SETTINGS.language),
    digits: pick(parsed.digits, ['latn', 'arab'], DEFAULT_SETTINGS.digits),
    calendar: pick(parsed.calendar, ['gregory', 'islamic-umalqura'], DEFAULT_SETTINGS.calendar),
    theme: pick(parsed.theme, ['system', 'light', 'dark'], DEFAULT_SETTINGS.theme),
    fontStep: pick(parsed.fontStep, FONT_STEPS, DEFAULT_SETTINGS.fontStep),
  };
}

export function loadSettings(): Settings {
  try {
    return parseSettings(localStorage.getItem(KEY));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Returns false when the settings could not be stored (they still apply to this page). */
export function saveSettings(settings: Settings): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}
