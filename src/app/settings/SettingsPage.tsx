import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/index.ts';
import type { Language } from './settings-store.ts';

export function SettingsPage() {
  const { t, i18n } = useTranslation();
  return (
    <section>
      <h1 className="mb-6 text-3xl font-bold">{t('settings.title')}</h1>
      <fieldset className="rounded border border-rule p-4">
        <legend className="px-2 font-semibold">{t('settings.language')}</legend>
        {(['ar', 'en'] as Language[]).map((lng) => (
          <label key={lng} className="me-6 inline-flex items-center gap-2">
            <input type="radio" name="language" value={lng} checked={i18n.language === lng} onChange={() => void changeLanguage(lng)} />
            <span lang={lng}>{t(`settings.${lng}`)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
