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

/**
 * Theme and reading size live on <html> so that every route (and the error view) follows them. Only what differs
 * from the page as it stands is written: a change on <html> makes the browser restyle the whole page, which a
 * prerendered page with the default settings (system theme, default size) never needs.
 */
function applyToDocument(settings: Settings): void {
  const root = document.documentElement;
  const dark = settings.theme === 'dark' || (settings.theme === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  if (root.classList.contains('dark') !== dark) root.classList.toggle('dark', dark);
  // .light only for a reader who chose it: the stylesheet follows the system's preference while <html> has neither.
  const light = settings.theme === 'light';
  if (root.classList.contains('light') !== light) root.classList.toggle('light', light);
  const scheme = settings.theme === 'system' ? '' : dark ? 'dark' : 'light';
  if (root.style.colorScheme !== scheme) root.style.colorScheme = scheme;
  const scale = settings.fontStep === 0 ? '' : String(1 + settings.fontStep * 0.125);
  if (root.style.getPropertyValue('--reading-scale') !== scale) {
    if (scale === '') root.style.removeProperty('--reading-scale');
    else root.style.setProperty('--reading-scale', scale);
  }
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
