#!/usr/bin/env node
// Makes the screenshots in docs/screenshots/ (linked from README.md) from the real page and
// widget: `node tests/web/screenshots.js` after a build. Not a test: it only draws.
"use strict";
const path = require("node:path");
const { launch } = require("./lib/browser.js");
const { buildIndex, startSearchd, SOURCE_DIR } = require("./lib/daemon.js");
const { startHost } = require("./lib/host_server.js");

const OUT = path.join(SOURCE_DIR, "docs/screenshots");

async function settle(page) {
  await page.waitForFunction(() => !document.querySelector("[aria-busy]"));
  await page.waitForTimeout(300);
}

(async () => {
  const index = buildIndex();
  const server = await startSearchd(index.db);
  const host = await startHost();
  const context = await launch({ viewport: { width: 1100, height: 760 } });
  try {
    const page = await context.newPage();
    await page.goto(server.url + "/?q=" + encodeURIComponent("бюджеттің атқарылуы") + "&from=2011&ui=kk");
    await page.waitForSelector("#hits .hit");
    await settle(page);
    await page.screenshot({ path: path.join(OUT, "page-desktop.png") });

    await page.goto(server.url + "/a/udp-kaz-0184?q=" + encodeURIComponent("бюджет") + "&ui=en");
    await page.waitForSelector("#article-view h1");
    await settle(page);
    await page.screenshot({ path: path.join(OUT, "article-desktop.png") });

    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(server.url + "/?q=" + encodeURIComponent("қоғамдық кеңес") + "&org=esep-komiteti&ui=ru");
    await page.waitForSelector("#hits .hit");
    await settle(page);
    await page.screenshot({ path: path.join(OUT, "page-phone.png") });

    await page.setViewportSize({ width: 760, height: 700 });
    await page.goto(host.url("/single.html", server.url));
    const widget = "script + div[data-izdeu-search]";
    await page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector("li"), widget);
    await page.waitForTimeout(300);
    await page.locator(widget).screenshot({ path: path.join(OUT, "widget.png") });
    console.log("screenshots written to " + OUT);
  } finally {
    await context.close();
    await host.stop();
    await server.stop();
    index.remove();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
