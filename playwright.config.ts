import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

// Debian's Chromium; Playwright downloads no browser here.
const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};

const phone = { ...devices["Desktop Chrome"], viewport: { width: 360, height: 780 }, isMobile: false, hasTouch: true };

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: process.env.E2E_OUTPUT_DIR ?? "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  use: { baseURL, trace: "off", launchOptions },
  projects: [
    // The matrices run first, on the demo data as seeded: other flows change it (close the
    // seeded signal, confirm the proposed incident, …). The authorization matrix works over
    // HTTP (once is enough); every page is checked at the phone's width.
    { name: "matrix", testMatch: /authorization\.spec\.ts/, use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, launchOptions } },
    { name: "every-page", testMatch: /every-page\.spec\.ts/, use: { ...phone, launchOptions } },
    // Operations test processes, not screens: on the desktop project only. Tests tagged
    // @phone are about the phone's width only.
    { name: "phone", testIgnore: /(authorization|every-page|operations)\.spec\.ts/, dependencies: ["matrix", "every-page"], use: { ...phone, launchOptions } },
    { name: "desktop", testIgnore: /(authorization|every-page)\.spec\.ts/, grepInvert: /@phone/, dependencies: ["matrix", "every-page"], use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, launchOptions } },
  ],
  webServer: {
    command: `npx tsx tests/e2e/server.ts`,
    url: `${baseURL}/signin`,
    env: { E2E_PORT: String(port) },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
