import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { readInstead } from '../bundle/load-bundle.ts';
import { useBundle } from '../bundle/use-bundle.ts';

/**
 * Says that the reader's imported articles are shown in place of the bundled ones (this tab only), with the way back.
 */
export function ImportedNotice() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { imported } = useBundle();
  const back = () => {
    readInstead(null);
    void navigate('/');
  };
  if (!imported) return null;
  return (
    <p role="status" data-testid="imported-notice" className="border-b border-accent px-4 py-1.5 text-center text-sm">
      {t('imported.notice')}{' '}
      <button type="button" className="text-accent underline" onClick={back} data-testid="imported-back">
        {t('imported.back')}
      </button>
    </p>
  );
}
