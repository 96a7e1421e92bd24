import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FONT_STEPS, type Calendar, type Digits, type Language, type Settings, type Theme } from '../state/settings-store.ts';
import { useSettings } from '../state/use-settings.tsx';
import { useFormat } from '../shell/use-format.ts';
import { PageTitle } from '../shell/PageTitle.tsx';
import { addArabicPages } from '../i18n/ar-pages.ts';

addArabicPages();

function Choice<K extends 'language' | 'digits' | 'calendar' | 'theme'>({ name, values, label }: { name: K; values: Array<Settings[K]>; label: (v: Settings[K]) => ReactNode }) {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  return (
    <fieldset className="mb-4 rounded border border-rule p-4" data-testid={`setting-${name}`}>
      <legend className="px-2 font-semibold">{t(`settings.${name}`)}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {values.map((value) => (
          <label key={value} className="inline-flex items-center gap-2">
            <input type="radio" name={name} value={value} checked={settings[name] === value} onChange={() => update({ [name]: value } as Partial<Settings>)} />
            <span>{label(value)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const { settings, persisted, update } = useSettings();
  const format = useFormat();
  const sample = { value: '2023-04-20', precision: 'day' } as const;
  return (
    <section className="max-w-2xl">
      <PageTitle page={t('settings.title')} />
      <h1 className="mb-6 text-3xl font-bold">{t('settings.title')}</h1>
      {!persisted && <p role="alert" className="mb-4 rounded border border-accent p-3">{t('settings.notSaved')}</p>}
      <Choice name="language" values={['ar', 'en'] as Language[]} label={(v) => (v === 'ar' ? <span lang="ar">العربية</span> : <span lang="en">English</span>)} />
      <Choice name="digits" values={['latn', 'arab'] as Digits[]} label={(v) => (
          <>
            {t(`settings.digitsValue.${v}`)} <span lang={v === 'arab' ? 'ar' : undefined} dir="ltr">({v === 'arab' ? '٠ ١ ٢' : '0 1 2'})</span>
          </>
        )} />
      <Choice name="calendar" values={['gregory', 'islamic-umalqura'] as Calendar[]} label={(v) => t(`settings.calendarValue.${v}`)} />
      <p className="-mt-2 mb-4 text-sm text-muted" data-testid="date-sample">{t('settings.example')}: {format.date(sample)}</p>
      <Choice name="theme" values={['system', 'light', 'dark'] as Theme[]} label={(v) => t(`settings.themeValue.${v}`)} />
      <fieldset className="mb-4 rounded border border-rule p-4">
        <legend className="px-2 font-semibold">{t('settings.fontSize')}</legend>
        <label className="flex items-center gap-3">
          <span className="sr-only">{t('settings.fontSize')}</span>
          <input type="range" min={0} max={FONT_STEPS.length - 1} value={FONT_STEPS.indexOf(settings.fontStep as (typeof FONT_STEPS)[number])} onChange={(e) => update({ fontStep: FONT_STEPS[Number(e.target.value)] })} />
          <span className="reading font-naskh" lang="ar">نص تجريبي</span>
        </label>
      </fieldset>
      <p className="text-sm text-muted">
        {t('about.build')}: <span data-testid="build-id" dir="ltr">{__RIWAYA_BUILD__}</span>
      </p>
    </section>
  );
}
