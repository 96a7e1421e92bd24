import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import i18next from 'i18next';
import { changeLanguage } from '../i18n/index.ts';
import { loadSettings, saveSettings, type Settings } from './settings-store.ts';

interface SettingsContextValue {
  settings: Settings;
  /** False after a failed save: the change applies to this page but will not survive a reload. */
  persisted: boolean;
  update: (change: Partial<Settings>) => void;
}

const SettingsContext = createContext<SettingsContextValue | null>(null);

/** Theme and reading size live on <html> so that every route (and the error view) follows them. */
function applyToDocument(settings: Settings): void {
  const root = document.documentElement;
  const dark = settings.theme === 'dark' || (settings.theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  root.classList.toggle('dark', dark);
  root.classList.toggle('light', !dark);
  root.style.colorScheme = dark ? 'dark' : 'light';
  root.style.setProperty('--reading-scale', String(1 + settings.fontStep * 0.125));
}

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(loadSettings);
  const [persisted, setPersisted] = useState(true);

  useEffect(() => {
    applyToDocument(settings);
    if (settings.theme !== 'system') return;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const listener = () => applyToDocument(settings);
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  }, [settings]);

  // The latest settings (every update goes through here), so two quick changes never overwrite each other.
  const current = useRef(settings);
  const update = useCallback((change: Partial<Settings>) => {
    const next = { ...current.current, ...change };
    current.current = next;
    setSettings(next);
    setPersisted(saveSettings(next));
    if (change.language && change.language !== i18next.language) void changeLanguage(change.language);
  }, []);

  const value = useMemo(() => ({ settings, persisted, update }), [settings, persisted, update]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsProvider');
  return value;
}
