// Debian's Chromium driven by playwright-core: headless, no network of its own (no background
// traffic, updates or sync), a fresh profile per run, removed on close.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const CHROMIUM = "/usr/bin/chromium";
const FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

// Why the browser tests cannot run here, or null when they can.
function unavailableReason() {
  try {
    require.resolve("playwright-core");
  } catch (e) {
    return "playwright-core is not installed (scripts/install-deps.sh runs npm ci in tests/web)";
  }
  if (!fs.existsSync(CHROMIUM)) return CHROMIUM + " is missing (Debian package chromium)";
  return null;
}

// A browser context with a fresh --user-data-dir; close() also deletes the profile.
async function launch(options = {}) {
  const { chromium } = require("playwright-core");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "izdeu-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: options.viewport || { width: 1280, height: 900 },
    locale: options.locale || "kk-KZ",
    deviceScaleFactor: 1,
  });
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return context;
}

module.exports = { launch, unavailableReason, CHROMIUM };
