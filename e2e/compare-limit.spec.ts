/**
 * Walk-through: with three articles ticked in the compare page's checklist, a fourth box ignored the press and said
 * nothing. Now the other boxes are disabled (their rows still read), a hint says that at most three can be compared,
 * and unticking one enables them again.
 */
import { expect, test } from './test.ts';
import { openAs } from './support.ts';

const HINT = {
  ar: 'يمكن مقارنة ثلاث مقالات على الأكثر: ألغِ اختيار إحداها لتختار غيرها.',
  en: 'At most three articles can be compared: untick one to choose another.',
} as const;

for (const language of ['ar', 'en'] as const) {
  test(`the checklist says it takes three articles at most, and why a fourth cannot be ticked (${language})`, async ({ page }) => {
    await openAs(page, '/compare', language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    const boxes = page.getByRole('checkbox');
    await expect(boxes.nth(4)).toBeVisible();
    const total = await boxes.count();
    const hint = page.getByTestId('compare-limit');
    await expect(hint).toHaveCount(0);

    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await expect(hint).toHaveCount(0);
    await expect(boxes.nth(3)).toBeEnabled();
    await boxes.nth(2).check();

    // Three chosen: the hint shows, inside a live region, and every other box is disabled and described by it.
    await expect(hint).toBeVisible();
    await expect(hint).toHaveText(HINT[language]);
    await expect(page.getByRole('status').filter({ has: hint })).toHaveCount(1);
    await expect(page.getByRole('checkbox', { disabled: true })).toHaveCount(total - 3);
    for (const k of [0, 1, 2]) await expect(boxes.nth(k)).toBeEnabled();
    const fourth = boxes.nth(3);
    await expect(fourth).toBeDisabled();
    await expect(fourth).not.toBeChecked();
    await expect(fourth).toHaveAccessibleDescription(HINT[language]);
    // Its row still reads: its label, the title, is shown.
    const fourthRow = fourth.locator('xpath=ancestor::label[1]');
    await expect(fourthRow).toBeVisible();
    await expect(fourthRow).not.toHaveText('');
    // A press on it changes nothing (forced past Playwright's own check that it is enabled).
    await fourth.click({ force: true });
    await expect(fourth).not.toBeChecked();
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(3);

    // One unticked: the others are enabled again and the hint is gone; a different third can be chosen.
    await boxes.nth(1).uncheck();
    await expect(hint).toHaveCount(0);
    await expect(page.getByRole('checkbox', { disabled: true })).toHaveCount(0);
    await expect(fourth).not.toHaveAttribute('aria-describedby');
    await fourth.check();
    await expect(fourth).toBeChecked();
    await expect(hint).toBeVisible();
    await expect(boxes.nth(1)).toBeDisabled();
  });
}
