import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_EXECUTABLE, WITHOUT_ADDRESS_BAR_POPUP } from './scripts/chromium.ts';

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
      // Chromium (CHROME_PATH, else Debian's /usr/bin/chromium) without the address bar's popup (scripts/chromium.ts).
      executablePath: CHROMIUM_EXECUTABLE,
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', WITHOUT_ADDRESS_BAR_POPUP],
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
