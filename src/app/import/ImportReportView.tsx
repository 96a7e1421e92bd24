/** The import's report: how many articles were kept, and each file skipped with its reason in the reader's language. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../shell/use-format.ts';
import type { ImportReport, ImportSkip } from './run-import.ts';

function Reason({ skip }: { skip: ImportSkip }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const values = Object.fromEntries(Object.entries(skip.values ?? {}).map(([k, v]) => [k, typeof v === 'number' ? number(v) : v]));
  // One key per kind (en.ts import.reason): the cast lets one call name them all.
  return <>{t(`import.reason.${skip.kind}` as 'import.reason.empty', { replace: values })}</>;
}

export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const { number } = useFormat();
  const kept = report.kept.length;
  const skipped = report.skipped.length;
  return (
    <section aria-labelledby="import-report" className="mb-6 rounded border border-rule p-4" data-testid="import-report">
      <h2 id="import-report" className="mb-2 text-xl font-semibold">
        {t('import.report')}
      </h2>
      <p data-testid="import-kept">{t('import.kept', { count: kept, formatted: number(kept) })}</p>
      <p className="mb-2" data-testid="import-skipped-count">
        {t('import.skipped', { count: skipped, formatted: number(skipped) })}
      </p>
      {skipped > 0 && (
        <ul className="list-disc space-y-1 ps-6" data-testid="import-skipped">
          {report.skipped.map((skip, i) => (
            <li key={`${skip.file}-${i}`} data-kind={skip.kind} data-testid="import-skip">
              <bdi className="font-semibold" dir="auto">
                {skip.file}
              </bdi>
              : <Reason skip={skip} />
              {skip.detail && (
                <span className="block text-sm text-muted" dir="ltr">
                  {skip.detail}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {report.unmatchedManifestEntries.map((file) => (
        <p key={file} className="text-sm text-muted">
          {t('import.unmatched', { file })}
        </p>
      ))}
    </section>
  );
}
