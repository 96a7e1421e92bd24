import { memo, useState, type KeyboardEvent } from 'react';
import { peakCount } from '../bundle/derive.ts';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../shell/use-format.ts';
import { stripMoveTarget, stripTabStop } from '../shell/strip-keys.ts';

interface Props {
  histogram: Array<{ month: string; count: number }>;
  from: string | null;
  to: string | null;
  onRange: (from: string | null, to: string | null) => void;
}

/** A bar's height in percent of the strip: a month without articles still shows a sliver. */
function barHeight(count: number, max: number): number {
  return count === 0 ? 2 : Math.round((8 + (count / max) * 92) * 10) / 10;
}

/**
 * Articles per month as bars. Choosing a month selects it; choosing a second month while one is selected extends the
 * selection into a range; choosing again starts over. Each bar is a button, so the keyboard can do the same; the
 * strip is one tab stop (a toolbar, strip-keys.ts): the arrows move between months, Enter or Space chooses one.
 */
function TimelineStripView({ histogram, from, to, onRange }: Props) {
  const { t } = useTranslation();
  const { month: formatMonth, number } = useFormat();
  const max = peakCount(histogram);
  // The month that has the tab stop once the reader has moved in the strip; until then the range's first, or the latest.
  const [current, setCurrent] = useState<string | null>(null);
  const months = histogram.map((bar) => bar.month);
  const stop = current !== null && months.includes(current) ? months.indexOf(current) : stripTabStop(months, from, to);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const target = stripMoveTarget(event.key, rtl, stop, months.length);
    if (target === null) return;
    event.preventDefault();
    setCurrent(months[target]!);
    event.currentTarget.querySelectorAll('button')[target]?.focus();
  };
  const choose = (month: string) => {
    if (from && to && from === to && month !== from) onRange(month < from ? month : from, month < from ? from : month);
    else onRange(month, month);
  };
  if (histogram.length === 0) return null;
  return (
    <figure className="mb-4" data-testid="timeline-strip">
      <figcaption className="mb-1 text-sm text-muted">{t('filters.stripHelp')}</figcaption>
      {/* Bars and their end labels scroll together: a long range is wider than the page, and labels pinned to the box
          would name months that are not under them. */}
      <div className="overflow-x-auto" data-testid="timeline-strip-scroll">
        <div className="flex w-max min-w-full flex-col">
          <div className="flex h-20 items-end gap-1" role="toolbar" aria-label={t('filters.strip')} onKeyDown={onKeyDown}>
            {histogram.map(({ month, count }, index) => {
              const inRange = from !== null && to !== null && month >= from && month <= to;
              return (
                <button
                  key={month}
                  type="button"
                  tabIndex={index === stop ? 0 : -1}
                  onClick={() => {
                    setCurrent(month);
                    choose(month);
                  }}
                  aria-pressed={inRange}
                  aria-label={t('filters.monthBar', { month: formatMonth(month), count, formatted: number(count) })}
                  title={`${formatMonth(month)}: ${number(count)}`}
                  className="group flex h-full min-w-6 flex-1 flex-col justify-end"
                >
                  {/* An SVG bar, its height an attribute: the page is prerendered, and our CSP refuses style attributes in HTML. */}
                  <svg aria-hidden="true" viewBox="0 0 10 100" preserveAspectRatio="none" className="block h-full w-full">
                    <rect x="0" y={100 - barHeight(count, max)} width="10" height={barHeight(count, max)} className={inRange ? 'fill-accent' : 'fill-muted/40 group-hover:fill-muted'} />
                  </svg>
                </button>
              );
            })}
          </div>
          <div className="mt-1 flex justify-between gap-4 text-xs text-muted" data-testid="timeline-strip-range">
            <span>{formatMonth(histogram[0]!.month)}</span>
            <span>{formatMonth(histogram[histogram.length - 1]!.month)}</span>
          </div>
        </div>
      </div>
    </figure>
  );
}

/** Drawn again only when its props change (home passes a stable onRange): a search leaves the strip as it is. */
export const TimelineStrip = memo(TimelineStripView);
