// Rasterises public/icons/allies.svg into the web app manifest's PNG icons with the local
// Chromium (no network): `npx tsx scripts/icons.ts`. The PNGs are committed.
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";

async function main() {
  const svg = readFileSync("public/icons/allies.svg", "utf8");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  for (const [size, name, padding] of [
    [192, "icon-192.png", 0],
    [512, "icon-512.png", 0],
    [512, "maskable-512.png", 0.1],
    [180, "apple-touch-icon.png", 0],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = Math.round(size * (1 - 2 * padding));
    await page.setContent(`<html><body style="margin:0;background:#115e59;display:grid;place-items:center;width:${size}px;height:${size}px">${svg.replace("<svg ", `<svg width="${inner}" height="${inner}" `)}</body></html>`);
    await page.screenshot({ path: `public/icons/${name}`, omitBackground: false });
    await page.close();
  }
  await browser.close();
}

void main();
