import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, listen, type RunningServer } from "../src/api/index.js";
import { packageRoot } from "../src/core/paths.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/store.js";
import { seedStore } from "./support/api-fixture.js";

/**
 * Drives the web UI in Debian's headless Chromium (playwright-core, never a downloaded browser) over a real
 * server and the fixture store. Every request to another origin is aborted: the UI must work offline.
 * Screenshots of the main views go to test-output/screenshots/; with MARSAD_UPDATE_SCREENSHOTS=1 the event
 * page's also replaces docs/screenshots/event-page.png.
 */

const CHROMIUM = process.env.MARSAD_CHROMIUM ?? "/usr/bin/chromium";
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SHOTS = join(packageRoot, "test-output", "screenshots");

if (!HAVE_CHROMIUM) {
  process.stderr.write(
    `web tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set MARSAD_CHROMIUM)\n`,
  );
}

let dir: string;
let store: Store;
let server: RunningServer;
let context: BrowserContext;
let page: Page;
const problems: string[] = [];

function buildWeb(): void {
  const tsc = join(packageRoot, "node_modules", "typescript", "bin", "tsc");
  execFileSync(process.execPath, [tsc, "-p", join(packageRoot, "tsconfig.web.json")], { stdio: "inherit" });
  execFileSync(process.execPath, ["--import", "tsx", join(packageRoot, "scripts", "copy-web-assets.ts")], {
    stdio: "inherit",
  });
}

async function shot(name: string): Promise<string> {
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

async function open(route: string): Promise<void> {
  await page.goto(`${server.url}/#${route}`);
  await page.waitForSelector('.page[aria-busy="false"]');
}

describe.skipIf(!HAVE_CHROMIUM)("web UI in headless Chromium", () => {
  beforeAll(async () => {
    buildWeb();
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), "marsad-web-"));
    store = await openStore(join(dir, "marsad.db"));
    await seedStore(store);
    server = await listen(createApp({ store, token: null, log: () => {} }), { port: 0, host: "127.0.0.1" });
    context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
      viewport: { width: 1280, height: 900 },
    });
    await context.route("**/*", (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort(),
    );
    page = context.pages()[0] ?? (await context.newPage());
    page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
    page.on("pageerror", (e) => problems.push(e.message));
    page.on("dialog", (d) => {
      problems.push(`a dialog opened: ${d.message()}`);
      void d.dismiss();
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("loads the map, right to left in Arabic, with boundaries and a point per event", async () => {
    await open("/map");
    expect(await page.getAttribute("html", "dir")).toBe("rtl");
    expect(await page.getAttribute("html", "lang")).toBe("ar");
    await page.waitForSelector("path.event-point");
    expect(await page.locator("path.event-point").count()).toBe(5);
    // 14 governorates and 61 districts are drawn from the bundled boundaries, without any tile.
    expect(await page.locator(".leaflet-overlay-pane path").count()).toBe(5 + 14 + 61);
    expect(await page.locator(".leaflet-tile").count()).toBe(0);
    const font = await page.evaluate(`document.fonts.check('16px "Noto Naskh Arabic"', "مرصد")`);
    expect(font).toBe(true);
    await shot("map");
    await page.locator("path.event-point").first().click();
    await page.waitForSelector(".leaflet-popup .popup a");
    expect(await page.locator(".leaflet-popup .popup a").getAttribute("href")).toMatch(/^#\/event\/ev\d+$/);
  });

  it("filters the event list by type and governorate", async () => {
    await open("/events");
    expect(await page.locator("tr.event-row").count()).toBe(5);
    await page.selectOption('select[name="type"]', "Explosions/Remote violence");
    await page.click('.filters button[type="submit"]');
    await expect.poll(() => page.locator("tr.event-row").count()).toBe(3);
    await page.fill('input[name="place"]', "إدلب");
    await page.click('.filters button[type="submit"]');
    await expect.poll(() => page.locator("tr.event-row").count()).toBe(1);
    expect(page.url()).toContain("place=");
    await shot("events");
  });

  it("opens an event and shows each source's evidence highlighted and the contradiction side by side", async () => {
    await page.click("tr.event-row");
    await page.waitForSelector(".event-page");
    const marks = (kind: string) => page.locator(`.report mark.m-${kind}.primary`).allTextContents();
    expect(await marks("trigger")).toEqual(["قصفت", "قصف مدفعي"]);
    expect(await marks("actor")).toEqual(["قوات النظام", "قوات النظام"]);
    expect(await marks("place")).toEqual(["كفرنبل", "كفرنبل"]);
    expect(await marks("date")).toEqual(["صباح الثلاثاء", "يوم الثلاثاء"]);
    expect(await marks("number")).toEqual(["مقتل 4 مدنيين", "مقتل 7 مدنيين"]);
    expect(await page.locator(".report .badge.cert-reported").count()).toBeGreaterThan(0);
    expect(await page.locator(".claim-column .value").allTextContents()).toEqual(["4", "7"]);
    const file = await shot("event");
    // The README's screenshot is refreshed on request only, so a test run never dirties the checkout.
    if (process.env.MARSAD_UPDATE_SCREENSHOTS === "1")
      copyFileSync(file, join(packageRoot, "docs", "screenshots", "event-page.png"));
  });

  it("shows markup from an article as text, never as HTML", async () => {
    await open("/events?place=SY02");
    await page.click("tr.event-row");
    await page.waitForSelector(".event-page .report");
    const sentence = await page.locator(".report p.evidence").textContent();
    expect(sentence).toContain("<script>alert('x')</script><img src=x onerror=alert(1)>");
    expect(await page.locator("main img, main script").count()).toBe(0);
  });

  it("switches the interface to English and back", async () => {
    await open("/events");
    await page.click("#lang-toggle");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("en");
    expect(await page.getAttribute("html", "dir")).toBe("ltr");
    expect(await page.locator(".bar nav a").first().textContent()).toBe("Map");
    expect(await page.locator("table.events th").first().textContent()).toBe("Date");
    await shot("events-en");
    await page.click("#lang-toggle");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("ar");
    expect(await page.locator(".bar nav a").first().textContent()).toBe("الخريطة");
  });

  it("draws the timeline, and a day's bar opens that day's events", async () => {
    await open("/timeline");
    expect(await page.locator("svg.timeline g.bar").count()).toBe(5);
    await shot("timeline");
    await page.locator("svg.timeline g.bar").first().click();
    await page.waitForSelector("tr.event-row");
    expect(page.url()).toMatch(/from=2023-04-\d\d&to=2023-04-\d\d/);
  });

  it("shows a story and checks a claim", async () => {
    await open("/stories");
    await page.locator("ul.stories a").first().click();
    await page.waitForSelector("ol.story-events li");
    await shot("story");
    await open("/check");
    await page.fill("textarea", "قتل سبعة مدنيين في قصف على كفرنبل");
    await page.click('.check button[type="submit"]');
    await page.waitForSelector(".verify-result");
    expect(await page.locator(".evidence-list a").allTextContents()).toEqual(
      expect.arrayContaining(["t-001", "t-002"]),
    );
    await shot("check");
  });

  it("ran without a script error or a CSP violation", () => {
    expect(problems).toEqual([]);
  });
});
