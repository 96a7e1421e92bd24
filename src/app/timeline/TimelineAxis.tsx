import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../shell/use-format.ts';
import { stripMoveTarget } from '../shell/strip-keys.ts';
import { slotInPeriod, ZOOMS, type Axis, type PeriodSlot, type Zoom } from './axis.ts';
import { toPublished } from '../../core/published.ts';

interface Props {
  axis: Axis;
  period: string | null;
  onChoose: (period: string) => void;
  onZoom: (zoom: Zoom) => void;
}

/** A bar's height in percent of the axis: nothing for no event, at least a visible stub for one. */
const barHeight = (count: number, peak: number) => (count === 0 ? 0 : Math.round((8 + (count / Math.max(peak, 1)) * 92) * 10) / 10);

/** The period's name at its own precision ("2018", "مارس 2018", "14 مارس 2018"). */
function usePeriodName() {
  const format = useFormat();
  return (key: string) => format.date(toPublished(key)!);
}

/**
 * The axis: one bar pair per period — publications a filled bar, mentioned events a hollow one (shape and colour, and
 * their counts in each period's label) — over a faint band where events known only to a longer period fall. Time runs
 * from the reading direction's start: the earliest period is on the right in Arabic, on the left in English, as the
 * story page's coverage bars (the bars are a flex row, which follows the page's direction). On a phone the row
 * scrolls sideways. It is one tab stop (a toolbar, like the home page's month strip): the arrows move between
 * periods as they point, Home/End to the first and last, Enter or Space chooses, + and − zoom.
 */
