import { resolve } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// RIWAYA_E2E_PORT: another port, for a second checkout running its e2e on the same machine.
const PORT = Number(process.env.RIWAYA_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  // Generous: the machine has 2 cores and the build, the server and two browsers share them. On 2026-12-06's machine
  // a clean-clone CI run's compare page still said "loading the articles" (68 of them) 10 s after its address was
  // loaded, while the other worker ran the 10,000-article journeys; the same test passed in a run before. These
  // journeys check what the pages show, not how fast (npm run bench:app and bench:lighthouse measure that).
  expect: { timeout: 20_000 },
  // And a test as a whole: room for a few such waits (Playwright's default is 30 s).
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // No trace by default: recording one (a screenshot per frame and a DOM snapshot per action) cost a third of the
    // machine's CPU per page load on 2026-12-06's two cores (24 loads: 48.9 CPU-s traced, 32.6 without), and CI keeps
    // only what the run prints. To debug a failure: npx playwright test --trace retain-on-failure <file>.
    trace: 'off',
    screenshot: 'only-on-failure',
    // Route interception and a service worker do not mix; the PWA journeys allow it for themselves.
    serviceWorkers: 'block',
    launchOptions: {
      // Chromium (CHROME_PATH, else Debian's /usr/bin/chromium) through e2e/chromium.sh, which merges our list of
      // features to turn off into Playwright's (Chromium reads only the last --disable-features).
      executablePath: resolve('e2e/chromium.sh'),
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Chromium 156 preloads the address bar's popup (a WebUI page, chrome://omnibox-popup.top-chrome/) in a
        // renderer of its own for every new window, that is for every test: it burnt ~1.1-1.4 CPU-s in the 3 s after
        // each new page on 2026-12-06's two cores, beside the page under test. A headless test has no address bar.
        '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npm run build && npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
});
