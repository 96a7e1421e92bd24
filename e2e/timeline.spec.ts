/**
 * Issue 15 point 2, a timeline you can read: an axis over the collection's actual range with years/months/days, the
 * density of publications and of mentioned events apart, jump to a year, home's filters, a chosen period's events,
 * the keyboard, and an article's own dates on its page — in Arabic and English, at desktop and phone widths. Every
 * expectation is computed from the bundle the build serves (content/articles).
 */
import { expect, test, type Page } from './test.ts';
import { openAs, servedBundle } from './support.ts';

const bundle = servedBundle();
interface Event {
  kind: 'published' | 'mentioned';
  value: string;
  endValue: string | null;
  item: string;
}
const events: Event[] = bundle.items.flatMap((item) => [
  ...(item._riwaya.published ? [{ kind: 'published' as const, value: item._riwaya.published.value, endValue: null, item: item.id }] : []),
  ...item._riwaya.dates.flatMap((d) => (d.value && d.precision ? [{ kind: 'mentioned' as const, value: d.value, endValue: d.end_value ?? null, item: item.id }] : [])),
]);
const sorted = (values: string[]) => [...values].sort();
const FIRST = sorted(events.map((e) => e.value))[0]!;
const LAST = sorted(events.map((e) => e.endValue ?? e.value)).at(-1)!;
/** An event in a period: compared at the shorter of the two lengths (a year-only date is in each of its months). */
const inPeriod = (event: Event, period: string) => {
  const end = event.endValue ?? event.value;
  const a = Math.min(event.value.length, period.length);
  const b = Math.min(end.length, period.length);
  return event.value.slice(0, a) <= period.slice(0, a) && end.slice(0, b) >= period.slice(0, b);
};
const mentioning = (entityId: string) => new Set(bundle.items.filter((i) => i._riwaya.mentions.some((m) => m.entity === entityId)).map((i) => i.id));
// The person most articles mention (whoever that is in the served collection).
const person = bundle._riwaya.entities
  .filter((e) => e.type === 'person')
  .map((entity) => ({ entity, count: mentioning(entity.id).size }))
  .reduce((a, b) => (b.count > a.count ? b : a)).entity;

const DEVICES = [['desktop', { width: 1280, height: 860 }], ['phone', { width: 390, height: 844 }]] as const;
const WORDS = {
  ar: { years: 'سنوات', months: 'أشهر', days: 'أيام', published: 'تاريخ النشر', mentioned: 'مذكور في النص', onTimeline: 'على الخط الزمني' },
  en: { years: 'Years', months: 'Months', days: 'Days', published: 'Publication', mentioned: 'Mentioned in a text', onTimeline: 'on the timeline' },
} as const;

async function open(page: Page, path: string, language: 'ar' | 'en', viewport: { width: number; height: number }) {
  await openAs(page, path, language, viewport);
  await expect(page.getByTestId('timeline-axis').or(page.getByTestId('article'))).toBeVisible({ timeout: 30_000 });
}

const bars = (page: Page) => page.getByTestId('axis-bars').getByRole('button');
const slotData = (page: Page) =>
  bars(page).evaluateAll((buttons) =>
    buttons.map((b) => ({ period: b.getAttribute('data-period')!, published: Number(b.getAttribute('data-published')), mentioned: Number(b.getAttribute('data-mentioned')), pressed: b.getAttribute('aria-pressed') === 'true' })),
  );
const listed = (page: Page) =>
  page.getByTestId('timeline-event').evaluateAll((lis) => lis.map((li) => ({ kind: li.getAttribute('data-kind'), value: li.getAttribute('data-value')!, item: li.getAttribute('data-item')! })));
const key = (e: { kind: string | null; item: string; value: string }) => `${e.kind}|${e.item}|${e.value}`;
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

