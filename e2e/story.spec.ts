/**
 * Issue 15 point 4, coverage at a glance on story pages: the corpus's largest story (28 reports of the Skripal
 * poisoning from five outlets, March–April 2018) says who reported it and when, offers each same-event pair of
 * reports once, and lists its articles without a row of compare links under each.
 */
import { expect, test } from './test.ts';
import { servedBundle } from './support.ts';

const bundle = servedBundle();
const story = bundle._riwaya.stories.reduce((a, b) => (b.item_ids.length > a.item_ids.length ? b : a));
const reports = story.item_ids.map((id) => bundle.items.find((i) => i.id === id)!);
const outlets = new Set(reports.map((r) => r._riwaya.outlet));
const days = reports.map((r) => r._riwaya.published?.value).filter((v): v is string => v !== undefined).sort();
const earliest = reports.filter((r) => r._riwaya.published?.value === days[0]).map((r) => r.title);
const latest = reports.filter((r) => r._riwaya.published?.value === days.at(-1)).map((r) => r.title);

for (const [language, words] of [
  ['ar', { coverage: 'من نقل الخبر ومتى', first: 'أول تقرير', latest: 'آخر تقرير', count: `${reports.length} تقريرًا`, outlets: `${outlets.size} مصادر` }],
  ['en', { coverage: 'Who reported it, and when', first: 'First report', latest: 'Latest report', count: `${reports.length} reports`, outlets: `${outlets.size} outlets` }],
] as const) {
  for (const [device, viewport] of [['desktop', { width: 1280, height: 860 }], ['phone', { width: 390, height: 844 }]] as const) {
    test(`a story page shows who reported it and when, and each pair to compare once (${language}, ${device})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript((settings) => localStorage.setItem('riwaya.settings', settings), JSON.stringify({ language }));
      await page.goto(`/story/${encodeURIComponent(story.id)}`);
      const coverage = page.getByTestId('coverage');
      await expect(coverage.getByRole('heading', { name: words.coverage })).toBeVisible();
      await expect(page.getByTestId('coverage-span')).toContainText(words.count);
      await expect(page.getByTestId('coverage-span')).toContainText(words.outlets);
      // One row per outlet, one mark per dated report, every report once.
      await expect(page.getByTestId('coverage-outlet')).toHaveCount(outlets.size);
      const marked = await coverage.locator('line[data-id]').evaluateAll((lines) => lines.map((l) => l.getAttribute('data-id')));
      expect(marked.sort()).toEqual(reports.filter((r) => r._riwaya.published).map((r) => r.id).sort());
      expect(earliest).toContain(await page.getByTestId('first-report').getByRole('link').textContent());
      expect(latest).toContain(await page.getByTestId('latest-report').getByRole('link').textContent());
      await expect(page.getByTestId('first-report')).toContainText(words.first);
      await expect(page.getByTestId('latest-report')).toContainText(words.latest);
      // In reading order the earliest report's mark is nearer the line's start (right in Arabic, left in English).
      const x = async (id: string) => Number(await coverage.locator(`line[data-id="${id}"]`).first().getAttribute('x1'));
      const [firstId] = await page.getByTestId('first-report').getByRole('link').evaluateAll((links) => links.map((l) => decodeURIComponent(l.getAttribute('href')!.split('/').pop()!)));
      const lastId = (await page.getByTestId('latest-report').getByRole('link').getAttribute('href'))!.split('/').pop()!;
      if (language === 'ar') expect(await x(firstId!)).toBeGreaterThan(await x(decodeURIComponent(lastId)));
      else expect(await x(firstId!)).toBeLessThan(await x(decodeURIComponent(lastId)));

      // Each same-event pair once, both of its reports in the story, named by outlet and date.
      const suggestions = page.getByTestId('compare-suggestions');
      await expect(suggestions.getByRole('link').first()).toBeVisible();
      const pairs = await suggestions.locator('a[href^="/compare"]').evaluateAll((links) => links.map((l) => new URL(l.getAttribute('href')!, location.href).searchParams.get('ids')!));
      expect(new Set(pairs).size).toBe(pairs.length);
      for (const pair of pairs) {
        const ids = pair.split(',');
        expect(ids).toHaveLength(2);
        for (const id of ids) expect(story.item_ids).toContain(id);
        expect(pairs).not.toContain([...ids].reverse().join(','));
      }
      // The articles' list has no compare links of its own (it had six per article).
      await expect(page.getByTestId('story-timeline').locator('a[href^="/compare"]')).toHaveCount(0);
      await expect(page.getByTestId('story-timeline').locator('[data-id]')).toHaveCount(reports.length);
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    });
  }
}

for (const [language, link] of [
  ['ar', `القصة: ${reports.length} تقريرًا من ${outlets.size} مصادر`],
  ['en', `Story: ${reports.length} reports from ${outlets.size} outlets`],
] as const) {
  for (const [device, viewport] of [['desktop', { width: 1280, height: 860 }], ['phone', { width: 390, height: 844 }]] as const) {
    test(`an article card says how many reports and outlets its story has, and leads to it (${language}, ${device})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript((settings) => localStorage.setItem('riwaya.settings', settings), JSON.stringify({ language }));
      await page.goto('/');
      const row = page.locator(`[data-testid="article-row"][data-id="${story.item_ids[0]}"]`);
      await expect(row.getByTestId('row-story')).toHaveText(link);
      // An article alone in its story (or in none) has no such line.
      const alone = bundle.items.find((i) => !bundle._riwaya.stories.some((s) => s.item_ids.length > 1 && s.item_ids.includes(i.id)))!;
      await expect(page.locator(`[data-testid="article-row"][data-id="${alone.id}"]`).getByTestId('row-story')).toHaveCount(0);
      await row.getByTestId('row-story').getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/story/${encodeURIComponent(story.id)}$`));
      await expect(page.getByTestId('coverage')).toBeVisible();
    });
  }
}

for (const [language, heading] of [
  ['ar', 'ما تتفق عليه التقارير'],
  ['en', 'What the reports agree on'],
] as const) {
  for (const [device, viewport] of [['desktop', { width: 1280, height: 860 }], ['phone', { width: 390, height: 844 }]] as const) {
    test(`a story page sums up what its same-event reports all state (${language}, ${device})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.addInitScript((settings) => localStorage.setItem('riwaya.settings', settings), JSON.stringify({ language }));
      await page.goto(`/story/${encodeURIComponent(story.id)}`);
      const summary = page.getByTestId('story-summary');
      await expect(summary.getByRole('heading', { name: heading })).toBeVisible();
      // The reports it is made of: the ones its link compares, two or three of this story, of different outlets.
      const href = (await summary.getByTestId('story-summary-compare').getAttribute('href'))!;
      const ids = new URL(href, 'http://x').searchParams.get('ids')!.split(',');
      expect(ids.length).toBeGreaterThanOrEqual(2);
      const chosen = ids.map((id) => reports.find((r) => r.id === id)!);
      expect(new Set(chosen.map((r) => r._riwaya.outlet)).size).toBe(chosen.length);
      // Every name in it is mentioned by every one of them.
      const named = await summary.getByTestId('story-summary-names').getByRole('link').evaluateAll((links) => links.map((l) => decodeURIComponent(l.getAttribute('href')!.split('/').pop()!)));
      expect(named.length).toBeGreaterThan(0);
      for (const entity of named) for (const report of chosen) expect(report._riwaya.mentions.map((m) => m.entity), `${entity} in ${report.id}`).toContain(entity);
      await summary.getByTestId('story-summary-compare').click();
      await expect(page).toHaveURL(/\/compare\?ids=/);
      await expect(page.locator('[data-run]:visible').first()).toBeVisible();
    });
  }
}

// Walk-through 2026-12-04: the summary of the largest story listed «السبت» and «هذا الأسبوع» as dates the reports agree
// on, worded so that nobody could tell which Saturday: a date worded without a number shows the day it stands for.
test('a date the reports agree on, worded without a number, shows the day it stands for', async ({ page }) => {
  await page.goto(`/story/${encodeURIComponent(story.id)}`);
  const dates = page.getByTestId('story-summary').locator('[data-fact="date"]');
  await expect(dates.first()).toBeVisible();
  const chips = await dates.evaluateAll((els) => els.map((el) => ({ words: el.querySelector('bdi')!.textContent!, day: el.querySelector('[data-testid="fact-date"]')?.textContent ?? null })));
  const worded = chips.filter((c) => !/[0-9\u0660-\u0669]/.test(c.words));
  expect(worded.length).toBeGreaterThan(0);
  for (const chip of worded) expect(chip.day, chip.words).toMatch(/\(.*2018\)/);
});
