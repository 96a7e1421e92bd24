#!/usr/bin/env node
// Rasterizes public/icons/*.svg into the PNG sizes the web app manifest lists (run once after editing an icon;
// the PNGs are committed). Uses the same Chromium as the e2e tests.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const page = await browser.newPage();
for (const [svg, sizes] of [['icon', [192, 512]], ['maskable', [192, 512]]]) {
  const markup = readFileSync(`public/icons/${svg}.svg`, 'utf8');
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${markup.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    await page.screenshot({ path: `public/icons/${svg}-${size}.png`, omitBackground: true });
  }
}
await browser.close();
