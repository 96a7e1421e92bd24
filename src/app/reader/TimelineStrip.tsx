import { peakCount } from '../bundle/derive.ts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../shell/use-format.ts';

interface Props {
  histogram: Array<{ month: string; count: number }>;
  from: string | null;
  to: string | null;
  onRange: (from: string | null, to: string | null) => void;
}

/**
 * Articles per month as bars. Choosing a month selects it; choosing a second month while one is selected extends the
 * selection into a range; choosing again starts over. Each bar is a button, so the keyboard can do the same.
 */
export function TimelineStrip({ histogram, from, to, onRange }: Props) {
  const { t } = useTranslation();
  const { month: formatMonth, number } = useFormat();
  const max = peakCount(histogram);
  const choose = (month: string) => {
    if (from && to && from === to && month !== from) onRange(month < from ? month : from, month < from ? from : month);
    else onRange(month, month);
  };
  if (histogram.length === 0) return null;
  return (
    <figure className="mb-4" data-testid="timeline-strip">
      <figcaption className="mb-1 text-sm text-muted">{t('filters.stripHelp')}</figcaption>
      <div className="flex h-20 items-end gap-1 overflow-x-auto" role="group" aria-label={t('filters.strip')}>
        {histogram.map(({ month, count }) => {
          const inRange = from !== null && to !== null && month >= from && month <= to;
          return (
            <button
              key={month}
              type="button"
              onClick={() => choose(month)}
              aria-pressed={inRange}
              aria-label={t('filters.monthBar', { month: formatMonth(month), count, formatted: number(count) })}
              title={`${formatMonth(month)}: ${number(count)}`}
              className="group flex h-full min-w-6 flex-1 flex-col justify-end"
            >
              <span className={`block w-full rounded-t ${inRange ? 'bg-accent' : 'bg-muted/40 group-hover:bg-muted'}`} style={{ height: `${count === 0 ? 2 : 8 + (count / max) * 92}%` }} />
            </button>
          );
        })}
      </div>
      <div className="mt-1 flex justify-between text-xs text-muted">
        <span>{formatMonth(histogram[0]!.month)}</span>
        <span>{formatMonth(histogram[histogram.length - 1]!.month)}</span>
      </div>
    </figure>
  );
}
