/**
 * One accessibility check for every journey: axe-core's rules on the page as it is, its violations as
 * "rule: first three nodes" lines (an empty list when there are none).
 *
 * - Legacy mode (`axe.run` in the page) instead of @axe-core/playwright's default, which runs `axe.runPartial` in
 *   each frame and then `axe.finishRun` in a new blank page: Riwaya's pages have no frames, so the result is the
 *   same, and the blank page cost most of the time (timeline 12.6 s → 3.9 s, home 6.5 s → 1.9 s per check,
 *   measured by a probe on the production build, 2026-12-06).
 * - Only violations are collected in full (`resultTypes`): passes and the rest keep one node each instead of every
 *   node of the page, which the check never reads. Violations are reported the same.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] });
  if (include !== undefined) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
