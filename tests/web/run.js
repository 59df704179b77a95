#!/usr/bin/env node
// ctest entry point for the browser tests: runs the given *.test.js files with node's test
// runner, or exits 77 (ctest's SKIP_RETURN_CODE) saying why the browser cannot run here.
// A skip is never a pass: ctest reports it as "Skipped".
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
const { unavailableReason } = require("./lib/browser.js");
const { INDEXER, SEARCHD } = require("./lib/daemon.js");

const SKIP = 77;
const files = process.argv.slice(2).map((f) => path.resolve(__dirname, f));

let reason = unavailableReason();
if (!reason) {
  for (const bin of [INDEXER, SEARCHD]) if (!fs.existsSync(bin)) reason = bin + " is not built";
}
if (!reason) {
  // The browser must start, not only be installed (a broken install skips, and says so).
  const probe = spawnSync(process.execPath, ["-e", `
    require(${JSON.stringify(path.join(__dirname, "lib/browser.js"))}).launch()
      .then((c) => c.close()).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1); });
  `], { encoding: "utf8", timeout: 60000 });
  if (probe.status !== 0) reason = "Chromium does not start: " + (probe.stderr || "").split("\n")[0];
}
if (reason) {
  console.log("SKIPPED: " + reason);
  process.exit(SKIP);
}
const run = spawnSync(process.execPath, ["--test", "--test-concurrency=1", ...files], { stdio: "inherit" });
process.exit(run.status === null ? 1 : run.status);
