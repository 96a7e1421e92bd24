import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageTitle } from './PageTitle.tsx';

export function NotFound({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <section data-testid="not-found" className="py-8">
      <PageTitle page={t('notFound.title')} />
      <h1 className="mb-2 text-2xl font-bold">{t('notFound.title')}</h1>
      <p className="mb-4">{message ?? t('notFound.body')}</p>
      <Link to="/" className="text-accent underline">{t('notFound.back')}</Link>
    </section>
  );
}