export function TimelineAxis({ axis, period, onChoose, onZoom }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = usePeriodName();
  const bars = useRef<HTMLDivElement>(null);
  const periods = axis.slots.filter((slot): slot is PeriodSlot => slot.kind === 'period');
  const [current, setCurrent] = useState<string | null>(null);
  const chosenIndex = period === null ? -1 : periods.findIndex((slot) => slotInPeriod(slot.key, period));
  const currentIndex = current === null ? -1 : periods.findIndex((slot) => slot.key === current);
  const stop = currentIndex !== -1 ? currentIndex : chosenIndex !== -1 ? chosenIndex : periods.length - 1;

  // The chosen period (a jump to a year, a zoom, an address with ?period=), else the latest, is brought to the middle
  // of the row: sideways only, the page itself does not move.
  useEffect(() => {
    const row = bars.current;
    const target = row?.querySelector('[aria-pressed="true"]') ?? row?.querySelector('button:last-of-type');
    if (!row || !target) return;
    const [box, place] = [row.getBoundingClientRect(), target.getBoundingClientRect()];
    row.scrollBy({ left: place.left + place.width / 2 - (box.left + box.width / 2) });
  }, [period, axis.zoom, axis.window]);

  const zoomStep = (step: 1 | -1) => {
    const next = ZOOMS[ZOOMS.indexOf(axis.zoom) + step];
    if (next) onZoom(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === '+' || event.key === '=') return zoomStep(1);
    if (event.key === '-' || event.key === '−') return zoomStep(-1);
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    const target = stripMoveTarget(event.key, rtl, stop, periods.length);
    if (target === null) return;
    event.preventDefault();
    setCurrent(periods[target]!.key);
    event.currentTarget.querySelectorAll('button')[target]?.focus();
  };

  const label = (slot: PeriodSlot) => {
    const counts = t('timeline.slot', {
      period: slot.span ? `${name(slot.key)} (${t(slot.key.length === 4 ? 'timeline.span.year' : 'timeline.span.month')})` : name(slot.key),
      published: t('timeline.publications', { count: slot.published, formatted: format.number(slot.published) }),
      mentioned: t('timeline.mentions', { count: slot.mentioned, formatted: format.number(slot.mentioned) }),
    });
    return slot.coarse > 0 ? `${counts} ${t('timeline.coarse', { count: slot.coarse, formatted: format.number(slot.coarse) })}` : counts;
  };
  // A short name under the bar that starts a longer unit: each year, each year's first month, each month's first day.
  const tick = (slot: PeriodSlot, index: number) => {
    const previous = periods[index - 1]?.key;
    if (axis.zoom === 'year' || slot.span) return name(slot.key);
    const unit = axis.zoom === 'month' ? 4 : 7;
    if (previous !== undefined && previous.slice(0, unit) === slot.key.slice(0, unit)) return '';
    return axis.zoom === 'month' ? format.date({ value: slot.key.slice(0, 4), precision: 'year' }) : format.month(slot.key.slice(0, 7));
  };
  const width = axis.zoom === 'year' ? 'min-w-9' : axis.zoom === 'month' ? 'min-w-5' : 'min-w-4';
  let periodIndex = -1;

  return (
    <section className="mb-6" aria-labelledby="axis-title" data-testid="timeline-axis" data-zoom={axis.zoom}>
      <div className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-2">
        <h2 id="axis-title" className="text-lg font-semibold">{t('timeline.axis')}</h2>
        {axis.first && axis.last && (
          <p className="text-sm text-muted" data-testid="axis-range" data-first={axis.first} data-last={axis.last}>
            {axis.window !== null ? `${t('timeline.window', { year: format.date({ value: axis.window, precision: 'year' }) })} · ` : ''}
            {t('timeline.range', { from: name(axis.first), to: name(axis.last) })}
          </p>
        )}
        <div role="group" aria-label={t('timeline.zoom')} className="flex overflow-hidden rounded border border-rule text-sm" data-testid="zoom">
          {ZOOMS.map((zoom) => (
            <button key={zoom} type="button" aria-pressed={axis.zoom === zoom} onClick={() => onZoom(zoom)} className="px-2 py-1 aria-pressed:bg-accent aria-pressed:text-paper" data-zoom={zoom}>
              {t(`timeline.zoomValue.${zoom}`)}
            </button>
          ))}
        </div>
        <label className="flex items-center gap-2 text-sm">
          {t('timeline.jump')}
          <select
            value={period?.length === 4 ? period : ''}
            onChange={(event) => event.target.value && onChoose(event.target.value)}
            className="rounded border border-rule bg-paper px-1 py-0.5"
            data-testid="jump-year"
          >
            <option value="">{t('timeline.jumpPrompt')}</option>
            {axis.years.map(({ year, count }) => (
              <option key={year} value={year}>{t('timeline.yearOption', { year: format.date({ value: year, precision: 'year' }), formatted: format.number(count) })}</option>
            ))}
          </select>
        </label>
      </div>
      <ul className="mb-1 flex flex-wrap gap-x-4 text-xs text-muted" data-testid="axis-legend">
        <li className="flex items-center gap-1"><Swatch kind="published" />{t('timeline.legend.published')}</li>
        <li className="flex items-center gap-1"><Swatch kind="mentioned" />{t('timeline.legend.mentioned')}</li>
        <li className="flex items-center gap-1"><Swatch kind="coarse" />{t('timeline.legend.coarse')}</li>
      </ul>
      <p id="axis-help" className="mb-1 text-xs text-muted">{t('timeline.axisHelp')}</p>
      <div ref={bars} role="toolbar" aria-label={t('timeline.axis')} aria-describedby="axis-help" onKeyDown={onKeyDown} className="relative flex h-32 items-stretch gap-px overflow-x-auto pb-1" data-testid="axis-bars">
        {axis.slots.map((slot) => {
          if (slot.kind === 'gap') {
            return (
              <span key={`gap-${slot.from}`} className="flex min-w-6 items-center justify-center text-muted" data-testid="axis-gap" data-from={slot.from} data-to={slot.to}>
                <span aria-hidden="true">⋯</span>
                <span className="sr-only">{t('timeline.gap', { from: name(slot.from), to: name(slot.to) })}</span>
              </span>
            );
          }
          const index = ++periodIndex;
          const chosen = period !== null && slotInPeriod(slot.key, period);
          return (
            <button
              key={slot.key}
              type="button"
              tabIndex={index === stop ? 0 : -1}
              aria-pressed={chosen}
              aria-label={label(slot)}
              title={label(slot)}
              onClick={() => {
                setCurrent(slot.key);
                onChoose(slot.key);
              }}
              className={`group flex ${slot.span ? 'min-w-9' : width} flex-1 flex-col rounded-sm ${slot.span ? 'border border-dashed border-muted' : ''} ${chosen ? 'bg-accent/15' : 'hover:bg-rule/60'}`}
              data-period={slot.key}
              data-published={slot.published}
              data-mentioned={slot.mentioned}
              data-coarse={slot.coarse}
              data-span={slot.span || undefined}
            >
              {/* SVG with its sizes as attributes: our CSP refuses style attributes. */}
              <svg aria-hidden="true" viewBox="0 0 20 100" preserveAspectRatio="none" className="block w-full flex-1">
                {slot.coarse > 0 && <rect x="0" y="0" width="20" height="100" className="fill-muted/15" />}
                {slot.published > 0 && <rect x="1.5" y={100 - barHeight(slot.published, axis.peak)} width="8" height={barHeight(slot.published, axis.peak)} className="fill-accent" />}
                {slot.mentioned > 0 && (
                  <rect x="11" y={100 - barHeight(slot.mentioned, axis.peak)} width="7.5" height={barHeight(slot.mentioned, axis.peak)} className="fill-paper stroke-ink" strokeWidth="1.5" vectorEffect="non-scaling-stroke" />
                )}
              </svg>
              <span aria-hidden="true" className="block h-4 whitespace-nowrap text-start text-[10px] leading-4 text-muted">{tick(slot, index)}</span>
            </button>
          );
        })}
      </div>
    </section>
  );
}

/** The legend's sample of each mark, drawn as on the axis. */
function Swatch({ kind }: { kind: 'published' | 'mentioned' | 'coarse' }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className="inline-block h-3 w-3">
      {kind === 'published' && <rect x="1" y="1" width="10" height="10" className="fill-accent" />}
      {kind === 'mentioned' && <rect x="1.5" y="1.5" width="9" height="9" className="fill-paper stroke-ink" strokeWidth="1.5" />}
      {kind === 'coarse' && <rect x="0" y="0" width="12" height="12" className="fill-muted/25" />}
    </svg>
  );
}