for (const [device, viewport] of DEVICES) {
  for (const language of ['ar', 'en'] as const) {
    const words = WORDS[language];

    test(`the axis spans the collection's range and zooms years ↔ months ↔ days (${language}, ${device})`, async ({ page }) => {
      test.setTimeout(90_000);
      await open(page, '/timeline', language, viewport);
      const axis = page.getByTestId('timeline-axis');
      await expect(axis).toHaveAttribute('data-zoom', 'month');
      await expect(page.getByTestId('axis-range')).toHaveAttribute('data-first', FIRST);
      await expect(page.getByTestId('axis-range')).toHaveAttribute('data-last', LAST);
      expect(await noSidewaysScroll(page)).toBe(true);

      // Years: every event counted once, publications and mentioned events apart.
      await page.getByTestId('zoom').getByRole('button', { name: words.years }).click();
      await expect(page).toHaveURL(/zoom=year/);
      await expect(axis).toHaveAttribute('data-zoom', 'year');
      const years = await slotData(page);
      expect(years.every((s) => s.period.length === 4)).toBe(true);
      expect(years[0]!.period).toBe(FIRST.slice(0, 4));
      expect(years.at(-1)!.period).toBe(LAST.slice(0, 4));
      expect(years.reduce((n, s) => n + s.published, 0)).toBe(events.filter((e) => e.kind === 'published').length);
      expect(years.reduce((n, s) => n + s.mentioned, 0)).toBe(events.filter((e) => e.kind === 'mentioned').length);
      // Time runs from the reading direction's start: the earliest year on the right in Arabic, on the left in English.
      const x = async (period: string) => (await bars(page).and(page.locator(`[data-period="${period}"]`)).boundingBox())!.x;
      const [earliest, latest] = [await x(years[0]!.period), await x(years.at(-1)!.period)];
      expect(language === 'ar' ? earliest > latest : earliest < latest).toBe(true);

      // Months: more periods; then days, one year of them (the latest with a publication).
      await page.getByTestId('zoom').getByRole('button', { name: words.months }).click();
      await expect(axis).toHaveAttribute('data-zoom', 'month');
      const months = await slotData(page);
      expect(months.length).toBeGreaterThan(years.length);
      expect(months.some((s) => s.period.length === 7)).toBe(true);
      await page.getByTestId('zoom').getByRole('button', { name: words.days }).click();
      await expect(page).toHaveURL(/zoom=day/);
      await expect(axis).toHaveAttribute('data-zoom', 'day');
      const latestPublished = sorted(events.filter((e) => e.kind === 'published').map((e) => e.value)).at(-1)!.slice(0, 4);
      const days = await slotData(page);
      expect(days.length).toBeGreaterThan(0);
      expect(days.every((s) => s.period.startsWith(latestPublished))).toBe(true);
      expect(days.some((s) => s.period.length === 10)).toBe(true);
      expect(await noSidewaysScroll(page)).toBe(true);
    });

    test(`jump to a year, choose a period: its events listed, publications and mentioned events distinct (${language}, ${device})`, async ({ page }) => {
      test.setTimeout(90_000);
      await open(page, '/timeline?zoom=year', language, viewport);
      // The years offered are the years with events.
      const offered = await page.getByTestId('jump-year').locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      expect(offered).toEqual([...new Set(events.map((e) => e.value.slice(0, 4)))].sort());
      // The quietest year with both kinds of events.
      const both = offered.filter((y) => events.some((e) => e.kind === 'published' && e.value.startsWith(y)) && events.some((e) => e.kind === 'mentioned' && e.value.startsWith(y)));
      const size = (y: string) => events.filter((e) => e.value.startsWith(y)).length;
      const year = both.reduce((a, b) => (size(b) < size(a) ? b : a));
      await page.getByTestId('jump-year').selectOption(year);
      await expect(page).toHaveURL(new RegExp(`period=${year}`));
      await expect(page.getByTestId('axis-bars').locator('[aria-pressed="true"]')).toHaveAttribute('data-period', year);
      await expect(page.getByTestId('timeline-list-title')).toContainText(year);
      const expectedYear = events.filter((e) => inPeriod(e, year));
      await expect(page.getByTestId('timeline-event')).toHaveCount(expectedYear.length);
      expect(sorted((await listed(page)).map(key))).toEqual(sorted(expectedYear.map(key)));

      // Publication and mentioned event: other words, another mark and colour, in the list and in the legend.
      const publishedBadge = page.locator('[data-testid="timeline-event"][data-kind="published"]').first().getByTestId('event-kind');
      const mentionedBadge = page.locator('[data-testid="timeline-event"][data-kind="mentioned"]').first().getByTestId('event-kind');
      await expect(publishedBadge).toHaveText(new RegExp(words.published));
      await expect(mentionedBadge).toHaveText(new RegExp(words.mentioned));
      const background = (badge: typeof publishedBadge) => badge.evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(await background(publishedBadge)).not.toBe(await background(mentionedBadge));
      await expect(page.getByTestId('axis-legend').locator('li')).toHaveCount(3);

      // A month at the months zoom: the one with most events; the list shows what it holds.
      await page.getByTestId('zoom').getByRole('button', { name: words.months }).click();
      await expect(page.getByTestId('timeline-axis')).toHaveAttribute('data-zoom', 'month');
      const months = (await slotData(page)).filter((s) => s.period.length === 7);
      const busiest = months.reduce((a, b) => (b.published + b.mentioned > a.published + a.mentioned ? b : a));
      await bars(page).and(page.locator(`[data-period="${busiest.period}"]`)).click();
      await expect(page).toHaveURL(new RegExp(`period=${busiest.period}`));
      const expectedMonth = events.filter((e) => inPeriod(e, busiest.period));
      await expect(page.getByTestId('timeline-event')).toHaveCount(expectedMonth.length);
      const shown = await listed(page);
      expect(sorted(shown.map(key))).toEqual(sorted(expectedMonth.map(key)));
      // Its bars count the events known to that month or a day of it; the list adds the year-only ones over it.
      expect(shown.filter((e) => e.kind === 'published' && e.value.length >= 7).length).toBe(busiest.published);
      expect(shown.filter((e) => e.kind === 'mentioned' && e.value.length >= 7).length).toBe(busiest.mentioned);
      await page.getByTestId('show-all').click();
      await expect(page).not.toHaveURL(/period=/);
      await expect(page.getByTestId('timeline-event')).toHaveCount(events.length);
      expect(await noSidewaysScroll(page)).toBe(true);
    });

    test(`a person filter narrows the timeline, and the axis works from the keyboard (${language}, ${device})`, async ({ page }) => {
      test.setTimeout(90_000);
      await open(page, '/timeline?zoom=year', language, viewport);
      await page.getByTestId('picker-person').locator('summary').click();
      await page.getByTestId('picker-person').getByRole('button').filter({ hasText: person.name }).first().click();
      await expect(page).toHaveURL(/person=/);
      await expect(page.getByTestId('active-filters')).toContainText(person.name);
      const theirs = mentioning(person.id);
      const expected = events.filter((e) => theirs.has(e.item));
      await expect(page.getByTestId('timeline-event')).toHaveCount(expected.length);
      expect((await listed(page)).every((e) => theirs.has(e.item))).toBe(true);
      const slots = await slotData(page);
      expect(slots.reduce((n, s) => n + s.published, 0)).toBe(expected.filter((e) => e.kind === 'published').length);
      await expect(page.getByTestId('axis-range')).toHaveAttribute('data-first', sorted(expected.map((e) => e.value))[0]!);

      // One tab stop: Tab from "jump to a year" lands on the axis; the arrows move as they point, Enter chooses.
      await expect(page.getByTestId('axis-bars').locator('button[tabindex="0"]')).toHaveCount(1);
      await page.getByTestId('jump-year').focus();
      await page.keyboard.press('Tab');
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-period') ?? null);
      const start = await focused();
      expect(start).toBe(slots.at(-1)!.period); // the latest, until one is chosen
      await page.keyboard.press(language === 'ar' ? 'ArrowRight' : 'ArrowLeft'); // towards the earlier years
      const earlier = await focused();
      expect(earlier).not.toBeNull();
      expect(earlier! < start!).toBe(true);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`period=${earlier}`));
      await expect(page.getByTestId('timeline-event')).toHaveCount(expected.filter((e) => inPeriod(e, earlier!)).length);
      await page.keyboard.press('+');
      await expect(page).toHaveURL(/zoom=month/);
      await expect(page.getByTestId('timeline-axis')).toHaveAttribute('data-zoom', 'month');
      // The chosen year stays chosen, its months marked.
      expect((await slotData(page)).filter((s) => s.pressed).every((s) => s.period.startsWith(earlier!))).toBe(true);
    });

    test(`an article shows its own dates, each on the timeline (${language}, ${device})`, async ({ page }) => {
      test.setTimeout(90_000);
      // Seed 000: published 20 April 2023; its text mentions "هذا الشهر", a date known only to the month.
      const item = bundle.items.find((i) => i.id === '000_65e48351ce8b35e2')!;
      await open(page, `/article/${item.id}`, language, viewport);
      const section = page.getByTestId('article-events');
      await expect(section).toBeVisible();
      const rows = section.getByTestId('article-event');
      await expect(rows.first()).toHaveAttribute('data-kind', 'published');
      await expect(rows.first()).toHaveAttribute('data-value', item._riwaya.published!.value);
      const dates = item._riwaya.dates.filter((d) => d.value !== null);
      const shownValues = await section.locator('[data-kind="mentioned"]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-value')));
      expect(new Set(shownValues)).toEqual(new Set(dates.map((d) => d.value)));
      // Each date with the sentence that states it.
      const month = dates.find((d) => d.precision === 'month')!;
      const monthRow = section.locator(`[data-kind="mentioned"][data-value="${month.value}"]`);
      await expect(monthRow.getByTestId('article-event-sentence')).toContainText(item.content_text.slice(month.start, month.end));
      await monthRow.getByRole('link', { name: words.onTimeline }).click();
      await expect(page).toHaveURL(new RegExp(`/timeline\\?zoom=month&period=${month.value}`));
      await expect(page.getByTestId('axis-bars').locator('[aria-pressed="true"]')).toHaveAttribute('data-period', month.value!);
      await expect(page.locator(`[data-testid="timeline-event"][data-kind="mentioned"][data-item="${item.id}"][data-value="${month.value}"]`)).toBeVisible();
      expect(await noSidewaysScroll(page)).toBe(true);
    });
  }
}
