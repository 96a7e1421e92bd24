import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { BundleItem } from '../../core/bundle-schema.ts';
import { reportFacts, sharedFacts } from '../../core/align/report-facts.ts';
import type { ComparePair } from '../../core/stories.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { FactChip } from '../shell/FactChip.tsx';
import { isolate } from '../shell/isolate.ts';
import { comparePath } from '../shell/paths.ts';
import { summaryReports } from './coverage.ts';

/** Chips shown: names, then counts and dates. */
const NAMES_SHOWN = 10;
const OTHERS_SHOWN = 6;

/**
 * A short summary of a story made of the facts its reports share: the people, places and organizations, counts and
 * dates that every one of the chosen same-event reports states (core/align/report-facts.ts), and a link to read them
 * side by side. Nothing while their texts are on the way, nor when no two reports of it tell one event.
 */
export function StorySummary({ pairs }: { pairs: readonly ComparePair[] }) {
  const { t } = useTranslation();
  const { itemById, data } = useBundle();
  const ids = summaryReports(pairs, (id) => itemById.get(id)?.outlet ?? null);
  const reports = ids.flatMap((id) => {
    const result = data.peek(id);
    return result?.ok ? [result.item] : [];
  });
  const key = reports.map((r) => r.id).join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the reports are named by `key`
  const facts = useMemo(() => (reports.length >= 2 ? reportFacts(reports.map(factArticle)) : null), [key]);
  if (!facts || reports.length < 2) return null;
  const { entities, others } = sharedFacts(facts);
  if (entities.length + others.length === 0) return null;
  const texts = reports.map((r) => r.content_text);
  return (
    <section className="mb-8" data-testid="story-summary" aria-labelledby="story-summary-title">
      <h2 id="story-summary-title" className="mb-1 text-lg font-semibold">{t('story.summary')}</h2>
      <p className="mb-2 text-sm text-muted">
        {t('story.summaryFrom', { outlets: reports.map((r) => isolate(r._riwaya.outlet ?? t('home.unknownOutlet'))).join(' · ') })}
      </p>
      <p className="mb-1 flex flex-wrap gap-1" data-testid="story-summary-names">
        {entities.slice(0, NAMES_SHOWN).map((row) => <FactChip key={row.key} row={row} texts={texts} />)}
      </p>
      {others.length > 0 && (
        <p className="mb-2 flex flex-wrap gap-1" data-testid="story-summary-facts">
          {others.slice(0, OTHERS_SHOWN).map((row) => <FactChip key={`${row.kind}-${row.key}`} row={row} texts={texts} />)}
        </p>
      )}
      <Link to={comparePath(reports.map((r) => r.id))} className="text-accent underline" data-testid="story-summary-compare">{t('story.compareThese')}</Link>
    </section>
  );
}

const factArticle = (item: BundleItem) => ({ text: item.content_text, mentions: item._riwaya.mentions, dates: item._riwaya.dates, quotes: item._riwaya.quotes });
