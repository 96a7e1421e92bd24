import { useId } from 'react';
import { Link } from 'react-router';
import type { BundleItem, DateMention } from '../../core/bundle-schema.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { useFormat } from '../shell/use-format.ts';
import { useTranslation } from 'react-i18next';
import { annotate } from './annotate.ts';
import type { Paragraph } from './paragraphs.ts';
import { entityPath } from '../shell/paths.ts';

function DateRun({ text, date }: { text: string; date: DateMention }) {
  const id = useId();
  const { t } = useTranslation();
  const format = useFormat();
  const resolved =
    date.value && date.precision
      ? date.end_value
        ? t('article.dateRange', { from: format.date({ value: date.value, precision: date.precision }), to: format.date({ value: date.end_value, precision: date.precision }) })
        : format.date({ value: date.value, precision: date.precision })
      : t('article.dateUnresolved');
  return (
    <span className="group relative">
      <span tabIndex={0} aria-describedby={id} className="cursor-help border-b border-dotted border-muted focus:outline-2" data-date={date.value ?? ''}>
        {text}
      </span>
      <span id={id} role="tooltip" className="pointer-events-none absolute bottom-full start-0 z-10 mb-1 hidden whitespace-nowrap rounded bg-ink px-2 py-1 text-sm text-paper group-focus-within:block group-hover:block">
        {resolved}
      </span>
    </span>
  );
}

/**
 * A paragraph with entity mentions linked to their pages — those in `linked` (each entity's first in the article,
 * annotate.ts linkedMentions); the others read as plain text — and date mentions explained on hover and focus.
 */
export function AnnotatedParagraph({ item, paragraph, target, linked }: { item: BundleItem; paragraph: Paragraph; target: boolean; linked: ReadonlySet<number> }) {
  const { entityById } = useBundle();
  const runs = annotate(paragraph.text, paragraph.start, item._riwaya.mentions, item._riwaya.dates);
  return (
    <p className={`mb-4 ${target ? 'target-paragraph rounded bg-yellow-100 outline outline-4 outline-yellow-100 dark:bg-yellow-950 dark:outline-yellow-950' : ''}`} data-target={target || undefined}>
      {runs.map((run) => {
        if (run.kind === 'mention' && linked.has(run.start)) {
          const entity = entityById.get(run.entity);
          return (
            <Link key={run.start} to={entityPath(run.entity)} className={`mention mention-${entity?.type ?? 'other'}`} data-entity={run.entity}>
              {run.text}
            </Link>
          );
        }
        if (run.kind === 'mention') return <span key={run.start}>{run.text}</span>;
        if (run.kind === 'date') return <DateRun key={run.start} text={run.text} date={run.date} />;
        return <span key={run.start}>{run.text}</span>;
      })}
    </p>
  );
}
